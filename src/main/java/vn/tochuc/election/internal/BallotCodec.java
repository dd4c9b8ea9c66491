package vn.tochuc.election.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import vn.tochuc.election.counting.BallotInput;
import vn.tochuc.election.counting.InvalidReason;
import vn.tochuc.election.counting.ListKind;
import vn.tochuc.election.counting.Mark;
import vn.tochuc.shared.DomainException;

/**
 * One ballot in three shapes: what the operator types (keyboard-first), the canonical text stored in the
 * entry log ({@code S:2,5}, {@code M:ARBN}, {@code I:NOT_ISSUED_BY_BOARD}) and the engine's input.
 *
 * <p>Typing: on a list with surplus, the list numbers of the struck names ("2 5"; "0" or nothing: none
 * struck; "*": all struck). On a list without surplus, the numbers marked "không đồng ý" ("3"), with
 * {@code c} for both boxes ("3c") and {@code t} for neither ("3t"); unnamed positions are "đồng ý". A
 * ballot the board declares invalid: {@code x} (other reason), {@code x1} not issued by the board,
 * {@code x2} names added, {@code x3} other marks, {@code x4} torn or illegible.
 */
public final class BallotCodec {

    private static final InvalidReason[] DECLARED = {InvalidReason.OTHER, InvalidReason.NOT_ISSUED_BY_BOARD,
            InvalidReason.ADDED_NAMES, InvalidReason.EXTRA_MARKS, InvalidReason.TORN_OR_ILLEGIBLE};

    private BallotCodec() {
    }

    /** Reads what the operator typed into canonical content for a list of {@code size} names. */
    public static String parse(String typed, ListKind kind, int size) {
        String text = typed == null ? "" : typed.strip().toLowerCase();
        if (text.startsWith("x")) {
            return "I:" + declared(text.substring(1).strip()).name();
        }
        return kind == ListKind.SURPLUS ? struck(text, size) : marks(text, size);
    }

    public static BallotInput toInput(String content) {
        String body = content.substring(2);
        return switch (content.charAt(0)) {
            case 'S' -> new BallotInput(body.isEmpty() ? List.of()
                    : java.util.Arrays.stream(body.split(",")).map(Integer::valueOf).toList(), null, null);
            case 'M' -> {
                Map<String, Mark> marks = new LinkedHashMap<>();
                for (int i = 0; i < body.length(); i++) {
                    marks.put(Integer.toString(i + 1), mark(body.charAt(i)));
                }
                yield new BallotInput(null, marks, null);
            }
            default -> new BallotInput(null, null, body);
        };
    }

    /** What the ballot says in Vietnamese, read back to the operator and shown side by side on mismatch. */
    public static String readBack(String content, List<String> names) {
        String body = content.substring(2);
        if (content.charAt(0) == 'I') {
            return "Ban kiểm phiếu xác định không hợp lệ: " + InvalidReason.valueOf(body).description() + ".";
        }
        if (content.charAt(0) == 'S') {
            if (body.isEmpty()) {
                return "Không gạch tên nào (giữ cả " + names.size() + " tên).";
            }
            List<String> struck = new ArrayList<>();
            for (String p : body.split(",")) {
                struck.add(p + ". " + names.get(Integer.parseInt(p) - 1));
            }
            return "Gạch tên: " + String.join("; ", struck) + ". Giữ lại " + (names.size() - struck.size()) + " tên.";
        }
        List<String> parts = new ArrayList<>();
        describe(body, names, 'R', "Không đồng ý", parts);
        describe(body, names, 'B', "Đánh cả hai ô", parts);
        describe(body, names, 'N', "Không đánh dấu", parts);
        return parts.isEmpty() ? "Đồng ý tất cả " + names.size() + " người." : String.join(". ", parts) + ". Còn lại đồng ý.";
    }

    private static void describe(String body, List<String> names, char code, String label, List<String> out) {
        List<String> hits = new ArrayList<>();
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) == code) {
                hits.add((i + 1) + ". " + names.get(i));
            }
        }
        if (!hits.isEmpty()) {
            out.add(label + ": " + String.join("; ", hits));
        }
    }

    private static String struck(String text, int size) {
        if (text.equals("*")) {
            StringBuilder all = new StringBuilder("S:");
            for (int i = 1; i <= size; i++) {
                all.append(i == 1 ? "" : ",").append(i);
            }
            return all.toString();
        }
        TreeSet<Integer> positions = new TreeSet<>();
        for (String token : tokens(text)) {
            int p = position(token, size);
            if (p == 0 && tokens(text).size() == 1) {
                break;
            }
            if (p == 0 || !positions.add(p)) {
                throw new DomainException("keys", "election.error.keys.duplicate", token);
            }
        }
        return "S:" + String.join(",", positions.stream().map(String::valueOf).toList());
    }

    private static String marks(String text, int size) {
        char[] marks = "A".repeat(size).toCharArray();
        for (String token : tokens(text)) {
            char suffix = Character.isLetter(token.charAt(token.length() - 1)) ? token.charAt(token.length() - 1) : 'k';
            String digits = Character.isLetter(suffix) && token.length() > 1 && Character.isLetter(token.charAt(token.length() - 1))
                    ? token.substring(0, token.length() - 1) : token;
            int p = position(digits, size);
            if (p == 0 || marks[p - 1] != 'A') {
                throw new DomainException("keys", "election.error.keys.duplicate", token);
            }
            marks[p - 1] = switch (suffix) {
                case 'k' -> 'R';
                case 'c' -> 'B';
                case 't' -> 'N';
                default -> throw new DomainException("keys", "election.error.keys.mark", token);
            };
        }
        return "M:" + new String(marks);
    }

    private static List<String> tokens(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split("[\\s,;]+"));
    }

    private static int position(String token, int size) {
        int p;
        try {
            p = Integer.parseInt(token);
        } catch (NumberFormatException e) {
            throw new DomainException("keys", "election.error.keys.number", token);
        }
        if (p < 0 || p > size) {
            throw new DomainException("keys", "election.error.keys.range", p, size);
        }
        return p;
    }

    private static InvalidReason declared(String code) {
        if (code.isEmpty()) {
            return InvalidReason.OTHER;
        }
        if (code.matches("[1-4]")) {
            return DECLARED[Integer.parseInt(code)];
        }
        return InvalidReason.declaredByBoard(code.toUpperCase())
                .orElseThrow(() -> new DomainException("keys", "election.error.keys.reason", code));
    }

    private static Mark mark(char c) {
        return switch (c) {
            case 'A' -> Mark.APPROVE;
            case 'R' -> Mark.REJECT;
            case 'B' -> Mark.BOTH;
            default -> Mark.NEITHER;
        };
    }
}
