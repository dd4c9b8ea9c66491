package vn.tochuc.election.counting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BallotValidityTest {

    private final BallotList nineForSeven = new BallotList(Fixtures.names(9), 7);

    @Test
    void surplusBallotKeepingMoreNamesThanSeatsIsInvalid() {
        // QĐ 244-QĐ/TW Điều 17 khoản 2 (giữ nguyên trong QĐ 190): votes for more than the number to elect
        assertThat(BallotValidity.ofStrikes(nineForSeven, 1)).contains(InvalidReason.TOO_MANY_KEPT);
        assertThat(BallotValidity.ofStrikes(nineForSeven, 0)).contains(InvalidReason.TOO_MANY_KEPT);
    }

    @Test
    void surplusBallotKeepingExactlyTheSeatsIsValid() {
        // QĐ 244-QĐ/TW Điều 17 khoản 2: "bầu đủ … số lượng cần bầu"
        assertThat(BallotValidity.ofStrikes(nineForSeven, 2)).isEmpty();
    }

    @Test
    void surplusBallotKeepingFewerNamesThanSeatsIsValid() {
        // QĐ 244-QĐ/TW Điều 17 khoản 2: "bầu đủ hoặc thiếu số lượng cần bầu"
        assertThat(BallotValidity.ofStrikes(nineForSeven, 8)).isEmpty();
    }

    @Test
    void surplusBallotStrikingEveryNameIsInvalid() {
        // QĐ 244-QĐ/TW Điều 17 khoản 2: votes for nobody on a list with surplus
        assertThat(BallotValidity.ofStrikes(nineForSeven, 9)).contains(InvalidReason.ALL_STRUCK);
    }

    @Test
    void singleCandidateBallotWithBothBoxesIsInvalid() {
        // QĐ 244-QĐ/TW Điều 17 khoản 2: one-name list, X in one of the two boxes; both boxes → invalid [R]
        assertThat(BallotValidity.ofSingleCandidate(Mark.BOTH, true)).contains(InvalidReason.BOTH_MARKED);
    }

    @Test
    void singleCandidateBallotWithNoBoxIsInvalid() {
        // QĐ 244-QĐ/TW Điều 17 khoản 2: one-name list, no X → invalid [R]
        assertThat(BallotValidity.ofSingleCandidate(Mark.NEITHER, true)).contains(InvalidReason.NONE_MARKED);
    }

    @Test
    void singleCandidateBallotWithOneBoxIsValidEitherWay() {
        // QĐ 244-QĐ/TW Điều 17 khoản 2
        assertThat(BallotValidity.ofSingleCandidate(Mark.APPROVE, true)).isEmpty();
        assertThat(BallotValidity.ofSingleCandidate(Mark.REJECT, true)).isEmpty();
    }

    @Test
    void singleCandidateRuleCanBeSwitchedOff() {
        // [R] TallyRules.SINGLE_CANDIDATE_NEEDS_ONE_MARK is a default, not a confirmed rule
        assertThat(BallotValidity.ofSingleCandidate(Mark.BOTH, false)).isEmpty();
        assertThat(BallotValidity.ofSingleCandidate(Mark.NEITHER, false)).isEmpty();
    }

    @Test
    void onlyApproveIsAVote() {
        // QĐ 244-QĐ/TW Điều 32 khoản 1: both or neither gives that person no vote
        assertThat(BallotValidity.isVote(Mark.APPROVE)).isTrue();
        assertThat(BallotValidity.isVote(Mark.REJECT)).isFalse();
        assertThat(BallotValidity.isVote(Mark.BOTH)).isFalse();
        assertThat(BallotValidity.isVote(Mark.NEITHER)).isFalse();
    }

    @Test
    void noSurplusBallotWithBothAndNeitherStaysValidButGivesNoVote() {
        // QĐ 244-QĐ/TW Điều 17 khoản 2 and Điều 32 khoản 1 (giữ nguyên trong QĐ 190)
        var election = Fixtures.members(ElectionKind.CELL_COMMITTEE, 3, 3, 10);
        var result = Fixtures.count(election, Fixtures.times(6,
                Fixtures.marks("1", Mark.APPROVE, "2", Mark.BOTH)));
        assertThat(result.ballots().valid()).isEqualTo(6);
        assertThat(result.candidates()).extracting(TallyResult.CandidateResult::votes).containsExactly(6, 0, 0);
    }

    @Test
    void boardDeclaredReasonsAreAcceptedByName() {
        // QĐ 190-QĐ/TW Điều 8: the counting board concludes on invalid ballots
        assertThat(InvalidReason.declaredByBoard("NOT_ISSUED_BY_BOARD")).contains(InvalidReason.NOT_ISSUED_BY_BOARD);
        assertThat(InvalidReason.declaredByBoard("TOO_MANY_KEPT")).isEmpty();
    }
}
