package vn.tochuc.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static vn.tochuc.access.TestUsers.PASSWORD;
import static vn.tochuc.access.TestUsers.as;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import vn.tochuc.PostgresTest;
import vn.tochuc.access.Commands.UpdateUser;
import vn.tochuc.access.internal.LoginThrottle;
import vn.tochuc.access.internal.UserStore;
import vn.tochuc.organization.TestOrganizations;
import vn.tochuc.shared.DateFormats;

/**
 * Log-in throttling through the application's real authentication manager: five wrong passwords in a
 * row lock the account ({@code tochuc.security.max-failed-attempts}), a success clears the count. Timing
 * of the lock is tested on {@link LoginThrottle} directly, with a clock the test moves.
 */
@PostgresTest
class LoginLockoutTests {

    @Autowired TestOrganizations build;
    @Autowired TestUsers users;
    @Autowired UserAdministration administration;
    @Autowired AuthenticationConfiguration authentication;
    @Autowired UserStore store;

    AuthenticationManager manager;
    long province;
    SignedInUser clerk;

    @BeforeEach
    void account() throws Exception {
        manager = authentication.getAuthenticationManager();
        province = build.province();
        clerk = users.create(Role.CLERK, province);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountSoEvenTheRightOneFails() {
        for (int i = 0; i < 5; i++) {
            assertThatExceptionOfType(BadCredentialsException.class).isThrownBy(() -> logIn(clerk.username(), "sai-mat-khau-1"));
        }

        assertThatExceptionOfType(LockedException.class).isThrownBy(() -> logIn(clerk.username(), PASSWORD));
        UserAccount account = SystemTasks.run(() -> administration.get(clerk.id()));
        assertThat(account.failedAttempts()).isEqualTo(5);
        assertThat(account.lockedUntil()).isNotNull();
    }

    @Test
    void onceALockHasRunOutOneWrongPasswordStartsANewCountInsteadOfLockingAgain() {
        MovableClock clock = new MovableClock(Instant.parse("2025-03-03T01:00:00Z"));
        LoginThrottle throttle = new LoginThrottle(store, clock, 5, 15);
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(clerk.username());
        }
        assertThat(clerkAccount().lockedUntil().toInstant()).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));

        clock.advance(Duration.ofMinutes(16));
        throttle.recordFailure(clerk.username());

        assertThat(clerkAccount().failedAttempts()).isEqualTo(1);
        assertThat(clerkAccount().lockedAt(OffsetDateTime.now(clock))).isFalse();
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure(clerk.username());
        }
        assertThat(clerkAccount().lockedAt(OffsetDateTime.now(clock))).isFalse();
        throttle.recordFailure(clerk.username());
        assertThat(clerkAccount().failedAttempts()).isEqualTo(5);
        assertThat(clerkAccount().lockedUntil().toInstant()).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
    }

    @Test
    void aWrongPasswordWhileTheLockStillRunsKeepsCounting() {
        MovableClock clock = new MovableClock(Instant.parse("2025-03-03T01:00:00Z"));
        LoginThrottle throttle = new LoginThrottle(store, clock, 5, 15);
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(clerk.username());
        }
        clock.advance(Duration.ofMinutes(14));
        throttle.recordFailure(clerk.username());

        assertThat(clerkAccount().failedAttempts()).isEqualTo(6);
        assertThat(clerkAccount().lockedAt(OffsetDateTime.now(clock))).isTrue();
    }

    @Test
    void fourWrongPasswordsDoNotLockAndASuccessStartsTheCountAgain() {
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
                assertThatExceptionOfType(BadCredentialsException.class).isThrownBy(() -> logIn(clerk.username(), "sai-mat-khau-1"));
            }
            Authentication signedIn = logIn(clerk.username().toUpperCase(), PASSWORD);
            assertThat(signedIn.getPrincipal()).isInstanceOfSatisfying(SignedInUser.class,
                    user -> assertThat(user.id()).isEqualTo(clerk.id()));
        }
        assertThat(SystemTasks.run(() -> administration.get(clerk.id())).failedAttempts()).isZero();
    }

    @Test
    void staffUnlockALockedAccount() {
        SignedInUser staff = users.create(Role.ORGANIZING_STAFF, province);
        for (int i = 0; i < 5; i++) {
            assertThatExceptionOfType(BadCredentialsException.class).isThrownBy(() -> logIn(clerk.username(), "sai-mat-khau-1"));
        }

        as(staff, () -> administration.unlock(clerk.id()));

        assertThat(logIn(clerk.username(), PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void anUnknownUsernameLooksLikeAWrongPassword() {
        assertThatExceptionOfType(BadCredentialsException.class)
                .isThrownBy(() -> logIn("khong-co-" + TestOrganizations.next(), PASSWORD));
    }

    @Test
    void aDisabledAccountCannotLogIn() {
        SignedInUser staff = users.create(Role.ORGANIZING_STAFF, province);
        int version = as(staff, () -> administration.get(clerk.id())).version();
        as(staff, () -> administration.update(new UpdateUser(clerk.id(), version, clerk.fullName(), Role.CLERK, province, false)));

        assertThatExceptionOfType(DisabledException.class).isThrownBy(() -> logIn(clerk.username(), PASSWORD));
    }

    @Test
    void aChangedPasswordReplacesTheOldOne() {
        as(clerk, () -> administration.changeOwnPassword(new Commands.ChangePassword(PASSWORD, "matkhaumoi2025")));

        assertThat(logIn(clerk.username(), "matkhaumoi2025").isAuthenticated()).isTrue();
        assertThatExceptionOfType(BadCredentialsException.class).isThrownBy(() -> logIn(clerk.username(), PASSWORD));
    }

    private Authentication logIn(String username, String password) {
        return manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private UserAccount clerkAccount() {
        return SystemTasks.run(() -> administration.get(clerk.id()));
    }

    /** A clock the test moves forward by hand. */
    static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return DateFormats.ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }
    }
}
