package vn.tochuc.membership.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tochuc.membership.ExportFormat;
import vn.tochuc.membership.MemberExports;
import vn.tochuc.organization.Organizations;
import vn.tochuc.shared.DateFormats;

/**
 * The "Xuất Excel" and "Xuất CSV" buttons of the member pages. A subtree export is a GET (organisation and
 * day only); a search export is a POST, so the search text (perhaps a citizen ID) never lands in a URL.
 */
@Controller
@RequestMapping("/members")
class MemberExportPages {

    private final MemberExports exports;
    private final Organizations organizations;

    MemberExportPages(MemberExports exports, Organizations organizations) {
        this.exports = exports;
        this.organizations = organizations;
    }

    @GetMapping("/export")
    void subtree(@RequestParam(required = false) Long organizationId, @RequestParam(required = false) String day,
            @RequestParam(defaultValue = "xlsx") String format, HttpServletResponse response) {
        long id = organizationId == null ? organizations.scopeRoot().id() : organizationId;
        LocalDate on = day == null || day.isBlank() ? null : DateFormats.parse("day", "member.day", day);
        exports.subtree(id, on, ExportFormat.parse(format), download -> Downloads.open(response, download));
    }

    @PostMapping("/search/export")
    void search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "xlsx") String format,
            HttpServletResponse response) {
        exports.search(q, ExportFormat.parse(format), download -> Downloads.open(response, download));
    }
}
