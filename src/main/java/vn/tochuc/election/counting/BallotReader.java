package vn.tochuc.election.counting;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link BallotInput} into a {@link Ballot}, or raises {@link InvalidTally} naming the field:
 * exactly one of {@code struck}, {@code marks}, {@code invalid}; strikes only on a surplus list and marks
 * only on a list without surplus (QĐ 244-QĐ/TW Điều 17 khoản 1); positions on the list, none twice.
 * Works on int arrays reused from ballot to ballot; not thread-safe: one reader per tally.
 */
final class BallotReader {

    /** Returned by {@link #parsePosition(String)} for anything but "1", "2", …; never on a list. */
    private static final int NOT_A_POSITION = 0;

    private final BallotList list;
    private final int[] seenOnBallot;
    private final int[] approved;
    private int approvedCount;
    private Mark first;

    BallotReader(BallotList list) {
        this.list = list;
        this.seenOnBallot = new int[list.size()];
        this.approved = new int[list.size()];
    }

    Ballot read(int index, BallotInput input) {
        String field = "ballots[" + index + "]";
        if (input == null) {
            throw new InvalidTally(field, "Phiếu thứ " + (index + 1) + " bị bỏ trống.");
        }
        int given = (input.struck() != null ? 1 : 0) + (input.marks() != null ? 1 : 0) + (input.invalid() != null ? 1 : 0);
        if (given != 1) {
            throw new InvalidTally(field, "Phiếu thứ " + (index + 1)
                    + " phải có đúng một trong ba mục: struck (tên bị gạch), marks (đánh dấu) hoặc invalid (lý do không hợp lệ).");
        }
        if (input.invalid() != null) {
            return declared(field + ".invalid", input.invalid());
        }
        return input.struck() != null ? strikes(index, field + ".struck", input.struck())
                : marks(index, field + ".marks", input.marks());
    }

    private Ballot declared(String field, String reason) {
        return InvalidReason.declaredByBoard(reason).<Ballot>map(Ballot.DeclaredInvalid::new).orElseThrow(() ->
                new InvalidTally(field, "Lý do phiếu không hợp lệ \"" + reason + "\" không có trong danh mục "
                        + "(NOT_ISSUED_BY_BOARD, ADDED_NAMES, EXTRA_MARKS, TORN_OR_ILLEGIBLE, OTHER)."));
    }

    private Ballot strikes(int index, String field, List<Integer> struck) {
        if (list.kind() != ListKind.SURPLUS) {
            throw new InvalidTally(field, "Phiếu thứ " + (index + 1) + ": danh sách không có số dư nên phiếu "
                    + "phải ghi đồng ý/không đồng ý (marks), không gạch tên (struck).");
        }
        int[] positions = new int[struck.size()];
        for (int j = 0; j < positions.length; j++) {
            Integer position = struck.get(j);
            int checked = position == null ? NOT_A_POSITION : position;
            if (!isFresh(index, checked)) {
                reject(index, field + "[" + j + "]", checked, String.valueOf(position));
            }
            positions[j] = checked - 1;
        }
        return new Ballot.Strikes(positions);
    }

    private Ballot marks(int index, String field, Map<String, Mark> marks) {
        if (list.kind() == ListKind.SURPLUS) {
            throw new InvalidTally(field, "Phiếu thứ " + (index + 1) + ": danh sách có số dư nên phiếu phải gạch "
                    + "tên (struck), không ghi đồng ý/không đồng ý (marks).");
        }
        approvedCount = 0;
        first = Mark.NEITHER;
        marks.forEach((key, mark) -> mark(index, field, key, mark));
        return new Ballot.Marks(Arrays.copyOf(approved, approvedCount), first);
    }

    private void mark(int index, String field, String key, Mark mark) {
        int position = parsePosition(key);
        if (!isFresh(index, position)) {
            reject(index, field + "." + key, position, "\"" + key + "\"");
        }
        if (mark == null) {
            throw new InvalidTally(field + "." + key, "Phiếu thứ " + (index + 1) + ": thiếu dấu cho người số "
                    + position + ".");
        }
        if (BallotValidity.isVote(mark)) {
            approved[approvedCount++] = position - 1;
        }
        if (position == 1) {
            first = mark;
        }
    }

    /** True when the 1-based {@code position} is on the list and not yet seen on this ballot; marks it seen. */
    private boolean isFresh(int index, int position) {
        if (position < 1 || position > list.size() || seenOnBallot[position - 1] == index + 1) {
            return false;
        }
        seenOnBallot[position - 1] = index + 1;
        return true;
    }

    private void reject(int index, String field, int position, String shown) {
        if (position < 1 || position > list.size()) {
            throw new InvalidTally(field, "Phiếu thứ " + (index + 1) + ": số thứ tự " + shown
                    + " không có trong danh sách bầu cử (từ 1 đến " + list.size() + ").");
        }
        throw new InvalidTally(field, "Phiếu thứ " + (index + 1) + ": số thứ tự " + position + " được ghi hai lần.");
    }

    /** "1", "2", … only — no sign, no leading zero — so one position has one spelling. */
    private static int parsePosition(String key) {
        if (key == null || key.isEmpty() || key.length() > 9 || key.charAt(0) == '0') {
            return NOT_A_POSITION;
        }
        int value = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return NOT_A_POSITION;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
