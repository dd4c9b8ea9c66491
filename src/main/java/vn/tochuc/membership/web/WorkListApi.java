package vn.tochuc.membership.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tochuc.membership.WorkItems;
import vn.tochuc.membership.WorkItems.Section;
import vn.tochuc.membership.WorkLists;

/**
 * The work lists as JSON, for the acting user's scope or a subtree of it ({@code organizationId}); each list gives
 * its total and its first {@code limit} lines, most urgent first.
 */
@RestController
@RequestMapping("/api/v1/members/work")
@Tag(name = "Việc cần làm", description = "Danh sách việc cần làm của cán bộ: chuyển chính thức, lễ kết nạp, chuyển sinh hoạt, miễn sinh hoạt, dữ liệu cần sửa")
class WorkListApi {

    private final WorkLists lists;

    WorkListApi(WorkLists lists) {
        this.lists = lists;
    }

    @GetMapping
    WorkItems.Overview overview(@RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) Integer limit) {
        return lists.overview(organizationId, limit(limit));
    }

    @GetMapping("/conversions")
    Section<WorkItems.ConversionDue> conversions(@RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) Integer limit) {
        return lists.conversions(organizationId, limit(limit));
    }

    @GetMapping("/ceremonies")
    Section<WorkItems.LateCeremony> ceremonies(@RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) Integer limit) {
        return lists.ceremonies(organizationId, limit(limit));
    }

    @GetMapping("/transfers")
    Section<WorkItems.PendingTransfer> transfers(@RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) Integer limit) {
        return lists.transfers(organizationId, limit(limit));
    }

    @GetMapping("/exemptions")
    Section<WorkItems.Exemption> exemptions(@RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) Integer limit) {
        return lists.exemptions(organizationId, limit(limit));
    }

    @GetMapping("/problems")
    Map<WorkItems.Problem, Section<WorkItems.DataProblem>> problems(@RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) Integer limit) {
        return lists.problems(organizationId, limit(limit));
    }

    private static int limit(Integer limit) {
        return limit == null ? 500 : Math.max(0, Math.min(limit, 5000));
    }
}
