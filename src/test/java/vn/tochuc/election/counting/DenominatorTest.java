package vn.tochuc.election.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DenominatorTest {

    @Test
    void membersCongressSubtractsTheFourExclusions() {
        // QĐ 244-QĐ/TW Điều 32 khoản 2 (giữ nguyên trong QĐ 190): 230 − 2 − 1 − 0 − 3
        var denominator = Denominator.of(CongressKind.MEMBERS, 230, Map.of("TEMPORARY_TRANSFER", 2,
                "EXEMPT_ABSENT", 1, "SUSPENDED_OR_PROSECUTED", 0, "ABSENT_WITH_APPROVED_REASON", 3));
        assertThat(denominator.value()).isEqualTo(224);
        assertThat(denominator.count(Exclusion.ABSENT_WITH_APPROVED_REASON)).isEqualTo(3);
    }

    @Test
    void delegatesCongressSubtractsAbsentCommitteeMembersAndUnreplacedDelegates() {
        // QĐ 244-QĐ/TW Điều 32 khoản 3 (giữ nguyên trong QĐ 190)
        var denominator = Denominator.of(CongressKind.DELEGATES, 150,
                Map.of("COMMITTEE_MEMBERS_ABSENT", 2, "DELEGATES_ABSENT_WITHOUT_ALTERNATE", 5));
        assertThat(denominator.value()).isEqualTo(143);
    }

    @Test
    void missingExclusionsMeanNobodyIsSubtracted() {
        // Điều lệ Đảng Điều 12 khoản 3: the base is everyone convened
        assertThat(Denominator.of(CongressKind.MEMBERS, 11, null).value()).isEqualTo(11);
    }

    @Test
    void exclusionOfTheOtherCongressIsRejectedWithItsField() {
        // QĐ 244-QĐ/TW Điều 32 khoản 2: a members' congress has no "convening-committee members absent"
        assertThatThrownBy(() -> Denominator.of(CongressKind.MEMBERS, 50, Map.of("COMMITTEE_MEMBERS_ABSENT", 0)))
                .isInstanceOfSatisfying(InvalidTally.class, e -> {
                    assertThat(e.field()).isEqualTo("election.exclusions.COMMITTEE_MEMBERS_ABSENT");
                    assertThat(e.getMessage()).contains("không áp dụng cho đại hội đảng viên");
                });
    }

    @Test
    void membersExclusionAtADelegatesCongressIsRejected() {
        // QĐ 244-QĐ/TW Điều 32 khoản 3
        assertThatThrownBy(() -> Denominator.of(CongressKind.DELEGATES, 50, Map.of("TEMPORARY_TRANSFER", 1)))
                .isInstanceOfSatisfying(InvalidTally.class,
                        e -> assertThat(e.field()).isEqualTo("election.exclusions.TEMPORARY_TRANSFER"));
    }

    @Test
    void unknownExclusionIsRejected() {
        // QĐ 244-QĐ/TW Điều 32: only the listed cases are subtracted
        assertThatThrownBy(() -> Denominator.of(CongressKind.MEMBERS, 50, Map.of("ON_HOLIDAY", 1)))
                .isInstanceOfSatisfying(InvalidTally.class,
                        e -> assertThat(e.field()).isEqualTo("election.exclusions.ON_HOLIDAY"));
    }

    @Test
    void negativeOrMissingCountIsRejected() {
        // QĐ 244-QĐ/TW Điều 32 khoản 2: a count of people
        assertThatThrownBy(() -> Denominator.of(CongressKind.MEMBERS, 50, Map.of("EXEMPT_ABSENT", -1)))
                .isInstanceOfSatisfying(InvalidTally.class,
                        e -> assertThat(e.field()).isEqualTo("election.exclusions.EXEMPT_ABSENT"));
        var withNull = new HashMap<String, Integer>();
        withNull.put("EXEMPT_ABSENT", null);
        assertThatThrownBy(() -> Denominator.of(CongressKind.MEMBERS, 50, withNull))
                .isInstanceOf(InvalidTally.class);
    }

    @Test
    void denominatorOfZeroIsRejected() {
        // Điều lệ Đảng Điều 12 khoản 3: "quá một nửa" of nobody is meaningless
        assertThatThrownBy(() -> Denominator.of(CongressKind.MEMBERS, 3, Map.of("TEMPORARY_TRANSFER", 3)))
                .isInstanceOfSatisfying(InvalidTally.class, e -> {
                    assertThat(e.field()).isEqualTo("election.exclusions");
                    assertThat(e.getMessage()).contains("phải lớn hơn 0");
                });
    }

    @Test
    void nobodyConvenedIsRejected() {
        // QĐ 244-QĐ/TW Điều 32
        assertThatThrownBy(() -> Denominator.of(CongressKind.DELEGATES, 0, Map.of()))
                .isInstanceOfSatisfying(InvalidTally.class,
                        e -> assertThat(e.field()).isEqualTo("election.convened"));
        assertThatThrownBy(() -> Denominator.of(CongressKind.DELEGATES, null, Map.of()))
                .isInstanceOfSatisfying(InvalidTally.class,
                        e -> assertThat(e.field()).isEqualTo("election.convened"));
    }
}
