package vn.tochuc.election.counting;

import java.util.ArrayList;
import java.util.List;

/** One "Lưu ý" sentence per warning, citing the rule; the cell-secretary appointment is told in the outcome. */
final class WarningSentences {

    private WarningSentences() {
    }

    static List<String> of(Tallied tallied) {
        var sentences = new ArrayList<String>();
        for (TallyWarning warning : tallied.warnings()) {
            if (warning != TallyWarning.SECRETARY_APPOINTED_BY_HIGHER_COMMITTEE) {
                sentences.add(sentence(warning, tallied));
            }
        }
        return sentences;
    }

    private static String sentence(TallyWarning warning, Tallied tallied) {
        SurplusRules surplus = tallied.rules().surplus();
        CellRules cells = tallied.rules().cells();
        int seats = tallied.list().seats();
        int extra = tallied.list().surplus();
        return switch (warning) {
            case SURPLUS_ABOVE_MAXIMUM -> "Lưu ý: số dư " + extra + " người vượt mức tối đa "
                    + surplus.maximumPercent() + "% số lượng cần bầu (không quá " + surplus.maximumSurplus(seats)
                    + " người) theo QĐ 190-QĐ/TW Điều 14 khoản 1.";
            case SURPLUS_ABOVE_ONE_FOR_SMALL_BODY -> "Lưu ý: cơ quan có từ " + surplus.smallBodyMinimumSeats()
                    + " đến " + surplus.smallBodyMaximumSeats() + " thành viên chỉ được dư tối đa "
                    + surplus.smallBodyMaximumSurplus() + " người, danh sách này dư " + extra + " người.";
            case SURPLUS_OUTSIDE_PREPARED_RANGE -> outsidePreparedRange(surplus, seats, extra);
            case CELL_COMMITTEE_ABOVE_SEVEN -> "Lưu ý: chi bộ bầu không quá " + cells.committeeMaximumSeats()
                    + " chi ủy viên (QĐ 294-QĐ/TW), số lượng cần bầu ở đây là " + seats + ".";
            case CELL_TOO_SMALL_FOR_COMMITTEE -> "Lưu ý: chi bộ có " + tallied.officialMembers()
                    + " đảng viên chính thức, dưới " + cells.committeeMinimumMembers() + "; theo QĐ 294-QĐ/TW chi bộ"
                    + " này không bầu chi ủy mà bầu bí thư, nếu cần bầu một phó bí thư.";
            case SECRETARY_APPOINTED_BY_HIGHER_COMMITTEE -> throw new IllegalArgumentException(warning.name());
        };
    }

    private static String outsidePreparedRange(SurplusRules surplus, int seats, int extra) {
        String range = surplus.preparedMinimumPercent() + "–" + surplus.preparedMaximumPercent() + "% ("
                + preparedPersons(surplus, seats) + ") mà cấp ủy triệu tập chuẩn bị theo QĐ 190-QĐ/TW Điều 14 khoản 1";
        if (extra == 0) {
            return "Lưu ý: danh sách không có số dư, ngoài mức " + range
                    + "; danh sách bầu cấp ủy phải nhiều hơn số lượng cần bầu.";
        }
        return "Lưu ý: số dư " + extra + " người nằm ngoài mức " + range + ".";
    }

    private static String preparedPersons(SurplusRules surplus, int seats) {
        int low = surplus.preparedMinimum(seats);
        int high = surplus.preparedMaximum(seats);
        return low == high ? low + " người" : "từ " + low + " đến " + high + " người";
    }
}
