package vn.tochuc.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tochuc.shared.Refusals.refused;

import org.junit.jupiter.api.Test;
import vn.tochuc.membership.CitizenIdCheck.Finding;

/** The 12-digit citizen ID (NĐ 137/2015/NĐ-CP Art. 13; TT 07/2016/TT-BCA Art. 7; rules §11.1). */
class CitizenIdCheckTest {

    @Test
    void aWomanBornIn1985InHanoiMatches() { // 001 Hà Nội, 1 = woman of the 20th century, 85
        assertThat(CitizenIdCheck.check("001185012345", Sex.FEMALE, 1985)).isEmpty();
    }

    @Test
    void aManBornIn2003InHoChiMinhCityMatches() { // 079, 2 = man of the 21st century, 03
        assertThat(CitizenIdCheck.check("079203000001", Sex.MALE, 2003)).isEmpty();
    }

    @Test
    void theSexDigitDisagreeingIsFlaggedNotRefused() {
        assertThat(CitizenIdCheck.check("001185012345", Sex.MALE, 1985)).containsExactly(Finding.SEX_MISMATCH);
    }

    @Test
    void theCenturyOrYearDisagreeingIsFlagged() {
        assertThat(CitizenIdCheck.check("001185012345", Sex.FEMALE, 1986)).containsExactly(Finding.YEAR_MISMATCH);
        assertThat(CitizenIdCheck.check("001385012345", Sex.FEMALE, 1985)).containsExactly(Finding.YEAR_MISMATCH);
    }

    @Test
    void anUnknownProvinceCodeIsFlagged() { // 003 is no code in TT 07/2016 Phụ lục I
        assertThat(CitizenIdCheck.check("003185012345", Sex.FEMALE, 1985)).containsExactly(Finding.UNKNOWN_PROVINCE);
    }

    @Test
    void onlyTwelveDigitsAreAccepted() {
        assertThat(CitizenIdCheck.normalize(" 001 185 012 345 ")).isEqualTo("001185012345");
        assertThat(CitizenIdCheck.normalize("")).isNull();
        assertThat(refused(() -> CitizenIdCheck.normalize("00118501234")).key()).isEqualTo("member.error.citizenIdFormat");
        assertThat(refused(() -> CitizenIdCheck.normalize("00118501234a")).key()).isEqualTo("member.error.citizenIdFormat");
    }

    @Test
    void fiftyFourGroupsAreRecognised() {
        assertThat(Ethnicities.RECOGNISED).hasSize(54).doesNotHaveDuplicates();
        assertThat(Ethnicities.isKnown("Khác")).isTrue();
    }
}
