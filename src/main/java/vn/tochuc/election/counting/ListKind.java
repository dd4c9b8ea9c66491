package vn.tochuc.election.counting;

/**
 * The ballot format, decided by the list alone (QĐ 244-QĐ/TW Điều 17 khoản 1, giữ nguyên trong QĐ 190).
 */
public enum ListKind {
    /** More names than seats: voters strike the names they do not elect ("gạch tên"). */
    SURPLUS,
    /** As many names as seats, more than one: columns "đồng ý" / "không đồng ý". */
    NO_SURPLUS,
    /** One name for one seat: "đồng ý" / "không đồng ý", exactly one box. */
    SINGLE_CANDIDATE;

    /** The format for a list of {@code candidates} names electing {@code seats} people ({@code candidates >= seats >= 1}). */
    public static ListKind of(int candidates, int seats) {
        if (candidates > seats) {
            return SURPLUS;
        }
        return candidates == 1 ? SINGLE_CANDIDATE : NO_SURPLUS;
    }
}
