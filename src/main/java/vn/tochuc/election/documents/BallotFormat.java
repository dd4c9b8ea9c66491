package vn.tochuc.election.documents;

/**
 * The three ballot layouts of QĐ 244-QĐ/TW Điều 17 khoản 1 (kept by QĐ 190-QĐ/TW): the voter strikes
 * out names on a list with a surplus, and marks X in an "agree" or "disagree" box when the list has no
 * surplus or a single name.
 */
public enum BallotFormat {
    /** More names than seats: a numbered list; "gạch ngang cả họ và tên người không bầu". */
    SURPLUS,
    /** As many names as seats (or fewer), more than one: STT, Họ và tên, Đồng ý, Không đồng ý. */
    NO_SURPLUS,
    /** One name: the same two boxes; X in exactly one of them. */
    SINGLE
}
