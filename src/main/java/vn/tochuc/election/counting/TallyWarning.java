package vn.tochuc.election.counting;

/**
 * Something the counting board or the presidium should look at. Warnings never block a tally.
 */
public enum TallyWarning {
    /** Committee or standing committee: surplus above the maximum (30 % by default), QĐ 190-QĐ/TW Điều 14 khoản 1. */
    SURPLUS_ABOVE_MAXIMUM,
    /** Body of 3–5 seats with a surplus above one person (Q&A Báo Thái Nguyên 2025, source document not named). */
    SURPLUS_ABOVE_ONE_FOR_SMALL_BODY,
    /** Surplus outside the 10–15 % the convening committee prepares, QĐ 190-QĐ/TW Điều 14 khoản 1. */
    SURPLUS_OUTSIDE_PREPARED_RANGE,
    /** A cell elects at most 7 cell-committee members, QĐ 294-QĐ/TW. */
    CELL_COMMITTEE_ABOVE_SEVEN,
    /** A cell with fewer than 9 official members elects a secretary, not a cell committee, QĐ 294-QĐ/TW. */
    CELL_TOO_SMALL_FOR_COMMITTEE,
    /** Third failed round for the cell secretary: the higher committee appoints, QĐ 294-QĐ/TW. */
    SECRETARY_APPOINTED_BY_HIGHER_COMMITTEE
}
