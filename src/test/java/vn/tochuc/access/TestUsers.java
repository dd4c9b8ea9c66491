package vn.tochuc.access;

import java.util.function.Supplier;
import vn.tochuc.access.Commands.CreateUser;
import vn.tochuc.organization.TestOrganizations;

/**
 * Accounts for integration tests, created through the real {@link UserAdministration} as the system,
 * and a way to run code as one of them: {@link #as} puts a {@link SignedInUser} into the security
 * context exactly where log-in would, so the services see the same {@code Actor} as in production.
 *
 * <pre>{@code
 * SignedInUser staff = users.create(Role.ORGANIZING_STAFF, province);
 * TestUsers.as(staff, () -> changes.rename(...));
 * }</pre>
 */
public class TestUsers {

    /** The password of every test account; it meets the {@link PasswordPolicy}. */
    public static final String PASSWORD = "matkhau2025";

    private final UserAdministration users;

    public TestUsers(UserAdministration users) {
        this.users = users;
    }

    /** A new enabled account with a unique username such as {@code clerk-42}, scoped to the organisation. */
    public SignedInUser create(Role role, long scopeOrganizationId) {
        String username = role.name().toLowerCase().replace('_', '-') + "-" + TestOrganizations.next();
        String fullName = "Người dùng thử " + username;
        long id = SystemTasks.run(() -> users.create(new CreateUser(username, fullName, PASSWORD, role,
                scopeOrganizationId)));
        return new SignedInUser(id, username, fullName, "", role, scopeOrganizationId, true, false);
    }

    /** Runs {@code work} signed in as {@code user}, then restores whatever was signed in before. */
    public static <T> T as(SignedInUser user, Supplier<T> work) {
        return ActingAs.signedIn(user, work);
    }

    public static void as(SignedInUser user, Runnable work) {
        as(user, () -> {
            work.run();
            return null;
        });
    }
}
