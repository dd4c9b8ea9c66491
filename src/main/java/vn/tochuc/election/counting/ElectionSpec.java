package vn.tochuc.election.counting;

import java.util.List;
import java.util.Map;

/**
 * The {@code election} part of a tally request, as the counting board enters it. Nothing is checked
 * here: {@link Tally#count(TallyRequest)} checks every field and names the wrong one in {@link InvalidTally}.
 *
 * @param kind            what is elected
 * @param congress        members' or delegates' congress, which decides the denominator
 * @param seats           how many to elect (số lượng cần bầu), at least 1
 * @param candidates      the list in ballot order (position 1 is the first name)
 * @param convened        official members (delegates) convened
 * @param exclusions      counts subtracted from {@code convened}, keyed by {@link Exclusion} name; may be null
 * @param round           which round this is (lần bầu), default 1; used for the cell secretary
 * @param officialMembers official members of the cell, optional; used to check a cell-committee election
 */
public record ElectionSpec(
        ElectionKind kind,
        CongressKind congress,
        Integer seats,
        List<String> candidates,
        Integer convened,
        Map<String, Integer> exclusions,
        Integer round,
        Integer officialMembers) {

    /** Default round when {@code round} is absent. */
    public static final int FIRST_ROUND = 1;

    /** A first-round election without the optional cell fields. */
    public ElectionSpec(ElectionKind kind, CongressKind congress, int seats, List<String> candidates,
                        int convened, Map<String, Integer> exclusions) {
        this(kind, congress, seats, candidates, convened, exclusions, null, null);
    }

    /** The round, {@value #FIRST_ROUND} when absent. */
    public int roundOrFirst() {
        return round == null ? FIRST_ROUND : round;
    }
}
