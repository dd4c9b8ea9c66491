package vn.tochuc.election.counting;

/**
 * A voter's mark next to one name on a list without surplus (columns "đồng ý" / "không đồng ý",
 * QĐ 244-QĐ/TW Điều 17 khoản 1). Only {@link #APPROVE} is a vote.
 */
public enum Mark {
    /** X in "đồng ý". */
    APPROVE,
    /** X in "không đồng ý". */
    REJECT,
    /** X in both boxes. */
    BOTH,
    /** No X at all; also what a position missing from the ballot means. */
    NEITHER
}
