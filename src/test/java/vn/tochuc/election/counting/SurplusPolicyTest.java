package vn.tochuc.election.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tochuc.election.counting.TallyWarning.SURPLUS_ABOVE_MAXIMUM;
import static vn.tochuc.election.counting.TallyWarning.SURPLUS_ABOVE_ONE_FOR_SMALL_BODY;
import static vn.tochuc.election.counting.TallyWarning.SURPLUS_OUTSIDE_PREPARED_RANGE;

import java.util.List;

import org.junit.jupiter.api.Test;

class SurplusPolicyTest {

    private static List<TallyWarning> warnings(ElectionKind kind, int candidates, int seats) {
        return SurplusPolicy.warnings(kind, new BallotList(Fixtures.names(candidates), seats), SurplusRules.DEFAULT);
    }

    @Test
    void preparedSurplusOfOneForNineSeatsRaisesNothing() {
        // QĐ 190-QĐ/TW Điều 14 khoản 1: 10–15 % of 9 is 0.9–1.35, so one person
        assertThat(warnings(ElectionKind.EXECUTIVE_COMMITTEE, 10, 9)).isEmpty();
    }

    @Test
    void surplusAboveThirtyPercentIsWarned() {
        // QĐ 190-QĐ/TW Điều 14 khoản 1: 30 % of 9 is 2.7, so 3 is above the maximum
        assertThat(warnings(ElectionKind.EXECUTIVE_COMMITTEE, 12, 9))
                .containsExactly(SURPLUS_ABOVE_MAXIMUM, SURPLUS_OUTSIDE_PREPARED_RANGE);
    }

    @Test
    void surplusOfExactlyThirtyPercentIsNotAboveTheMaximum() {
        // QĐ 190-QĐ/TW Điều 14 khoản 1: "không quá 30%" — 3 of 10 is allowed, though above the prepared 15 %
        assertThat(warnings(ElectionKind.STANDING_COMMITTEE, 13, 10)).containsExactly(SURPLUS_OUTSIDE_PREPARED_RANGE);
    }

    @Test
    void preparedRangeIsCountedInWholePersons() {
        // QĐ 190-QĐ/TW Điều 14 khoản 1; [R] rounding: 10–15 % of 13 is 1.3–1.95, so 2 persons
        assertThat(warnings(ElectionKind.EXECUTIVE_COMMITTEE, 15, 13)).isEmpty();
        assertThat(warnings(ElectionKind.EXECUTIVE_COMMITTEE, 14, 13)).containsExactly(SURPLUS_OUTSIDE_PREPARED_RANGE);
    }

    @Test
    void smallBodyWithSurplusOfTwoIsWarned() {
        // Small bodies of 3–5 members: "Số dư tối đa là 1 người" [R]; also above 30 % of 5
        assertThat(warnings(ElectionKind.STANDING_COMMITTEE, 7, 5)).containsExactly(SURPLUS_ABOVE_MAXIMUM,
                SURPLUS_ABOVE_ONE_FOR_SMALL_BODY, SURPLUS_OUTSIDE_PREPARED_RANGE);
    }

    @Test
    void smallBodyWithSurplusOfOneRaisesNothing() {
        // [R] the maximum is never below one person: the list must be longer than the seats (QĐ 190 Điều 14 khoản 1)
        assertThat(warnings(ElectionKind.STANDING_COMMITTEE, 4, 3)).isEmpty();
    }

    @Test
    void committeeListWithoutSurplusIsOutsideThePreparedRange() {
        // QĐ 190-QĐ/TW Điều 14 khoản 1: "phải nhiều hơn số lượng cần bầu"
        assertThat(warnings(ElectionKind.EXECUTIVE_COMMITTEE, 9, 9)).containsExactly(SURPLUS_OUTSIDE_PREPARED_RANGE);
    }

    @Test
    void congressMayDecideALowerMaximum() {
        // QĐ 190-QĐ/TW Điều 14 khoản 1: "số dư tối đa do đại hội quyết định nhưng không quá 30%"
        var twentyPercent = new SurplusRules(20, 10, 15, 3, 5, 1);
        var list = new BallotList(Fixtures.names(13), 10);
        assertThat(SurplusPolicy.warnings(ElectionKind.EXECUTIVE_COMMITTEE, list, twentyPercent))
                .contains(SURPLUS_ABOVE_MAXIMUM);
    }

    @Test
    void otherBodiesAreNotChecked() {
        // QĐ 190-QĐ/TW Điều 14 khoản 1 covers the committee and the standing committee only
        assertThat(warnings(ElectionKind.DELEGATES, 30, 10)).isEmpty();
        assertThat(warnings(ElectionKind.INSPECTION_COMMITTEE, 9, 5)).isEmpty();
    }
}
