package vn.tochuc.election.counting;

import java.util.List;
import java.util.Map;

/**
 * The counting result, field for field the JSON response of {@code POST /api/v1/tally}.
 *
 * @param denominator   D, the denominator of QĐ 244-QĐ/TW Điều 32 (giữ nguyên trong QĐ 190)
 * @param threshold     minimum votes to be elected, D/2 + 1
 * @param ballots       ballot counts
 * @param candidates    every name in list order
 * @param elected       names elected, highest votes first (equal votes: list order, for display only)
 * @param tied          names tied across the last open seat(s), not elected
 * @param unfilledSeats seats left open (too few over half, or a tie)
 * @param warnings      things to look at; they do not change the result
 * @param explanation   Vietnamese sentences the counting board can read aloud
 */
public record TallyResult(
        int denominator,
        int threshold,
        BallotCounts ballots,
        List<CandidateResult> candidates,
        List<String> elected,
        List<String> tied,
        int unfilledSeats,
        List<TallyWarning> warnings,
        List<String> explanation) {

    public TallyResult {
        candidates = List.copyOf(candidates);
        elected = List.copyOf(elected);
        tied = List.copyOf(tied);
        warnings = List.copyOf(warnings);
        explanation = List.copyOf(explanation);
    }

    /**
     * @param invalidByReason only reasons that occurred, in {@link InvalidReason} declaration order
     */
    public record BallotCounts(int total, int valid, int invalid, Map<InvalidReason, Integer> invalidByReason) {
    }

    /**
     * @param position 1-based place on the list
     * @param percent  votes / D × 100, half-up to two decimals, with a point ("66.96")
     * @param overHalf votes &gt; D/2
     */
    public record CandidateResult(int position, String name, int votes, String percent, boolean overHalf,
                                  boolean elected) {
    }
}
