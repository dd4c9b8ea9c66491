package vn.tochuc.election.counting;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The Vietnamese sentences a counting board reads aloud: the list, the denominator and its exclusions
 * (QĐ 244-QĐ/TW Điều 32), the threshold, the ballots, each name with votes and percentage against D, then
 * the outcome ({@link OutcomeSentences}) and warnings ({@link WarningSentences}). Numbers in sentences use
 * the Vietnamese decimal comma.
 */
final class Explanation {

    private Explanation() {
    }

    static List<String> of(Tallied tallied) {
        var sentences = new ArrayList<String>();
        sentences.add(list(tallied.kind(), tallied.list()));
        sentences.add(denominator(tallied.denominator()));
        sentences.add("Người trúng cử phải đạt ít nhất " + tallied.threshold().minimumVotes()
                + " phiếu (quá một nửa của " + tallied.denominator().value() + ").");
        sentences.add(ballots(tallied.counts()));
        for (int i = 0; i < tallied.list().size(); i++) {
            sentences.add(candidate(tallied, i));
        }
        sentences.addAll(OutcomeSentences.of(tallied));
        sentences.addAll(WarningSentences.of(tallied));
        return sentences;
    }

    private static String list(ElectionKind kind, BallotList list) {
        String start = "Bầu " + kind.body() + ": danh sách bầu cử có " + list.size() + " người";
        return switch (list.kind()) {
            case SURPLUS -> start + ", số lượng cần bầu là " + list.seats() + ", số dư " + list.surplus() + " người.";
            case NO_SURPLUS -> start + ", bằng số lượng cần bầu (không có số dư).";
            case SINGLE_CANDIDATE -> start + ".";
        };
    }

    private static String denominator(Denominator denominator) {
        String convened = denominator.convened() + " " + denominator.congress().convenedNoun() + " được triệu tập";
        var excluded = new StringJoiner("; ");
        for (Exclusion exclusion : Exclusion.values()) {
            if (denominator.count(exclusion) > 0) {
                excluded.add(denominator.count(exclusion) + " " + exclusion.description());
            }
        }
        if (excluded.length() == 0) {
            return "Mẫu số tính kết quả là " + convened + ", không có trường hợp nào phải trừ.";
        }
        return "Mẫu số tính kết quả: " + convened + ", trừ " + excluded + ", còn " + denominator.value() + ".";
    }

    private static String ballots(VoteCounter.Counts counts) {
        if (counts.total() == 0) {
            return "Không có phiếu bầu nào.";
        }
        String start = "Số phiếu thu về là " + counts.total();
        if (counts.invalid() == 0) {
            return start + ", tất cả đều hợp lệ.";
        }
        var reasons = new StringJoiner(", ", " (", ")");
        counts.invalidByReason().forEach((reason, count) -> reasons.add(count + " phiếu " + reason.description()));
        if (counts.valid() == 0) {
            return start + ", tất cả đều không hợp lệ" + reasons + ".";
        }
        return start + ", trong đó " + counts.valid() + " phiếu hợp lệ và " + counts.invalid()
                + " phiếu không hợp lệ" + reasons + ".";
    }

    private static String candidate(Tallied tallied, int index) {
        int votes = tallied.counts().votes(index);
        return "Đồng chí " + tallied.list().name(index) + " đạt " + votes + " phiếu ("
                + Percent.vietnamese(votes, tallied.denominator().value()) + "%), " + verdict(tallied, index) + ".";
    }

    private static String verdict(Tallied tallied, int index) {
        if (tallied.decision().isElected(index)) {
            return "trúng cử";
        }
        if (tallied.decision().isTied(index)) {
            return "quá một nửa nhưng bằng phiếu ở vị trí trúng cử cuối cùng nên chưa trúng cử";
        }
        if (tallied.threshold().isMetBy(tallied.counts().votes(index))) {
            return "quá một nửa nhưng không trúng cử vì đã đủ số lượng người có số phiếu cao hơn";
        }
        return "không đạt quá một nửa, không trúng cử";
    }

    static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
