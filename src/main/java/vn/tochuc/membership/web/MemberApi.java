package vn.tochuc.membership.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.tochuc.membership.EventView;
import vn.tochuc.membership.LifeEvent;
import vn.tochuc.membership.MemberRecord;
import vn.tochuc.membership.MemberSummary;
import vn.tochuc.membership.MemberView;
import vn.tochuc.membership.Members;
import vn.tochuc.shared.DomainException;

/**
 * Members as JSON, with the same checks as the pages. Search is a POST so that a citizen ID never travels
 * in a URL; sensitive fields are {@code null} for users without SENSITIVE_READ.
 */
@RestController
@RequestMapping("/api/v1/members")
@Tag(name = "Đảng viên", description = "Hồ sơ đảng viên, quá trình (sự kiện có ngày hiệu lực), tìm kiếm, danh sách tại ngày")
class MemberApi {

    private final Members members;

    MemberApi(Members members) {
        this.members = members;
    }

    record Search(String query, Integer limit) {
    }

    @PostMapping("/search")
    List<MemberSummary> search(@RequestBody Search body) {
        return members.search(body.query(), body.limit() == null ? 100 : Math.min(body.limit(), 500));
    }

    /** The members of the organisation's subtree on a day (today by default). */
    @GetMapping("/as-of")
    List<MemberSummary> asOf(@RequestParam long organizationId, @RequestParam(required = false) LocalDate day) {
        return members.asOf(organizationId, day == null ? members.today() : day);
    }

    @GetMapping("/{id}")
    MemberView get(@PathVariable long id) {
        return members.get(id);
    }

    @GetMapping("/{id}/events")
    List<EventView> history(@PathVariable long id) {
        return members.history(id);
    }

    record Admission(MemberRecord record, Long organizationId, LocalDate decisionOn, LocalDate ceremonyOn,
            String decisionRef) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    MemberView admit(@RequestBody Admission body) {
        if (body.organizationId() == null) {
            throw new DomainException("organizationId", "error.required", "organizationId");
        }
        return members.get(members.admit(new Members.NewMember(body.record(), body.organizationId(),
                body.decisionOn(), body.ceremonyOn(), body.decisionRef())));
    }

    record Update(MemberRecord record, Integer version) {
    }

    @PutMapping("/{id}")
    MemberView update(@PathVariable long id, @RequestBody Update body) {
        members.get(id);
        members.update(id, version(body.version()), body.record());
        return members.get(id);
    }

    record Event(LifeEvent event, Integer version) {
    }

    @PostMapping("/{id}/events")
    MemberView record(@PathVariable long id, @RequestBody Event body) {
        members.get(id);
        members.record(id, version(body.version()), body.event());
        return members.get(id);
    }

    private static int version(Integer version) {
        if (version == null) {
            throw new DomainException("version", "error.required", "version");
        }
        return version;
    }
}
