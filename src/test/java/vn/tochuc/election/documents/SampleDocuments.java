package vn.tochuc.election.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import vn.tochuc.election.documents.MinutesSpec.Ballots;
import vn.tochuc.election.documents.MinutesSpec.Base;
import vn.tochuc.election.documents.MinutesSpec.Board;
import vn.tochuc.election.documents.MinutesSpec.Heading;
import vn.tochuc.election.documents.MinutesSpec.Outcome;
import vn.tochuc.election.documents.MinutesSpec.Part;
import vn.tochuc.election.documents.MinutesSpec.Row;
import vn.tochuc.shared.VietnameseText;

/** Test data: the Chiềng Mai congress of July 2025 and Vietnamese names in any number. */
final class SampleDocuments {

    static final String ORGANIZATION = "Đảng bộ xã Chiềng Mai";
    static final String BALLOT_TITLE = "Phiếu bầu Ban Chấp hành Đảng bộ xã Chiềng Mai khóa I";
    static final String TERM = "Nhiệm kỳ 2025–2030";
    static final String HASH = "9f2c4e7a1b3d5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8";

    /** 17 names for 15 seats, in A-B-C order of the given name as on the printed list. */
    static final List<String> LIST = List.of("Lò Thị Ánh", "Nguyễn Thị Ngọc Ánh", "Cầm Văn Bảy", "Quàng Văn Chiến",
            "Lường Thị Dung", "Đinh Văn Đức", "Hà Thị Hằng", "Tòng Văn Hiếu", "Vì Văn Khải", "Lò Văn Khởi",
            "Hoàng Thị Lan", "Bạc Cầm Long", "Mùa A Lử", "Trần Văn Ngữ", "Phạm Thị Thủy", "Điêu Chính Vững", "Lê Văn Ỷ");

    private static final String[] FAMILIES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Vũ", "Võ", "Đặng",
            "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Lò", "Cầm", "Quàng", "Lường", "Điêu", "Tòng", "Mùa"};
    private static final String[] MIDDLES = {"Văn", "Thị", "Đức", "Ngọc", "Minh", "Thu", "Hữu", "Quốc", "Thanh",
            "Xuân", "Thị Ngọc", "Văn Khánh", "Thị Mỹ"};
    private static final String[] GIVEN = {"Ánh", "Bảo", "Chiến", "Dũng", "Đức", "Giang", "Hằng", "Hiếu", "Khải",
            "Lan", "Long", "Lử", "Ngữ", "Nhung", "Phượng", "Quỳnh", "Sơn", "Thủy", "Tuấn", "Uyên", "Vững", "Xuyến",
            "Yến", "Ỷ", "Ưng", "Ơn", "Tường Vi"};

    private SampleDocuments() {
    }

    /** {@code count} different Vietnamese names, sorted the Vietnamese way (given name first). */
    static List<String> names(int count, long seed) {
        Random random = new Random(seed);
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < count) {
            names.add(FAMILIES[random.nextInt(FAMILIES.length)] + " " + MIDDLES[random.nextInt(MIDDLES.length)] + " "
                    + GIVEN[random.nextInt(GIVEN.length)]);
        }
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(VietnameseText.personalNameOrder());
        return sorted;
    }

    static BallotPaperSpec ballots(List<String> names, int seats, PaperSize paper, int perPage, int copies,
            List<String> serials) {
        return new BallotPaperSpec(ORGANIZATION, BALLOT_TITLE, TERM, names, seats, paper, perPage, copies, serials);
    }

    /**
     * Round 1 at a delegates' congress: 120 official delegates convened, 2 committee members and 3 delegates
     * without an alternate absent for the whole congress, so D = 115 and 58 votes are needed. Votes fall from
     * 112 down by 3 each, so the last two of 17 (by votes) are not elected; Hà Thị Hằng has 77 = 66,96% of D.
     */
    static MinutesSpec minutes() {
        List<Integer> votes = List.of(112, 109, 106, 103, 100, 97, 77, 91, 88, 85, 82, 79, 94, 73, 70, 55, 52);
        return minutes(LIST, votes, 15);
    }

    static MinutesSpec minutes(List<String> list, List<Integer> votes, int seats) {
        int denominator = 115;
        List<Row> rows = IntStream.range(0, list.size())
                .mapToObj(i -> new Row(i + 1, list.get(i), votes.get(i), false)).toList();
        List<Row> byVotes = rows.stream().filter(r -> r.votes() > denominator / 2)
                .sorted((a, b) -> Integer.compare(b.votes(), a.votes())).limit(seats).toList();
        List<String> elected = byVotes.stream().map(Row::name).toList();
        List<Row> marked = rows.stream().map(r -> new Row(r.position(), r.name(), r.votes(), elected.contains(r.name())))
                .toList();
        return new MinutesSpec(
                new Heading(ORGANIZATION, "Đại hội đại biểu Đảng bộ xã Chiềng Mai lần thứ I", "nhiệm kỳ 2025–2030",
                        "Bầu Ban Chấp hành Đảng bộ xã khóa I", seats, 1),
                list,
                new Board("Lò Văn Pánh", List.of("Quàng Thị Ữ", "Cầm Văn Ỷ", "Đèo Thị Ngà")),
                new Base("đại biểu", 120, List.of(
                        new Part("cấp ủy viên cấp triệu tập vắng mặt suốt thời gian đại hội", 2),
                        new Part("đại biểu chính thức vắng mặt suốt thời gian đại hội không có đại biểu dự khuyết thay thế", 3)),
                        denominator, 58),
                new Ballots(115, 5, 115, 115, 113, 2, List.of(
                        new Part("bầu quá số lượng cần bầu", 1), new Part("gạch hết tên trong danh sách", 1))),
                marked,
                new Outcome(elected, List.of(), seats - elected.size(), List.of(
                        "Mẫu số tính kết quả là 115 đại biểu; người trúng cử phải được từ 58 phiếu trở lên.",
                        "Có " + elected.size() + " đồng chí được quá một nửa số phiếu so với mẫu số và trúng cử.")),
                HASH, "Chiềng Mai", LocalDate.of(2025, 7, 15));
    }
}
