package vn.tochuc.access;

/** Commands on accounts. */
public final class Commands {

    private Commands() {
    }

    public record CreateUser(String username, String fullName, String password, Role role, long scopeOrganizationId) {
    }

    public record UpdateUser(long id, int version, String fullName, Role role, long scopeOrganizationId,
            boolean enabled) {
    }

    public record ChangePassword(String currentPassword, String newPassword) {
    }
}
