package vn.tochuc.congress.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.tochuc.congress.CongressKind;
import vn.tochuc.congress.CongressView;
import vn.tochuc.congress.Congresses;
import vn.tochuc.shared.DomainException;

/** Congresses as JSON. */
@RestController
@RequestMapping("/api/v1/congresses")
@Tag(name = "Đại hội", description = "Đại hội, hội nghị của tổ chức đảng theo nhiệm kỳ")
class CongressApi {

    private final Congresses congresses;

    CongressApi(Congresses congresses) {
        this.congresses = congresses;
    }

    @GetMapping
    List<CongressView> list() {
        return congresses.inScope();
    }

    @GetMapping("/{id}")
    CongressView get(@PathVariable long id) {
        return congresses.get(id);
    }

    record NewCongress(Long organizationId, CongressKind kind, String name, String term, LocalDate opensOn,
            LocalDate closesOn, String place) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CongressView record(@RequestBody NewCongress body) {
        if (body.organizationId() == null) {
            throw new DomainException("organizationId", "error.required", "organizationId");
        }
        return congresses.get(congresses.record(new Congresses.NewCongress(body.organizationId(), body.kind(),
                body.name(), body.term(), body.opensOn(), body.closesOn(), body.place())));
    }
}
