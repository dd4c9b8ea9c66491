package vn.tochuc.election.counting;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Counts one election: checks the request, works out D and the threshold, classifies and counts the
 * ballots, decides who is elected, and explains it in Vietnamese. Pure and stateless; safe to call from
 * any thread. {@code POST /api/v1/tally} is a thin layer over {@link #count(TallyRequest)}.
 *
 * <p>Order of checks (the first failure is reported): {@code election.kind}, {@code election.congress},
 * {@code election.candidates} / {@code election.seats}, {@code election.round},
 * {@code election.officialMembers}, {@code election.convened} / {@code election.exclusions}, then each
 * ballot in order.
 */
public final class Tally {

    private Tally() {
    }

    /** Counts with the default rules ({@link TallyRules#DEFAULT}). */
    public static TallyResult count(TallyRequest request) {
        return count(request, TallyRules.DEFAULT);
    }

    /**
     * Counts with the given rules, e.g. a lower surplus maximum decided by the congress.
     *
     * @throws InvalidTally when the request breaks the shape of the election or of a ballot
     */
    public static TallyResult count(TallyRequest request, TallyRules rules) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(rules, "rules");
        ElectionSpec spec = required(request.election(), "election", "Thiếu thông tin cuộc bầu cử (election).");
        ElectionKind kind = required(spec.kind(), "election.kind", "Thiếu loại bầu cử (kind).");
        CongressKind congress = required(spec.congress(), "election.congress", "Thiếu loại đại hội (congress).");
        BallotList list = BallotList.of(spec.candidates(), spec.seats());
        checkSingleSeat(kind, list);
        int round = checkedRound(spec);
        checkOfficialMembers(spec.officialMembers());
        Denominator denominator = Denominator.of(congress, spec.convened(), spec.exclusions());
        var threshold = new ElectionThreshold(denominator.value());
        VoteCounter.Counts counts = VoteCounter.count(list, request.ballots(), rules);
        ResultDecision decision = ResultDecision.decide(counts.votes(), threshold, list.seats());
        var warnings = new ArrayList<>(SurplusPolicy.warnings(kind, list, rules.surplus()));
        warnings.addAll(CellPolicy.warnings(kind, list.seats(), spec.officialMembers(), round,
                decision.elected().size(), rules.cells()));
        return result(new Tallied(kind, list, denominator, threshold, counts, decision, round,
                spec.officialMembers(), rules, warnings));
    }

    private static TallyResult result(Tallied tallied) {
        VoteCounter.Counts counts = tallied.counts();
        var ballots = new TallyResult.BallotCounts(counts.total(), counts.valid(), counts.invalid(),
                counts.invalidByReason());
        return new TallyResult(tallied.denominator().value(), tallied.threshold().minimumVotes(), ballots,
                candidates(tallied), tallied.names(tallied.decision().elected()),
                tallied.names(tallied.decision().tied()), tallied.decision().unfilledSeats(), tallied.warnings(),
                Explanation.of(tallied));
    }

    private static List<TallyResult.CandidateResult> candidates(Tallied tallied) {
        int denominator = tallied.denominator().value();
        var results = new ArrayList<TallyResult.CandidateResult>(tallied.list().size());
        for (int i = 0; i < tallied.list().size(); i++) {
            int votes = tallied.counts().votes(i);
            results.add(new TallyResult.CandidateResult(i + 1, tallied.list().name(i), votes,
                    Percent.plain(votes, denominator), tallied.threshold().isMetBy(votes),
                    tallied.decision().isElected(i)));
        }
        return results;
    }

    private static void checkSingleSeat(ElectionKind kind, BallotList list) {
        if (kind.singleSeat() && list.seats() != 1) {
            throw new InvalidTally(BallotList.SEATS_FIELD, "Mỗi lần bầu chỉ bầu một " + kind.body()
                    + "; số lượng cần bầu phải là 1 (nhận được " + list.seats() + ").");
        }
    }

    private static int checkedRound(ElectionSpec spec) {
        if (spec.round() != null && spec.round() < ElectionSpec.FIRST_ROUND) {
            throw new InvalidTally("election.round", "Lần bầu phải từ 1 trở lên (nhận được " + spec.round() + ").");
        }
        return spec.roundOrFirst();
    }

    private static void checkOfficialMembers(Integer officialMembers) {
        if (officialMembers != null && officialMembers < 0) {
            throw new InvalidTally("election.officialMembers", "Số đảng viên chính thức của chi bộ không được âm"
                    + " (nhận được " + officialMembers + ").");
        }
    }

    private static <T> T required(T value, String field, String message) {
        if (value == null) {
            throw new InvalidTally(field, message);
        }
        return value;
    }
}
