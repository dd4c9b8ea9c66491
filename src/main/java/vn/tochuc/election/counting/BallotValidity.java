package vn.tochuc.election.counting;

import java.util.Optional;

/**
 * Valid and invalid ballots, QĐ 244-QĐ/TW Điều 17 khoản 2 (giữ nguyên trong QĐ 190-QĐ/TW):
 * <ul>
 *   <li>valid: issued by the counting board and voting for the number to elect or fewer;</li>
 *   <li>invalid: not issued by the board, or other defects the board records (declared reasons);</li>
 *   <li>surplus list: keeping more names than seats is invalid ({@link InvalidReason#TOO_MANY_KEPT}); striking
 *       every name — voting for nobody on a list with surplus — is invalid ({@link InvalidReason#ALL_STRUCK});</li>
 *   <li>list without surplus, several names: X in both boxes or in neither for a person gives that person no
 *       vote, the ballot stays valid;</li>
 *   <li>single-candidate list: X in exactly one box is valid; both or neither is invalid
 *       ({@link InvalidReason#BOTH_MARKED} / {@link InvalidReason#NONE_MARKED}) — [R], switchable with
 *       {@link TallyRules#singleCandidateNeedsOneMark()}.</li>
 * </ul>
 */
public final class BallotValidity {

    private BallotValidity() {
    }

    /** A ballot on a surplus list that struck {@code struck} distinct names. */
    public static Optional<InvalidReason> ofStrikes(BallotList list, int struck) {
        int kept = list.size() - struck;
        if (kept > list.seats()) {
            return Optional.of(InvalidReason.TOO_MANY_KEPT);
        }
        return kept == 0 ? Optional.of(InvalidReason.ALL_STRUCK) : Optional.empty();
    }

    /** A ballot on a single-candidate list carrying {@code mark}. */
    public static Optional<InvalidReason> ofSingleCandidate(Mark mark, boolean needsOneMark) {
        if (!needsOneMark) {
            return Optional.empty();
        }
        return switch (mark) {
            case BOTH -> Optional.of(InvalidReason.BOTH_MARKED);
            case NEITHER -> Optional.of(InvalidReason.NONE_MARKED);
            case APPROVE, REJECT -> Optional.empty();
        };
    }

    /** Only "đồng ý" is a vote (QĐ 244-QĐ/TW Điều 32 khoản 1). */
    public static boolean isVote(Mark mark) {
        return mark == Mark.APPROVE;
    }

    static Optional<InvalidReason> judge(Ballot ballot, BallotList list, TallyRules rules) {
        return switch (ballot) {
            case Ballot.DeclaredInvalid declared -> Optional.of(declared.reason());
            case Ballot.Strikes strikes -> ofStrikes(list, strikes.positions().length);
            case Ballot.Marks marks when list.kind() == ListKind.SINGLE_CANDIDATE ->
                    ofSingleCandidate(marks.first(), rules.singleCandidateNeedsOneMark());
            case Ballot.Marks marks -> Optional.empty();
        };
    }
}
