package vn.tochuc.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static vn.tochuc.access.TestUsers.PASSWORD;
import static vn.tochuc.access.TestUsers.as;

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
import vn.tochuc.organization.TestOrganizations;

/**
 * Log-in throttling through the application's real authentication manager: five wrong passwords in a
 * row lock the account ({@code tochuc.security.max-failed-attempts}), a success clears the count.
 */
@PostgresTest
class LoginLockoutTests {

    @Autowired TestOrganizations build;
    @Autowired TestUsers users;
    @Autowired UserAdministration administration;
    @Autowired AuthenticationConfiguration authentication;

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
}
