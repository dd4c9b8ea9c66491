package vn.tochuc.access;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An account as shown to those who manage it (never its password hash). The scope organisation is shown
 * as it last stood; {@code scopeEndedOn} is set when it has ended (merged, split, dissolved) or is planned
 * to, and such an account cannot act until it is given an organisation in force.
 */
public record UserAccount(long id, String username, String fullName, Role role, long scopeOrganizationId,
        String scopeOrganizationName, String scopePath, LocalDate scopeEndedOn, boolean enabled, int failedAttempts,
        OffsetDateTime lockedUntil, OffsetDateTime createdAt, int version) {

    public boolean lockedAt(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** True when the scope organisation is no longer in force on {@code day}. */
    public boolean scopeEndedBy(LocalDate day) {
        return scopeEndedOn != null && !scopeEndedOn.isAfter(day);
    }
}
