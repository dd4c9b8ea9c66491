package vn.tochuc.shared;

import java.util.Set;

/**
 * The user on whose behalf a service acts, with the subtree they may reach. Services check every read
 * and write against it: {@link #sees(String)} for reads (out of scope reads are reported as not found),
 * {@link #require(Permission, String)} for writes.
 *
 * @param scopePath materialised path of the scope organisation, e.g. {@code /1/5/}
 */
public record Actor(String username, String role, long scopeOrganizationId, String scopePath,
        Set<Permission> permissions) {

    /** The username the system's own writes are recorded under (shown as "Hệ thống"); no account may take it. */
    public static final String SYSTEM = "system";

    /** The system itself (start-up seeding, scheduled jobs): whole tree, all permissions. */
    public static Actor system() {
        return new Actor(SYSTEM, "SYSTEM", 0L, "/", Set.of(Permission.values()));
    }

    public Actor {
        if (scopePath == null || !scopePath.startsWith("/") || !scopePath.endsWith("/")) {
            throw new IllegalArgumentException("scope path must look like /1/5/");
        }
        permissions = Set.copyOf(permissions);
    }

    public boolean can(Permission permission) {
        return permissions.contains(permission);
    }

    /** True when the organisation at {@code path} lies in this actor's subtree (the root included). */
    public boolean sees(String path) {
        return path != null && path.startsWith(scopePath);
    }

    /** True when {@code path} lies strictly below the scope root: the root itself belongs to the level above. */
    public boolean governs(String path) {
        return sees(path) && path.length() > scopePath.length();
    }

    /** Reads outside the scope look like missing records. */
    public void requireVisible(String path, String what, Object id) {
        if (!sees(path)) {
            throw new NotFound(what, id);
        }
    }

    /**
     * A form that only writes, opened before its organisation is chosen: refused up front, as its submission
     * would be, when the role lacks the permission.
     */
    public void require(Permission permission) {
        require(permission, scopePath);
    }

    /** Writes need the permission and a target inside the scope. */
    public void require(Permission permission, String path) {
        if (!can(permission)) {
            throw new Forbidden("error.forbidden.permission");
        }
        if (!sees(path)) {
            throw new Forbidden("error.forbidden.scope");
        }
    }
}
