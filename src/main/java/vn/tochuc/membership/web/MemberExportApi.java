package vn.tochuc.membership.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tochuc.membership.ExportFormat;
import vn.tochuc.membership.MemberExports;

/** Member lists as XLSX or CSV files through the API, with the same checks and audit as the pages. */
@RestController
@RequestMapping("/api/v1/members/export")
@Tag(name = "Đảng viên", description = "Hồ sơ đảng viên, quá trình (sự kiện có ngày hiệu lực), tìm kiếm, danh sách tại ngày")
class MemberExportApi {

    private final MemberExports exports;

    MemberExportApi(MemberExports exports) {
        this.exports = exports;
    }

    @Operation(summary = "Xuất danh sách đảng viên của một tổ chức và các tổ chức trực thuộc (hôm nay hoặc tại ngày asOf)")
    @GetMapping
    void subtree(@RequestParam long organizationId, @RequestParam(defaultValue = "xlsx") String format,
            @RequestParam(required = false) LocalDate asOf, HttpServletResponse response) {
        exports.subtree(organizationId, asOf, ExportFormat.parse(format), download -> Downloads.open(response, download));
    }

    record Search(String query, String format) {
    }

    @Operation(summary = "Xuất kết quả tìm kiếm đảng viên (POST để nội dung tìm kiếm không nằm trong URL)")
    @PostMapping
    void search(@RequestBody Search body, HttpServletResponse response) {
        exports.search(body.query(), ExportFormat.parse(body.format() == null ? "xlsx" : body.format()),
                download -> Downloads.open(response, download));
    }
}
