package vn.tochuc.election.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.tochuc.election.counting.InvalidTally;
import vn.tochuc.election.counting.Tally;
import vn.tochuc.election.counting.TallyRequest;
import vn.tochuc.election.counting.TallyResult;

/**
 * The recount API, a public contract: stateless, for any authenticated user. It runs the same engine as
 * the elections held in the platform and stores nothing.
 */
@RestController
@Tag(name = "Kiểm phiếu", description = "Tính lại kết quả bầu cử theo QĐ 190-QĐ/TW từ các phiếu đã nhập")
class TallyApi {

    private final MessageSource messages;

    TallyApi(MessageSource messages) {
        this.messages = messages;
    }

    @PostMapping("/api/v1/tally")
    @Operation(summary = "Kiểm phiếu một cuộc bầu cử: mẫu số, ngưỡng trúng cử, phiếu hợp lệ, người trúng cử")
    TallyResult tally(@RequestBody TallyRequest request) {
        return Tally.count(request);
    }

    @ExceptionHandler(InvalidTally.class)
    ProblemDetail invalid(InvalidTally e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle(messages.getMessage("error.page.title", null, locale));
        problem.setProperty("field", e.field());
        return problem;
    }
}
