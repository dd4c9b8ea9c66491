package vn.tochuc.election.documents;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import vn.tochuc.shared.VietnameseText;

/** Test data: the Chiềng Mai congress of July 2025 and Vietnamese names in any number. */
final class SampleDocuments {

    static final String ORGANIZATION = "Đảng bộ xã Chiềng Mai";
    static final String BALLOT_TITLE = "Phiếu bầu Ban Chấp hành Đảng bộ xã Chiềng Mai khóa I";
    static final String TERM = "Nhiệm kỳ 2025–2030";

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
}
