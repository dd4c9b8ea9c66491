package vn.tochuc.election.counting;

/**
 * Elected only with more than half of D: "Người trúng cử phải được số phiếu bầu quá một nửa so với tổng
 * số đại biểu được triệu tập hoặc so với tổng số đảng viên chính thức" (Điều lệ Đảng Điều 12 khoản 3;
 * QĐ 244-QĐ/TW Điều 32, giữ nguyên trong QĐ 190-QĐ/TW). Not "more than half of the valid ballots", and
 * no "older candidate wins" (those are State election rules).
 *
 * @param denominator D, see {@link Denominator}
 */
public record ElectionThreshold(int denominator) {

    public ElectionThreshold {
        if (denominator <= 0) {
            throw new InvalidTally(Denominator.EXCLUSIONS_FIELD, "Mẫu số tính kết quả phải lớn hơn 0.");
        }
    }

    /** The fewest votes that are more than half of D: D/2 + 1 (integer division). */
    public int minimumVotes() {
        return denominator / 2 + 1;
    }

    /** True when {@code votes} is more than half of D. */
    public boolean isMetBy(int votes) {
        return votes >= minimumVotes();
    }
}
