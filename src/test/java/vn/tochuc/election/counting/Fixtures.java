package vn.tochuc.election.counting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builders for tests: names, elections and repeated ballots. */
final class Fixtures {

    private Fixtures() {
    }

    /** "Ứng viên 1" … "Ứng viên n". */
    static List<String> names(int count) {
        var names = new ArrayList<String>(count);
        for (int i = 1; i <= count; i++) {
            names.add("Ứng viên " + i);
        }
        return names;
    }

    static ElectionSpec members(ElectionKind kind, int seats, int candidates, int convened) {
        return new ElectionSpec(kind, CongressKind.MEMBERS, seats, names(candidates), convened, Map.of());
    }

    static ElectionSpec members(ElectionKind kind, int seats, int candidates, int convened,
                                Map<String, Integer> exclusions) {
        return new ElectionSpec(kind, CongressKind.MEMBERS, seats, names(candidates), convened, exclusions);
    }

    static List<BallotInput> times(int count, BallotInput ballot) {
        return new ArrayList<>(Collections.nCopies(count, ballot));
    }

    @SafeVarargs
    static List<BallotInput> concat(List<BallotInput>... parts) {
        var all = new ArrayList<BallotInput>();
        for (List<BallotInput> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    /** marks("1", APPROVE, "2", BOTH, …). */
    static BallotInput marks(Object... positionsAndMarks) {
        var marks = new HashMap<String, Mark>();
        for (int i = 0; i < positionsAndMarks.length; i += 2) {
            marks.put((String) positionsAndMarks[i], (Mark) positionsAndMarks[i + 1]);
        }
        return BallotInput.marking(marks);
    }

    static TallyResult count(ElectionSpec election, List<BallotInput> ballots) {
        return Tally.count(new TallyRequest(election, ballots));
    }
}
