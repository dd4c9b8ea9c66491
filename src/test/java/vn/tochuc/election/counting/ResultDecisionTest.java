package vn.tochuc.election.counting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ResultDecisionTest {

    private final ElectionThreshold overHalfOfTwenty = new ElectionThreshold(20);

    @Test
    void highestVotesWinWhenMoreNamesPassThanSeats() {
        // QĐ 244-QĐ/TW Điều 32 (giữ nguyên trong QĐ 190): "xếp theo thứ tự số phiếu bầu từ cao đến thấp, vừa đủ số lượng"
        var decision = ResultDecision.decide(new int[] {12, 18, 15, 11}, overHalfOfTwenty, 2);
        assertThat(decision.elected()).containsExactly(1, 2);
        assertThat(decision.tied()).isEmpty();
        assertThat(decision.unfilledSeats()).isZero();
    }

    @Test
    void tieAcrossTheLastSeatElectsNoneOfTheTied() {
        // [R] tie at the last seat: re-vote among the tied; never "older wins" (rules §1.6)
        var decision = ResultDecision.decide(new int[] {15, 18, 15, 12}, overHalfOfTwenty, 2);
        assertThat(decision.elected()).containsExactly(1);
        assertThat(decision.tied()).containsExactly(0, 2);
        assertThat(decision.unfilledSeats()).isEqualTo(1);
    }

    @Test
    void tieAcrossTwoOpenSeatsKeepsBothOpen() {
        // [R] rules §1.6: three tied for the last two seats
        var decision = ResultDecision.decide(new int[] {14, 14, 14, 19}, overHalfOfTwenty, 3);
        assertThat(decision.elected()).containsExactly(3);
        assertThat(decision.tied()).containsExactly(0, 1, 2);
        assertThat(decision.unfilledSeats()).isEqualTo(2);
    }

    @Test
    void equalVotesInsideTheSeatsAreAllElected() {
        // QĐ 244-QĐ/TW Điều 32: the tie is not at the last seat, nothing to decide
        var decision = ResultDecision.decide(new int[] {16, 16, 14, 12}, overHalfOfTwenty, 3);
        assertThat(decision.elected()).containsExactly(0, 1, 2);
        assertThat(decision.unfilledSeats()).isZero();
    }

    @Test
    void equalVotesAtTheLastSeatWithNobodyBelowAreElected() {
        // QĐ 244-QĐ/TW Điều 32: the others are under half, so the equal pair fills the last seats
        var decision = ResultDecision.decide(new int[] {13, 13, 9}, overHalfOfTwenty, 2);
        assertThat(decision.elected()).containsExactly(0, 1);
        assertThat(decision.tied()).isEmpty();
    }

    @Test
    void tooFewOverHalfLeaveSeatsOpen() {
        // QĐ 244-QĐ/TW Điều 20 khoản 2 and Điều 32: nobody under the threshold fills a seat
        var decision = ResultDecision.decide(new int[] {11, 10, 10, 19}, overHalfOfTwenty, 3);
        assertThat(decision.elected()).containsExactly(3, 0);
        assertThat(decision.unfilledSeats()).isEqualTo(1);
    }

    @Test
    void candidateWithExactlyHalfIsNotElectedEvenWithSeatsOpen() {
        // Điều lệ Đảng Điều 12 khoản 3
        var decision = ResultDecision.decide(new int[] {10}, overHalfOfTwenty, 1);
        assertThat(decision.elected()).isEmpty();
        assertThat(decision.unfilledSeats()).isEqualTo(1);
    }

    @Test
    void electedAreOrderedByVotesThenByListPosition() {
        // QĐ 244-QĐ/TW Điều 32: results listed high to low; equal votes by list order, for display only
        var decision = ResultDecision.decide(new int[] {12, 17, 12, 20}, overHalfOfTwenty, 4);
        assertThat(decision.elected()).isEqualTo(List.of(3, 1, 0, 2));
    }
}
