package vn.tochuc.access;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.access.Commands.ChangePassword;
import vn.tochuc.access.Commands.CreateUser;
import vn.tochuc.access.Commands.UpdateUser;
import vn.tochuc.access.internal.StoredUser;
import vn.tochuc.access.internal.UserStore;
import vn.tochuc.organization.OrganizationPaths;
import vn.tochuc.shared.Actor;
import vn.tochuc.shared.Actors;
import vn.tochuc.shared.Conflict;
import vn.tochuc.shared.DomainException;
import vn.tochuc.shared.Forbidden;
import vn.tochuc.shared.NotFound;
import vn.tochuc.shared.Permission;

/**
 * Managing accounts inside one's scope: an administrator of a province creates accounts for
 * organisations in its subtree only, never granting more than their own role. Every change is audited.
 *
 * <p>Who may manage (update, unlock, reset the password of) an existing account: an administrator, every
 * account in its scope. Anyone else only an account whose role they may grant ({@link Role#mayGrant})
 * <em>and</em> which either has a role strictly below their own or is scoped strictly below their own
 * organisation. So a province's organising staff manage the clerks and viewers of the province and the
 * organising staff of its communes, but not another organising staff account of the province itself (nor
 * their own): peers are managed by the level above.
 *
 * Reading an account outside the scope looks like a missing one ({@link NotFound}); changing it, or
 * giving an account a scope outside one's own, is refused as out of scope ({@link Forbidden},
 * {@code error.forbidden.scope}).
 */
@Service
@Transactional
public class UserAdministration {

    private final UserStore users;
    private final Actors actors;
    private final OrganizationPaths paths;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public UserAdministration(UserStore users, Actors actors, OrganizationPaths paths, PasswordEncoder encoder,
            ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.actors = actors;
        this.paths = paths;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<UserAccount> list() {
        Actor actor = managing();
        return users.listUnder(actor.scopePath());
    }

    @Transactional(readOnly = true)
    public UserAccount get(long id) {
        Actor actor = managing();
        UserAccount account = users.account(id).orElseThrow(() -> new NotFound("user", id));
        actor.requireVisible(account.scopePath(), "user", id);
        return account;
    }

    public long create(CreateUser command) {
        Actor actor = managing();
        String username = Usernames.checked(command.username());
        // scope first: nobody learns which usernames exist in another province
        String path = grantable(actor, command.role(), command.scopeOrganizationId());
        if (users.byUsername(username).isPresent()) {
            throw new DomainException("username", "access.error.usernameTaken", username);
        }
        PasswordPolicy.check("password", command.password());
        String fullName = requireFullName(command.fullName());
        long id = users.insert(username, fullName, encoder.encode(command.password()), command.role(),
                command.scopeOrganizationId(), OffsetDateTime.now(clock));
        events.publishEvent(new UserChanged("USER_CREATED", id, command.scopeOrganizationId(), path,
                "Tạo tài khoản " + username + " (" + command.role().label() + ")"));
        return id;
    }

    public void update(UpdateUser command) {
        Actor actor = managing();
        UserAccount before = manageable(command.id());
        String path = grantable(actor, command.role(), command.scopeOrganizationId());
        if (before.username().equals(actor.username()) && (!command.enabled() || command.role() != before.role())) {
            throw new DomainException("role", "access.error.selfDemotion");
        }
        if (!users.update(command.id(), command.version(), requireFullName(command.fullName()), command.role(),
                command.scopeOrganizationId(), command.enabled())) {
            throw new Conflict("error.conflict");
        }
        events.publishEvent(new UserChanged("USER_UPDATED", command.id(), command.scopeOrganizationId(), path,
                "Cập nhật tài khoản " + before.username() + ": vai trò " + command.role().label()
                        + (command.enabled() ? "" : ", đã khóa sử dụng")));
    }

    public void unlock(long id) {
        UserAccount account = manageable(id);
        users.unlock(id);
        events.publishEvent(new UserChanged("USER_UNLOCKED", id, account.scopeOrganizationId(), account.scopePath(),
                "Mở khóa tài khoản " + account.username()));
    }

    public void resetPassword(long id, String newPassword) {
        UserAccount account = manageable(id);
        PasswordPolicy.check("password", newPassword);
        users.setPassword(id, encoder.encode(newPassword), OffsetDateTime.now(clock));
        events.publishEvent(new UserChanged("USER_PASSWORD_RESET", id, account.scopeOrganizationId(),
                account.scopePath(), "Đặt lại mật khẩu tài khoản " + account.username()));
    }

    /** Any signed-in user changes their own password, giving the current one. */
    public void changeOwnPassword(ChangePassword command) {
        Actor actor = actors.current();
        StoredUser me = users.byUsername(actor.username()).orElseThrow(() -> new NotFound("user", actor.username()));
        if (command.currentPassword() == null || !encoder.matches(command.currentPassword(), me.passwordHash())) {
            throw new DomainException("currentPassword", "access.error.currentPassword");
        }
        PasswordPolicy.check("newPassword", command.newPassword());
        users.setPassword(me.id(), encoder.encode(command.newPassword()), OffsetDateTime.now(clock));
        events.publishEvent(new UserChanged("USER_PASSWORD_CHANGED", me.id(), me.scopeOrganizationId(),
                actor.scopePath(), "Đổi mật khẩu tài khoản " + me.username()));
    }

    /** An account the actor may manage under the rule in the class comment. */
    private UserAccount manageable(long id) {
        Actor actor = managing();
        UserAccount account = users.account(id).orElseThrow(() -> new NotFound("user", id));
        if (!actor.sees(account.scopePath())) {
            throw new Forbidden("error.forbidden.scope");
        }
        Role own = roleOf(actor);
        if (!own.mayGrant(account.role())) {
            throw new Forbidden("access.error.roleTooHigh");
        }
        if (own != Role.ADMIN && !own.outranks(account.role()) && !actor.governs(account.scopePath())) {
            throw new Forbidden("access.error.peerAccount");
        }
        return account;
    }

    /** The system acts as an administrator of the whole tree. */
    private static Role roleOf(Actor actor) {
        return actor.role().equals("SYSTEM") ? Role.ADMIN : Role.valueOf(actor.role());
    }

    private Actor managing() {
        Actor actor = actors.current();
        if (!actor.can(Permission.USER_MANAGE)) {
            throw new Forbidden("error.forbidden.permission");
        }
        return actor;
    }

    private String grantable(Actor actor, Role role, long scopeOrganizationId) {
        if (role == null) {
            throw new DomainException("role", "access.error.roleMissing");
        }
        if (!roleOf(actor).mayGrant(role)) {
            throw new Forbidden("access.error.roleTooHigh");
        }
        String path = paths.pathOf(scopeOrganizationId)
                .orElseThrow(() -> new DomainException("scopeOrganizationId", "access.error.scopeMissing"));
        if (!actor.sees(path)) {
            throw new Forbidden("error.forbidden.scope");
        }
        return path;
    }

    private static String requireFullName(String fullName) {
        String normalized = vn.tochuc.shared.VietnameseText.normalize(fullName);
        if (normalized == null || normalized.isEmpty() || normalized.length() > 200) {
            throw new DomainException("fullName", "access.error.fullName");
        }
        return normalized;
    }
}
