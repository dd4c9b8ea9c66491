package vn.tochuc.access.internal;

import java.time.OffsetDateTime;
import vn.tochuc.access.Role;

/** An account row as the log-in needs it. */
public record StoredUser(long id, String username, String fullName, String passwordHash, Role role,
        long scopeOrganizationId, boolean enabled, int failedAttempts, OffsetDateTime lockedUntil, int version) {
}
