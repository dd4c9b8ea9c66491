package vn.tochuc.access.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account after repeated failed log-ins ({@code tochuc.security.max-failed-attempts}, default 5)
 * for {@code tochuc.security.lockout-minutes} (default 15); a successful log-in clears the count.
 */
@Component
public class LoginThrottle {

    private final UserStore users;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;

    public LoginThrottle(UserStore users, Clock clock,
            @Value("${tochuc.security.max-failed-attempts:5}") int maxFailures,
            @Value("${tochuc.security.lockout-minutes:15}") int lockoutMinutes) {
        this.users = users;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = Duration.ofMinutes(lockoutMinutes);
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal()).strip().toLowerCase();
        if (users.recordFailure(username) >= maxFailures) {
            users.lock(username, OffsetDateTime.now(clock).plus(lockout));
        }
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        users.resetFailures(event.getAuthentication().getName());
    }
}
