package vn.tochuc.election.counting;

/**
 * Surplus limits for the executive committee and the standing committee, QĐ 190-QĐ/TW Điều 14 khoản 1:
 * "số dư tối đa do đại hội (hội nghị) quyết định nhưng không quá 30% số lượng cần bầu, trong đó cấp ủy
 * triệu tập … chuẩn bị … số dư từ 10%-15%". A congress may decide a lower maximum: pass another record.
 * Small bodies of 3–5 seats: "Số dư tối đa là 1 người" (Báo Thái Nguyên Q&amp;A 2025; the governing
 * document is not named, so treat as [R]).
 *
 * <p>Whole persons [R, interpretation]: the maximum is the percentage rounded down but never below one
 * person (the list must be longer than the seats); the prepared range runs from the minimum percentage
 * rounded up to the maximum percentage rounded down, and is never empty — so 9 seats prepare exactly 1
 * and 13 seats prepare exactly 2.
 */
public record SurplusRules(int maximumPercent, int preparedMinimumPercent, int preparedMaximumPercent,
                           int smallBodyMinimumSeats, int smallBodyMaximumSeats, int smallBodyMaximumSurplus) {

    /** QĐ 190-QĐ/TW Điều 14 khoản 1: not more than 30 % of the number to elect. */
    public static final int MAXIMUM_PERCENT = 30;
    /** QĐ 190-QĐ/TW Điều 14 khoản 1: the convening committee prepares 10 %–15 %. */
    public static final int PREPARED_MINIMUM_PERCENT = 10;
    public static final int PREPARED_MAXIMUM_PERCENT = 15;
    /** [R] bodies of 3 to 5 members may have a surplus of at most 1. */
    public static final int SMALL_BODY_MINIMUM_SEATS = 3;
    public static final int SMALL_BODY_MAXIMUM_SEATS = 5;
    public static final int SMALL_BODY_MAXIMUM_SURPLUS = 1;

    public static final SurplusRules DEFAULT = new SurplusRules(MAXIMUM_PERCENT, PREPARED_MINIMUM_PERCENT,
            PREPARED_MAXIMUM_PERCENT, SMALL_BODY_MINIMUM_SEATS, SMALL_BODY_MAXIMUM_SEATS, SMALL_BODY_MAXIMUM_SURPLUS);

    public SurplusRules {
        if (maximumPercent < 0 || preparedMinimumPercent < 0 || preparedMinimumPercent > preparedMaximumPercent) {
            throw new IllegalArgumentException("surplus percentages out of order");
        }
    }

    /** The largest surplus allowed for {@code seats}, in persons. */
    public int maximumSurplus(int seats) {
        return Math.max(1, maximumPercent * seats / 100);
    }

    /** The smallest prepared surplus for {@code seats}, in persons (percentage rounded up). */
    public int preparedMinimum(int seats) {
        return (preparedMinimumPercent * seats + 99) / 100;
    }

    /** The largest prepared surplus for {@code seats}, in persons (rounded down, at least the minimum). */
    public int preparedMaximum(int seats) {
        return Math.max(preparedMinimum(seats), preparedMaximumPercent * seats / 100);
    }

    /** True for a body of 3–5 seats by default. */
    public boolean isSmallBody(int seats) {
        return seats >= smallBodyMinimumSeats && seats <= smallBodyMaximumSeats;
    }
}
