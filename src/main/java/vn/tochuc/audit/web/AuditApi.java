package vn.tochuc.audit.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tochuc.audit.AuditFilter;
import vn.tochuc.audit.AuditRecord;
import vn.tochuc.audit.AuditTrail;
import vn.tochuc.audit.ChainCheck;

/** The audit trail as JSON: records in scope, newest first, and the chain check. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Nhật ký", description = "Nhật ký thay đổi, chuỗi băm chống sửa xóa")
class AuditApi {

    private final AuditTrail trail;

    AuditApi(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping
    List<AuditRecord> find(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) Long organizationId, @RequestParam(required = false) String text,
            @RequestParam(defaultValue = "0") int page) {
        List<AuditRecord> records = trail.find(new AuditFilter(from, to, actor, action, organizationId, text), page);
        return records.size() > AuditTrail.pageSize() ? records.subList(0, AuditTrail.pageSize()) : records;
    }

    @PostMapping("/verify")
    ChainCheck verify() {
        return trail.verify();
    }
}
