package vn.tochuc.election.counting;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The denominator D against which "more than half" is measured — never the ballots cast or the
 * valid ballots.
 * <ul>
 *   <li>Members' congress: official members convened, minus members temporarily transferred to another
 *       committee, exempt members who are absent, suspended or prosecuted members, and members absent
 *       for the whole congress with an approved reason (QĐ 244-QĐ/TW Điều 32 khoản 2, giữ nguyên trong
 *       QĐ 190-QĐ/TW).</li>
 *   <li>Delegates' congress: official delegates convened, minus convening-committee members absent for
 *       the whole congress and official delegates absent for the whole congress with no alternate in
 *       their place (Điều 32 khoản 3).</li>
 * </ul>
 * Charter basis: Điều lệ Đảng Điều 12 khoản 3.
 *
 * @param exclusions counts by exclusion; only kinds that fit {@code congress}, none negative
 */
public record Denominator(CongressKind congress, int convened, Map<Exclusion, Integer> exclusions) {

    static final String EXCLUSIONS_FIELD = "election.exclusions";

    public Denominator {
        if (convened < 1) {
            throw new InvalidTally("election.convened", "Số " + congress.convenedNoun()
                    + " được triệu tập phải lớn hơn 0 (nhận được " + convened + ").");
        }
        var copy = new EnumMap<Exclusion, Integer>(Exclusion.class);
        exclusions.forEach((exclusion, count) -> copy.put(exclusion, checked(congress, exclusion, count)));
        exclusions = Collections.unmodifiableMap(copy);
        if (value(convened, copy) < 1) {
            throw new InvalidTally(EXCLUSIONS_FIELD, "Mẫu số tính kết quả phải lớn hơn 0: " + convened + " "
                    + congress.convenedNoun() + " được triệu tập, trừ " + excluded(copy) + ", còn "
                    + value(convened, copy) + ".");
        }
    }

    /** Reads the request's {@code election.convened} and {@code election.exclusions} (keys by name). */
    public static Denominator of(CongressKind congress, Integer convened, Map<String, Integer> exclusions) {
        if (convened == null) {
            throw new InvalidTally("election.convened", "Thiếu số " + congress.convenedNoun() + " được triệu tập.");
        }
        var parsed = new EnumMap<Exclusion, Integer>(Exclusion.class);
        if (exclusions != null) {
            exclusions.forEach((name, count) -> parsed.put(exclusionNamed(name), count));
        }
        return new Denominator(congress, convened, parsed);
    }

    /** D: convened minus every exclusion. */
    public int value() {
        return value(convened, exclusions);
    }

    /** The count for one exclusion, 0 when absent. */
    public int count(Exclusion exclusion) {
        return exclusions.getOrDefault(exclusion, 0);
    }

    private static int value(int convened, Map<Exclusion, Integer> exclusions) {
        return convened - excluded(exclusions);
    }

    private static int excluded(Map<Exclusion, Integer> exclusions) {
        return exclusions.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static Exclusion exclusionNamed(String name) {
        for (Exclusion exclusion : Exclusion.values()) {
            if (exclusion.name().equals(name)) {
                return exclusion;
            }
        }
        throw new InvalidTally(EXCLUSIONS_FIELD + "." + name, "Không có trường hợp trừ khỏi mẫu số tên là \""
                + name + "\".");
    }

    private static int checked(CongressKind congress, Exclusion exclusion, Integer count) {
        String field = EXCLUSIONS_FIELD + "." + exclusion.name();
        if (exclusion.congress() != congress) {
            throw new InvalidTally(field, "Trường hợp trừ \"" + exclusion.description() + "\" không áp dụng cho "
                    + (congress == CongressKind.MEMBERS ? "đại hội đảng viên." : "đại hội đại biểu."));
        }
        if (count == null || count < 0) {
            throw new InvalidTally(field, "Số " + exclusion.description() + " phải là số không âm (nhận được "
                    + count + ").");
        }
        return count;
    }
}
