package vn.tochuc.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Shares in statistical forms: percentages to two decimals, rounded half up, shown with a decimal comma. */
class PercentageTests {

    @Test
    void theWorkedExample344Of629Is54Point69() {
        Percentage share = Percentage.of(344, 629);
        assertThat(share.value()).isEqualByComparingTo("54.69");
        assertThat(share).hasToString("54.69");
        assertThat(share.toVietnamese()).isEqualTo("54,69%");
    }

    @Test
    void anExactHalfOfTheLastDigitRoundsUpNotToEven() {
        // 1 of 800 = 0.125 %: half-up gives 0.13 where banker's rounding would give 0.12
        assertThat(Percentage.of(1, 800).value()).isEqualByComparingTo("0.13");
        assertThat(Percentage.of(2, 3).value()).isEqualByComparingTo("66.67");
        assertThat(Percentage.of(1, 3).value()).isEqualByComparingTo("33.33");
    }

    @Test
    void wholeNumbersKeepTwoDecimals() {
        assertThat(Percentage.of(629, 629)).hasToString("100.00");
        assertThat(Percentage.of(0, 629).toVietnamese()).isEqualTo("0,00%");
    }

    @Test
    void anEmptyWholeGivesZeroInsteadOfFailing() {
        assertThat(Percentage.of(0, 0)).hasToString("0.00");
        assertThat(Percentage.of(5, 0)).hasToString("0.00");
    }

    @Test
    void largeCountsDoNotOverflow() {
        // 5.6 million members nationally: part * 100 must not overflow an int
        assertThat(Percentage.of(5_600_000_000L, 11_200_000_000L).value()).isEqualByComparingTo("50.00");
    }
}
