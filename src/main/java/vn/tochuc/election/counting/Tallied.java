package vn.tochuc.election.counting;

import java.util.List;

/** Everything known once the ballots are counted and the result decided; the input of the explanation. */
record Tallied(ElectionKind kind, BallotList list, Denominator denominator, ElectionThreshold threshold,
               VoteCounter.Counts counts, ResultDecision decision, int round, Integer officialMembers,
               TallyRules rules, List<TallyWarning> warnings) {

    List<String> names(List<Integer> positions) {
        return positions.stream().map(list::name).toList();
    }

    boolean secretaryAppointed() {
        return CellPolicy.secretaryAppointedByHigherCommittee(kind, round, decision.elected().size(), rules.cells());
    }
}
