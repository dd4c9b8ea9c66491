package vn.tochuc.access;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tochuc.shared.Refusals.refused;

import org.junit.jupiter.api.Test;
import vn.tochuc.shared.DomainException;

/** Passwords have at least 10 characters with a letter and a digit. */
class PasswordPolicyTests {

    @Test
    void tenCharactersWithALetterAndADigitAreEnough() {
        PasswordPolicy.check("password", "abcdefghi1");
        PasswordPolicy.check("password", "mậtkhẩu123"); // Vietnamese letters are letters
    }

    @Test
    void nineCharactersAreTooShort() {
        DomainException e = refused(() -> PasswordPolicy.check("password", "abcdefgh1"));
        assertThat(e.key()).isEqualTo("access.error.weakPassword");
        assertThat(e.arguments()).containsExactly(PasswordPolicy.MINIMUM_LENGTH);
    }

    @Test
    void lettersOnlyOrDigitsOnlyAreRefused() {
        refused(() -> PasswordPolicy.check("password", "abcdefghijkl"));
        refused(() -> PasswordPolicy.check("password", "123456789012"));
    }

    @Test
    void noPasswordIsRefusedOnTheFieldItWasGivenFor() {
        assertThat(refused(() -> PasswordPolicy.check("newPassword", null)).field()).isEqualTo("newPassword");
        assertThat(refused(() -> PasswordPolicy.check("password", "")).field()).isEqualTo("password");
    }
}
