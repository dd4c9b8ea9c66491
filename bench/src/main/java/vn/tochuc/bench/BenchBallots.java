package vn.tochuc.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.tochuc.election.counting.BallotInput;
import vn.tochuc.election.counting.InvalidReason;
import vn.tochuc.election.counting.Mark;

/**
 * The ballots of a national-size election, drawn from a seed: 200 names, 1,600 ballots. On the list with
 * surplus (180 seats) most ballots strike 20–25 names, a few are spoilt (too few struck, all struck, not
 * issued by the board). On the list without surplus (200 seats) most names are marked "đồng ý", some
 * "không đồng ý", a few carry both or no mark. Each ballot exists in three shapes: the engine's input,
 * the keys an operator types, and the positions not voted for (the raw-SQL table).
 */
final class BenchBallots {

    static final int NAMES = 200;
    static final int SEATS = 180;
    static final int BALLOTS = 1_600;

    private static final String[] SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Lò", "Cầm", "Giàng", "Triệu", "Hà", "Lường", "Đinh"};
    private static final String[] MIDDLES = {"Văn", "Thị", "Đức", "Minh", "Quốc", "Thanh", "Hữu", "Ngọc", "Xuân",
            "Thu", "Hồng", "Công"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hiếu", "Hòa", "Hùng",
            "Hương", "Khánh", "Lan", "Long", "Mai", "Minh", "Nam", "Nga", "Phong", "Phương", "Quang", "Quân", "Sơn",
            "Tâm", "Thắng", "Thành", "Thảo", "Thủy", "Trang", "Trung", "Tuấn", "Vinh", "Yến", "Chiến", "Pọm", "Páo"};

    /** One ballot: the engine's input, what an operator types, and the positions that get no vote from it. */
    record Ballot(BallotInput input, String keys, Set<Integer> notVoted, boolean declaredInvalid) {
    }

    final List<String> names;
    final List<Ballot> surplus;
    final List<Ballot> plain;

    BenchBallots(long seed) {
        Random random = new Random(seed);
        this.names = names(random);
        this.surplus = new ArrayList<>(BALLOTS);
        this.plain = new ArrayList<>(BALLOTS);
        for (int b = 0; b < BALLOTS; b++) {
            surplus.add(striking(random, b));
            plain.add(marking(random));
        }
    }

    List<BallotInput> inputs(List<Ballot> ballots) {
        return ballots.stream().map(Ballot::input).toList();
    }

    /** Unique names; the election module prints them in personal-name order. */
    private static List<String> names(Random random) {
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < NAMES) {
            names.add(SURNAMES[random.nextInt(SURNAMES.length)] + " " + MIDDLES[random.nextInt(MIDDLES.length)] + " "
                    + GIVEN[random.nextInt(GIVEN.length)]);
        }
        return List.copyOf(names);
    }

    private static Ballot striking(Random random, int index) {
        int surplus = NAMES - SEATS;
        if (index % 400 == 7) {
            return new Ballot(BallotInput.declaredInvalid(InvalidReason.NOT_ISSUED_BY_BOARD), "x1", Set.of(), true);
        }
        int count = switch (index % 400) {
            case 19, 211 -> random.nextInt(surplus);      // too few struck: more kept than seats
            case 333 -> NAMES;                            // everything struck
            default -> surplus + (random.nextInt(10) < 7 ? 0 : 1 + random.nextInt(5));
        };
        TreeSet<Integer> struck = new TreeSet<>();
        while (struck.size() < count) {
            // the first tenth of the list is struck three times as often: someone has to lose
            int p = random.nextInt(4) == 0 ? 1 + random.nextInt(NAMES / 10) : 1 + random.nextInt(NAMES);
            struck.add(p);
        }
        String keys = count == NAMES ? "*" : struck.isEmpty() ? "0"
                : struck.stream().map(String::valueOf).collect(Collectors.joining(" "));
        return new Ballot(BallotInput.striking(struck.toArray(Integer[]::new)), keys, Set.copyOf(struck), false);
    }

    private static Ballot marking(Random random) {
        Map<String, Mark> marks = new HashMap<>();
        TreeSet<Integer> notVoted = new TreeSet<>();
        for (int p = 1; p <= NAMES; p++) {
            int r = random.nextInt(1000);
            Mark mark = r < 930 ? Mark.APPROVE : r < 990 ? Mark.REJECT : r < 995 ? Mark.BOTH : Mark.NEITHER;
            marks.put(Integer.toString(p), mark);
            if (mark != Mark.APPROVE) {
                notVoted.add(p);
            }
        }
        return new Ballot(BallotInput.marking(marks), null, Set.copyOf(notVoted), false);
    }
}
