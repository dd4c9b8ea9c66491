package vn.tochuc.election.counting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PercentTest {

    @Test
    void percentIsAgainstTheDenominatorWithTwoDecimals() {
        // QĐ 244-QĐ/TW Điều 32; minutes template: "% so với đảng viên chính thức"
        assertThat(Percent.plain(150, 224)).isEqualTo("66.96");
        assertThat(Percent.vietnamese(150, 224)).isEqualTo("66,96");
    }

    @Test
    void halfOfAHundredthRoundsUp() {
        // QĐ 244-QĐ/TW Điều 32 (minutes show % against D); half-up: 1 of 20 000 is exactly 0.005 %
        assertThat(Percent.plain(1, 20_000)).isEqualTo("0.01");
        assertThat(Percent.plain(1, 8)).isEqualTo("12.50");
        assertThat(Percent.plain(2, 3)).isEqualTo("66.67");
        assertThat(Percent.plain(1, 3)).isEqualTo("33.33");
    }

    @Test
    void boundsArePrintedInFull() {
        // QĐ 244-QĐ/TW Điều 32: exactly half (50.00 %) is printed as such, and is not enough
        assertThat(Percent.plain(0, 224)).isEqualTo("0.00");
        assertThat(Percent.plain(224, 224)).isEqualTo("100.00");
        assertThat(Percent.plain(5, 10)).isEqualTo("50.00");
    }
}
