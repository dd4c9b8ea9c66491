package vn.tochuc.access;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.access.internal.UserStore;
import vn.tochuc.organization.OrganizationPaths;

/**
 * Unchecked look-up of an account's scope, for modules that assign people to work (the counting board
 * of an election): it answers only whether an enabled account exists and which subtree it covers.
 */
@Service
@Transactional(readOnly = true)
public class AccountDirectory {

    private final UserStore users;
    private final OrganizationPaths paths;

    public AccountDirectory(UserStore users, OrganizationPaths paths) {
        this.users = users;
        this.paths = paths;
    }

    /** The scope path of an enabled account, empty when there is no such account or its organisation ended. */
    public Optional<String> scopePathOf(String username) {
        return users.byUsername(username == null ? "" : username.strip().toLowerCase())
                .filter(u -> u.enabled())
                .flatMap(u -> paths.pathOf(u.scopeOrganizationId()));
    }
}
