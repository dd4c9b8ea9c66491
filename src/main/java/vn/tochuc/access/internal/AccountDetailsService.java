package vn.tochuc.access.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import vn.tochuc.access.SignedInUser;

/** Loads accounts for log-in; a locked account stays locked until its lock runs out. */
@Service
public class AccountDetailsService implements UserDetailsService {

    private final UserStore users;
    private final Clock clock;

    public AccountDetailsService(UserStore users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        StoredUser user = users.byUsername(username == null ? "" : username.strip().toLowerCase())
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        boolean locked = user.lockedUntil() != null && user.lockedUntil().isAfter(OffsetDateTime.now(clock));
        return new SignedInUser(user.id(), user.username(), user.fullName(), user.passwordHash(), user.role(),
                user.scopeOrganizationId(), user.enabled(), locked);
    }
}
