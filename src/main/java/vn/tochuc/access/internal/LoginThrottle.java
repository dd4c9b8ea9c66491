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
 * for {@code tochuc.security.lockout-minutes} (default 15); a successful log-in clears the count, and so
 * does the first failure after a lock has run out.
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
        recordFailure(String.valueOf(event.getAuthentication().getPrincipal()).strip().toLowerCase());
    }

    /**
     * Counts one wrong password for {@code username} and locks the account when the count reaches the
     * limit. Once a lock has run out the count starts again, so one more mistake does not lock it anew.
     */
    public void recordFailure(String username) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (users.recordFailure(username, now) >= maxFailures) {
            users.lock(username, now.plus(lockout));
        }
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        users.resetFailures(event.getAuthentication().getName());
    }
}
