package vn.tochuc.audit;

import java.time.LocalDate;

/** What to show of the trail; every field is optional. */
public record AuditFilter(LocalDate from, LocalDate to, String actor, String action, Long organizationId,
        String text) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
