package vn.tochuc.election.counting;

import java.util.ArrayList;
import java.util.List;

/**
 * Who is elected, then what happens to open seats: a re-vote among the tied ([R]); for delegates, another
 * round after the first (QĐ 244-QĐ/TW Điều 20 khoản 2); otherwise the congress decides ([R]); for a cell
 * secretary after the third failed round, appointment by the higher committee (QĐ 294-QĐ/TW). For
 * alternate delegates, the substitution order by votes ([R], {@link TallyRules#alternatesByVotes()}).
 */
final class OutcomeSentences {

    /** [R] the wording on ties at the last seat was not retrieved; this is the default proposal. */
    static final String TIE_PROPOSAL = "Đề nghị %s bầu lại trong số các đồng chí bằng phiếu để chọn %d người;"
            + " nếu vẫn bằng phiếu thì %s quyết định.";

    private OutcomeSentences() {
    }

    static List<String> of(Tallied tallied) {
        var sentences = new ArrayList<String>();
        sentences.add(elected(tallied));
        ResultDecision decision = tallied.decision();
        if (decision.unfilledSeats() == 0) {
            sentences.add("Đã bầu đủ số lượng cần bầu (" + tallied.list().seats() + " người).");
        } else if (!decision.tied().isEmpty()) {
            sentences.add(tie(tallied));
        } else if (!decision.elected().isEmpty()) {
            sentences.add("Mới bầu được " + decision.elected().size() + "/" + tallied.list().seats()
                    + " người, còn thiếu " + decision.unfilledSeats() + " người.");
        }
        if (decision.unfilledSeats() > 0) {
            sentences.add(nextStep(tallied));
        }
        if (tallied.kind() == ElectionKind.ALTERNATE_DELEGATES && tallied.rules().alternatesByVotes()
                && !decision.elected().isEmpty()) {
            sentences.addAll(alternates(tallied));
        }
        return sentences;
    }

    private static String elected(Tallied tallied) {
        List<String> names = tallied.names(tallied.decision().elected());
        String body = tallied.kind().body();
        return switch (names.size()) {
            case 0 -> "Không có đồng chí nào trúng cử " + body + ".";
            case 1 -> "Đồng chí " + names.getFirst() + " trúng cử " + body + ".";
            default -> "Các đồng chí trúng cử " + body + ", xếp theo số phiếu từ cao đến thấp: "
                    + String.join(", ", names) + ".";
        };
    }

    private static String tie(Tallied tallied) {
        List<Integer> tied = tallied.decision().tied();
        return "Các đồng chí " + String.join(", ", tallied.names(tied)) + " cùng đạt "
                + tallied.counts().votes(tied.getFirst()) + " phiếu, bằng nhau ở vị trí trúng cử cuối cùng nên chưa"
                + " đồng chí nào trong số này trúng cử, còn thiếu " + tallied.decision().unfilledSeats() + " người.";
    }

    private static String nextStep(Tallied tallied) {
        String assembly = tallied.kind().assembly();
        if (tallied.secretaryAppointed()) {
            return "Chi bộ đã bầu đến lần thứ " + tallied.round() + " mà không có đồng chí nào đủ số phiếu trúng cử"
                    + " bí thư chi bộ; cấp ủy cấp trên căn cứ vào tình hình cụ thể của chi bộ để chỉ định bí thư"
                    + " chi bộ (QĐ 294-QĐ/TW).";
        }
        if (!tallied.decision().tied().isEmpty()) {
            return TIE_PROPOSAL.formatted(assembly, tallied.decision().unfilledSeats(), assembly);
        }
        if (tallied.kind().isDelegates()) {
            return tallied.round() == ElectionSpec.FIRST_ROUND
                    ? "Theo quy chế bầu cử, bầu lần thứ nhất chưa đủ số lượng đại biểu thì bầu tiếp; danh sách bầu"
                    + " lần sau có giới thiệu bổ sung người ngoài danh sách lần trước hay không do đại hội quyết định."
                    : "Đã bầu nhiều lần vẫn chưa đủ số lượng đại biểu; có bầu tiếp hay không, có giới thiệu bổ sung"
                    + " người ngoài danh sách hay không do đại hội quyết định.";
        }
        return Explanation.capitalized(assembly) + " quyết định có bầu tiếp với những đồng chí chưa trúng cử hay"
                + " không, và có giới thiệu bổ sung người ngoài danh sách hay không.";
    }

    private static List<String> alternates(Tallied tallied) {
        List<Integer> elected = tallied.decision().elected();
        var sentences = new ArrayList<String>();
        sentences.add("Thứ tự thay thế của đại biểu dự khuyết theo số phiếu từ cao đến thấp: "
                + String.join(", ", tallied.names(elected)) + ".");
        for (int from = 0; from < elected.size(); ) {
            int to = from;
            while (to + 1 < elected.size() && tallied.counts().votes(elected.get(to + 1))
                    == tallied.counts().votes(elected.get(from))) {
                to++;
            }
            if (to > from) {
                sentences.add("Các đồng chí " + String.join(", ", tallied.names(elected.subList(from, to + 1)))
                        + " bằng phiếu nhau; thứ tự thay thế giữa các đồng chí này do đại hội quyết định.");
            }
            from = to + 1;
        }
        return sentences;
    }
}
