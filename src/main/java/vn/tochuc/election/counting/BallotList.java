package vn.tochuc.election.counting;

import java.util.HashSet;
import java.util.List;

/**
 * The election list (danh sách bầu cử) and the number to elect. Its length against the seats decides
 * the ballot format (QĐ 244-QĐ/TW Điều 17 khoản 1, giữ nguyên trong QĐ 190-QĐ/TW).
 *
 * @param candidates names in ballot order, none blank, no name twice
 * @param seats      the number to elect, between 1 and the number of names
 */
public record BallotList(List<String> candidates, int seats) {

    static final String CANDIDATES_FIELD = "election.candidates";
    static final String SEATS_FIELD = "election.seats";

    public BallotList {
        if (candidates == null || candidates.isEmpty()) {
            throw new InvalidTally(CANDIDATES_FIELD, "Danh sách bầu cử không có ai.");
        }
        checkNames(candidates);
        candidates = List.copyOf(candidates);
        if (seats < 1) {
            throw new InvalidTally(SEATS_FIELD, "Số lượng cần bầu phải từ 1 trở lên (nhận được " + seats + ").");
        }
        if (candidates.size() < seats) {
            throw new InvalidTally(CANDIDATES_FIELD, "Danh sách bầu cử có " + candidates.size()
                    + " người, ít hơn số lượng cần bầu (" + seats + ").");
        }
    }

    /** Reads {@code election.candidates} and {@code election.seats} of the request. */
    public static BallotList of(List<String> candidates, Integer seats) {
        if (seats == null) {
            throw new InvalidTally(SEATS_FIELD, "Thiếu số lượng cần bầu.");
        }
        return new BallotList(candidates, seats);
    }

    /** Number of names on the list. */
    public int size() {
        return candidates.size();
    }

    /** Names beyond the seats (số dư); 0 for a list without surplus. */
    public int surplus() {
        return candidates.size() - seats;
    }

    /** The ballot format. */
    public ListKind kind() {
        return ListKind.of(candidates.size(), seats);
    }

    /** The name at a 0-based index. */
    public String name(int index) {
        return candidates.get(index);
    }

    private static void checkNames(List<String> candidates) {
        var seen = new HashSet<String>();
        for (int i = 0; i < candidates.size(); i++) {
            String name = candidates.get(i);
            if (name == null || name.isBlank()) {
                throw new InvalidTally(CANDIDATES_FIELD + "[" + i + "]", "Tên người thứ " + (i + 1)
                        + " trong danh sách bầu cử bị bỏ trống.");
            }
            if (!seen.add(name.strip())) {
                throw new InvalidTally(CANDIDATES_FIELD + "[" + i + "]", "Tên \"" + name.strip()
                        + "\" xuất hiện hai lần trong danh sách bầu cử.");
            }
        }
    }
}
