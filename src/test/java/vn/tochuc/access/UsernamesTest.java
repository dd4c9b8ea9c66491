package vn.tochuc.access;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tochuc.shared.Refusals.refused;

import org.junit.jupiter.api.Test;

class UsernamesTest {

    @Test
    void aNameIsStrippedAndLowerCasedAndTheSystemsOwnNameIsRefused() {
        assertThat(Usernames.checked("  Can.Bo_01 ")).isEqualTo("can.bo_01");
        assertThat(refused(() -> Usernames.checked("System")).key()).isEqualTo("access.error.usernameTaken");
        assertThat(refused(() -> Usernames.checked("x")).key()).isEqualTo("access.error.username");
        assertThat(refused(() -> Usernames.checked("cán bộ")).key()).isEqualTo("access.error.username");
        assertThat(refused(() -> Usernames.checked(null)).field()).isEqualTo("username");
    }
}
