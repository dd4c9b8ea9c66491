package vn.tochuc.audit.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tochuc.audit.AuditFilter;
import vn.tochuc.audit.AuditRecord;
import vn.tochuc.audit.AuditTrail;
import vn.tochuc.shared.DateFormats;

/** The audit trail in the user's scope, filtered, with the chain check. */
@Controller
class AuditPages {

    private final AuditTrail trail;

    AuditPages(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/audit")
    String list(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) Long organizationId, @RequestParam(required = false) String text,
            @RequestParam(defaultValue = "0") int page, Model model) {
        AuditFilter filter = new AuditFilter(DateFormats.parse("from", "audit.from", from),
                DateFormats.parse("to", "audit.to", to), actor,
                action, organizationId, text);
        List<AuditRecord> records = trail.find(filter, page);
        boolean more = records.size() > AuditTrail.pageSize();
        model.addAttribute("records", more ? records.subList(0, AuditTrail.pageSize()) : records);
        model.addAttribute("more", more);
        model.addAttribute("page", page);
        model.addAttribute("actions", trail.actions());
        model.addAttribute("f", new Filter(from, to, actor, action, organizationId, text));
        return "audit/list";
    }

    @PostMapping("/audit/verify")
    String verify(Model model) {
        model.addAttribute("check", trail.verify());
        return list(null, null, null, null, null, null, 0, model);
    }

    /** The filter as typed, to fill the form again. */
    record Filter(String from, String to, String actor, String action, Long organizationId, String text) {
    }
}
