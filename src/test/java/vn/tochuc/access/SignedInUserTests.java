package vn.tochuc.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The principal kept after log-in: its credentials can be erased, and it is identified by id and username. */
class SignedInUserTests {

    private static final String HASH = "{bcrypt}$2a$10$abcdefghijklmnopqrstuv";

    @Test
    void erasingTheCredentialsDropsThePasswordHashAndKeepsTheRest() {
        SignedInUser user = new SignedInUser(7, "ke-toan", "Lò Thị Mai", HASH, Role.CLERK, 3, true, false);

        user.eraseCredentials();

        assertThat(user.passwordHash()).isNull();
        assertThat(user.getPassword()).isNull();
        assertThat(user.username()).isEqualTo("ke-toan");
        assertThat(user.fullName()).isEqualTo("Lò Thị Mai");
        assertThat(user.role()).isEqualTo(Role.CLERK);
        assertThat(user.scopeOrganizationId()).isEqualTo(3);
        assertThat(user.isEnabled()).isTrue();
        assertThat(user.isAccountNonLocked()).isTrue();
    }

    @Test
    void theSameAccountIsEqualWithOrWithoutItsHash() {
        SignedInUser withHash = new SignedInUser(7, "ke-toan", "Lò Thị Mai", HASH, Role.CLERK, 3, true, false);

        assertThat(withHash.withoutPassword()).isEqualTo(withHash).hasSameHashCodeAs(withHash);
        assertThat(withHash.withoutPassword().passwordHash()).isEmpty();
        assertThat(withHash).isNotEqualTo(new SignedInUser(8, "ke-toan", "Lò Thị Mai", HASH, Role.CLERK, 3, true, false));
        assertThat(withHash.toString()).doesNotContain(HASH);
    }
}
