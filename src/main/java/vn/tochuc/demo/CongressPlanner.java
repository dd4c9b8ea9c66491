package vn.tochuc.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.tochuc.congress.CongressKind;
import vn.tochuc.demo.CongressScript.ElectionScript;
import vn.tochuc.demo.CongressScript.Nominee;
import vn.tochuc.demo.CongressScript.Resolution;
import vn.tochuc.demo.CongressScript.Seat;
import vn.tochuc.demo.CongressScript.Typed;
import vn.tochuc.election.BoardRole;
import vn.tochuc.election.CandidateRoute;
import vn.tochuc.election.counting.ElectionKind;
import vn.tochuc.election.counting.Exclusion;
import vn.tochuc.shared.VietnameseText;

/**
 * Writes down the demo's two congresses from the seed: the delegates' congress of the commune of Mường
 * Khoa (August 2025, the first congress of the commune formed on 01/07/2025), held, with its executive
 * committee elected and published; and the members' congress of the ward of Tô Hiệu's agencies, whose
 * executive-committee ballots are still being entered. The names are invented, in the style of a
 * mountainous northern commune (Thái, Mông, Dao and Kinh).
 */
final class CongressPlanner {

    static final int HELD_SEATS = 15;
    static final int HELD_RETURNED = 230;
    /** 235 delegates convened, 1 convening-committee member and 4 delegates without an alternate absent throughout. */
    static final int HELD_DENOMINATOR = 230;
    static final int OPEN_SEATS = 9;
    static final int OPEN_RETURNED = 58;
    static final String WARD_AGENCIES = "Đảng bộ Cơ quan phường Tô Hiệu";

    /** The convening committee's list; the floor nominates one more ({@link #NOMINEE}). */
    static final List<String> MUONG_KHOA = List.of("Lò Văn Pọm", "Cầm Thị Hoa", "Lường Văn Chiến", "Quàng Thị Ánh",
            "Tòng Văn Bun", "Vì Văn Hưởng", "Điêu Chính Tới", "Giàng A Chu", "Sùng A Lử", "Vàng Thị Dợ", "Thào A Páo",
            "Triệu Văn Hin", "Bàn Thị Mẩy", "Nguyễn Văn Hùng", "Trần Thị Thu Trang", "Phạm Đức Long");
    static final String NOMINEE = "Hà Văn Khương";
    static final List<String> TO_HIEU = List.of("Đặng Quốc Bảo", "Hoàng Thị Lan Anh", "Lê Minh Đức",
            "Lò Thị Thanh Huyền", "Ngô Văn Khánh", "Phạm Thị Ngọc Mai", "Bùi Đức Thịnh", "Cầm Văn Hải",
            "Trịnh Thị Hạnh", "Vương Văn Toàn");

    private final Random random;

    private CongressPlanner(long seed) {
        this.random = new Random(seed * 0x9E3779B97F4A7C15L + 2025);
    }

    /** The held congress first, then the one still counting. */
    static List<CongressScript> plan(long seed, ProvincePlan province) {
        CongressPlanner planner = new CongressPlanner(seed);
        return List.of(planner.muongKhoa(province.commune1Key()), planner.toHieu(province.keyNamed(WARD_AGENCIES)));
    }

    private CongressScript muongKhoa(int commune) {
        List<Nominee> nominees = new ArrayList<>();
        MUONG_KHOA.forEach(n -> nominees.add(new Nominee(n, CandidateRoute.COMMITTEE_LIST, null)));
        int attendees = HELD_RETURNED;
        nominees.add(new Nominee(NOMINEE, CandidateRoute.DELEGATE_NOMINATION, attendees * 3 / 10 + 8 + random.nextInt(30)));
        List<String> printed = printedOrder(nominees);
        String doubtful = MUONG_KHOA.get(3 + random.nextInt(MUONG_KHOA.size() - 3));
        double[] weights = weights(printed, Map.of(NOMINEE, 7.0, doubtful, 5.0));
        List<Voting.Paper> papers = drawUntilDecided(weights, HELD_SEATS, HELD_RETURNED, HELD_DENOMINATOR,
                new Voting.Spoilt(2 + random.nextInt(2), 1, 1));
        List<Seat> board = List.of(new Seat("Lò Văn Thuận", BoardRole.HEAD, "truongban", null),
                new Seat("Lường Thị Nga", BoardRole.MEMBER, "kiemphieu1", 1),
                new Seat("Nguyễn Văn Tuấn", BoardRole.MEMBER, "kiemphieu2", 2),
                new Seat("Sùng A Tủa", BoardRole.MEMBER, null, null));
        Entering entering = new Entering(random, papers, printed.size());
        entering.bothPasses("kiemphieu1", "kiemphieu2", HELD_RETURNED, HELD_RETURNED, 3, true);
        var election = new ElectionScript(ElectionKind.EXECUTIVE_COMMITTEE, HELD_SEATS, nominees, 235,
                Map.of(Exclusion.COMMITTEE_MEMBERS_ABSENT, 1, Exclusion.DELEGATES_ABSENT_WITHOUT_ALTERNATE, 4),
                attendees, board, HELD_RETURNED, entering.typed(), entering.resolutions(), true);
        return new CongressScript("xa1", commune, CongressKind.DELEGATES,
                "Đại hội đại biểu Đảng bộ xã Mường Khoa lần thứ I, nhiệm kỳ 2025–2030", "2025–2030",
                LocalDate.of(2025, 8, 27), LocalDate.of(2025, 8, 28), "Hội trường Trung tâm hành chính xã Mường Khoa",
                true, election);
    }

    private CongressScript toHieu(int agencies) {
        List<Nominee> nominees = TO_HIEU.stream().map(n -> new Nominee(n, CandidateRoute.COMMITTEE_LIST, null)).toList();
        List<String> printed = printedOrder(nominees);
        double[] weights = weights(printed, Map.of(TO_HIEU.get(random.nextInt(TO_HIEU.size())), 5.0));
        List<Voting.Paper> papers = Voting.draw(random, weights, OPEN_SEATS, OPEN_RETURNED, new Voting.Spoilt(1, 0, 0));
        List<Seat> board = List.of(new Seat("Đinh Thị Thu Thủy", BoardRole.HEAD, "truongban2", null),
                new Seat("Lương Văn Quân", BoardRole.MEMBER, "kiemphieu3", 1),
                new Seat("Hà Thị Phương", BoardRole.MEMBER, "kiemphieu4", 2),
                new Seat("Tạ Văn Hòa", BoardRole.MEMBER, null, null));
        Entering entering = new Entering(random, papers, printed.size());
        entering.bothPasses("kiemphieu3", "kiemphieu4", Math.round(OPEN_RETURNED * 0.6f), Math.round(OPEN_RETURNED * 0.4f),
                1, false);
        var election = new ElectionScript(ElectionKind.EXECUTIVE_COMMITTEE, OPEN_SEATS, nominees, 62,
                Map.of(Exclusion.TEMPORARY_TRANSFER, 1, Exclusion.ABSENT_WITH_APPROVED_REASON, 3), OPEN_RETURNED, board,
                OPEN_RETURNED, entering.typed(), entering.resolutions(), false);
        return new CongressScript("xa2", agencies, CongressKind.MEMBERS,
                "Đại hội Đảng bộ Cơ quan phường Tô Hiệu lần thứ I, nhiệm kỳ 2025–2030", "2025–2030",
                LocalDate.of(2025, 8, 14), LocalDate.of(2025, 8, 14), "Hội trường Ủy ban nhân dân phường Tô Hiệu",
                false, election);
    }

    /**
     * Draws the ballots again until the result is a plain one: every seat filled with more than half of D
     * and no tie at the last seat (a tie would need another round, which the demo does not play).
     */
    private List<Voting.Paper> drawUntilDecided(double[] weights, int seats, int returned, int denominator,
            Voting.Spoilt spoilt) {
        while (true) {
            List<Voting.Paper> papers = Voting.draw(random, weights, seats, returned, spoilt);
            int[] votes = Voting.votes(papers, weights.length, seats);
            int[] sorted = Arrays.stream(votes).boxed().sorted(Comparator.reverseOrder()).mapToInt(Integer::intValue).toArray();
            if (sorted[seats - 1] > denominator / 2 && sorted[seats - 1] > sorted[seats]) {
                return papers;
            }
        }
    }

    /** Each name's weight in the strikes: about 1 (0.4–1.4), and more for the names the congress doubts. */
    private double[] weights(List<String> printed, Map<String, Double> doubted) {
        double[] weights = new double[printed.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = doubted.getOrDefault(printed.get(i), 0.4 + random.nextDouble());
        }
        return weights;
    }

    /** The list as printed: the election module orders it by given name (personal-name order). */
    static List<String> printedOrder(List<Nominee> nominees) {
        return nominees.stream().map(Nominee::fullName).sorted(VietnameseText.personalNameOrder()).toList();
    }

    /** The two operators at work: who typed what, which ballots one misread, the head's decisions. */
    private static final class Entering {

        private final Random random;
        private final List<Voting.Paper> papers;
        private final int size;
        private final List<Typed> typed = new ArrayList<>();
        private final List<Resolution> resolutions = new ArrayList<>();

        Entering(Random random, List<Voting.Paper> papers, int size) {
            this.random = random;
            this.papers = papers;
            this.size = size;
        }

        /**
         * Pass 1 enters ballots 1…{@code first}, pass 2 follows a little behind up to {@code second};
         * pass 2 misreads {@code misreads} ballots, which the head resolves when {@code resolve}; pass 1
         * corrects one typing slip of its own on the spot.
         */
        void bothPasses(String pass1, String pass2, int first, int second, int misreads, boolean resolve) {
            List<Integer> misread = pick(second, misreads);
            int slip = pick(first, 1).getFirst();
            for (int b = 1; b <= first; b++) {
                Voting.Paper paper = papers.get(b - 1);
                String keys = paper.keys(size);
                if (b == slip) {
                    typed.add(new Typed(pass1, b, new Voting.Paper(Voting.misread(random, paper.struck(), size), null).keys(size)));
                }
                typed.add(new Typed(pass1, b, keys));
                if (b <= second) {
                    String read = keys;
                    if (misread.contains(b)) {
                        read = new Voting.Paper(Voting.misread(random, paper.struck(), size), null).keys(size);
                        if (resolve) {
                            resolutions.add(new Resolution(b, keys, reason(b, paper, read)));
                        }
                    }
                    typed.add(new Typed(pass2, b, read));
                }
            }
        }

        /** {@code count} ballots among 1…{@code upTo} that strike at least one name and can be misread. */
        private List<Integer> pick(int upTo, int count) {
            List<Integer> picked = new ArrayList<>();
            while (picked.size() < count) {
                int b = 1 + random.nextInt(upTo);
                Voting.Paper paper = papers.get(b - 1);
                if (!picked.contains(b) && paper.declared() == null && !paper.struck().isEmpty()
                        && !Voting.misread(random, paper.struck(), size).isEmpty()) {
                    picked.add(b);
                }
            }
            return picked;
        }

        private String reason(int ballotNo, Voting.Paper paper, String read) {
            return "Đối chiếu phiếu giấy số " + ballotNo + ": phiếu gạch tên số " + String.join(", ",
                    paper.struck().stream().map(String::valueOf).toList()) + "; lượt 2 nhập nhầm thành \"" + read + "\".";
        }

        List<Typed> typed() {
            return typed;
        }

        List<Resolution> resolutions() {
            return resolutions;
        }
    }
}
