package vn.tochuc.election.counting;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Classifies every ballot first, then counts votes on valid ballots only (QĐ 244-QĐ/TW Điều 32 khoản 1,
 * giữ nguyên trong QĐ 190-QĐ/TW). On a surplus list a valid ballot votes for every name not struck, so the
 * votes are "valid surplus ballots − times struck on a valid ballot": one pass over the strikes, no
 * per-ballot work over the whole list.
 */
final class VoteCounter {

    /** Valid ballots, per-candidate votes and invalid ballots by reason. */
    record Counts(int total, int valid, int[] votes, Map<InvalidReason, Integer> invalidByReason) {

        int invalid() {
            return total - valid;
        }

        int votes(int index) {
            return votes[index];
        }
    }

    private final BallotList list;
    private final TallyRules rules;
    private final int[] approvals;
    private final int[] struckOnValid;
    private final int[] invalidByReason = new int[InvalidReason.values().length];
    private int validStrikeBallots;
    private int valid;

    private VoteCounter(BallotList list, TallyRules rules) {
        this.list = list;
        this.rules = rules;
        this.approvals = new int[list.size()];
        this.struckOnValid = new int[list.size()];
    }

    /** Counts {@code ballots}; raises {@link InvalidTally} on the first malformed ballot. */
    static Counts count(BallotList list, List<BallotInput> ballots, TallyRules rules) {
        if (ballots == null) {
            throw new InvalidTally("ballots", "Thiếu danh sách phiếu bầu (ballots).");
        }
        var counter = new VoteCounter(list, rules);
        var reader = new BallotReader(list);
        for (int i = 0; i < ballots.size(); i++) {
            counter.add(reader.read(i, ballots.get(i)));
        }
        return counter.counts(ballots.size());
    }

    private void add(Ballot ballot) {
        Optional<InvalidReason> invalid = BallotValidity.judge(ballot, list, rules);
        if (invalid.isPresent()) {
            invalidByReason[invalid.get().ordinal()]++;
            return;
        }
        valid++;
        switch (ballot) {
            case Ballot.Strikes strikes -> addStrikes(strikes.positions());
            case Ballot.Marks marks -> addApprovals(marks.approved());
            case Ballot.DeclaredInvalid declared -> throw new IllegalStateException("declared invalid counted as valid");
        }
    }

    private void addStrikes(int[] positions) {
        validStrikeBallots++;
        for (int position : positions) {
            struckOnValid[position]++;
        }
    }

    private void addApprovals(int[] positions) {
        for (int position : positions) {
            approvals[position]++;
        }
    }

    private Counts counts(int total) {
        int[] votes = new int[list.size()];
        for (int i = 0; i < votes.length; i++) {
            votes[i] = approvals[i] + validStrikeBallots - struckOnValid[i];
        }
        var byReason = new EnumMap<InvalidReason, Integer>(InvalidReason.class);
        for (InvalidReason reason : InvalidReason.values()) {
            if (invalidByReason[reason.ordinal()] > 0) {
                byReason.put(reason, invalidByReason[reason.ordinal()]);
            }
        }
        return new Counts(total, valid, votes, Collections.unmodifiableMap(byReason));
    }
}
