package vn.tochuc.election.counting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Random but well-formed tally requests for the property tests; same seed, same request. */
final class RandomElections {

    private static final List<String> BOARD_REASONS = List.of("NOT_ISSUED_BY_BOARD", "ADDED_NAMES", "EXTRA_MARKS",
            "TORN_OR_ILLEGIBLE", "OTHER");

    /** Map keys as a JSON parser hands them over: one canonical String per field name (Jackson's symbol table). */
    private static final String[] KEYS = java.util.stream.IntStream.rangeClosed(0, 500).mapToObj(String::valueOf)
            .map(String::intern).toArray(String[]::new);

    private RandomElections() {
    }

    static TallyRequest request(Random random) {
        ElectionSpec election = election(random);
        int count = random.nextInt(60);
        var ballots = new ArrayList<BallotInput>(count);
        for (int i = 0; i < count; i++) {
            ballots.add(ballot(random, election));
        }
        return new TallyRequest(election, ballots);
    }

    static ElectionSpec election(Random random) {
        ElectionKind kind = ElectionKind.values()[random.nextInt(ElectionKind.values().length)];
        int seats = kind.singleSeat() ? 1 : 1 + random.nextInt(12);
        int candidates = seats + (random.nextInt(3) == 0 ? 0 : random.nextInt(6));
        boolean members = random.nextBoolean();
        int convened = 10 + random.nextInt(80);
        Map<String, Integer> exclusions = members
                ? Map.of("TEMPORARY_TRANSFER", random.nextInt(3), "ABSENT_WITH_APPROVED_REASON", random.nextInt(3))
                : Map.of("COMMITTEE_MEMBERS_ABSENT", random.nextInt(3));
        return new ElectionSpec(kind, members ? CongressKind.MEMBERS : CongressKind.DELEGATES, seats,
                Fixtures.names(candidates), convened, exclusions, 1 + random.nextInt(4), random.nextInt(30));
    }

    static BallotInput ballot(Random random, ElectionSpec election) {
        if (random.nextInt(12) == 0) {
            return new BallotInput(null, null, BOARD_REASONS.get(random.nextInt(BOARD_REASONS.size())));
        }
        int size = election.candidates().size();
        return size > election.seats() ? strikes(random, size, random.nextInt(size + 1)) : marks(random, size);
    }

    /** A ballot striking {@code count} distinct random positions out of {@code size}. */
    static BallotInput strikes(Random random, int size, int count) {
        var positions = new ArrayList<Integer>();
        for (int p = 1; p <= size; p++) {
            positions.add(p);
        }
        java.util.Collections.shuffle(positions, random);
        return new BallotInput(List.copyOf(positions.subList(0, count)), null, null);
    }

    /** Marks in a LinkedHashMap, as Jackson deserialises a JSON object into a {@code Map}. */
    static BallotInput marks(Random random, int size) {
        var marks = new LinkedHashMap<String, Mark>();
        for (int p = 1; p <= size; p++) {
            if (random.nextInt(5) > 0) {
                marks.put(KEYS[p], Mark.values()[random.nextInt(Mark.values().length)]);
            }
        }
        return new BallotInput(null, marks, null);
    }

    /** A ballot that is valid for {@code election}: keeps between 1 and seats names, or approves freely. */
    static BallotInput validBallot(Random random, ElectionSpec election) {
        int size = election.candidates().size();
        if (size > election.seats()) {
            int kept = 1 + random.nextInt(election.seats());
            return strikes(random, size, size - kept);
        }
        if (size == 1) {
            return new BallotInput(null, Map.of("1", random.nextBoolean() ? Mark.APPROVE : Mark.REJECT), null);
        }
        return marks(random, size);
    }
}
