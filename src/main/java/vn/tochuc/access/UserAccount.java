package vn.tochuc.access;

import java.time.OffsetDateTime;

/** An account as shown to those who manage it (never its password hash). */
public record UserAccount(long id, String username, String fullName, Role role, long scopeOrganizationId,
        String scopeOrganizationName, String scopePath, boolean enabled, int failedAttempts, OffsetDateTime lockedUntil,
        OffsetDateTime createdAt, int version) {

    public boolean lockedAt(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
