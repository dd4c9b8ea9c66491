package vn.tochuc.election.counting;

/**
 * What is being elected. Committee and standing-committee lists carry the surplus rules of
 * QĐ 190-QĐ/TW Điều 14 khoản 1; the cell kinds follow QĐ 294-QĐ/TW (2025).
 */
public enum ElectionKind {
    EXECUTIVE_COMMITTEE("Ban Chấp hành", true, false),
    STANDING_COMMITTEE("Ban Thường vụ", false, false),
    SECRETARY("Bí thư", false, true),
    DEPUTY_SECRETARY("Phó Bí thư", false, false),
    INSPECTION_COMMITTEE("Ủy ban Kiểm tra", false, false),
    INSPECTION_CHAIR("Chủ nhiệm Ủy ban Kiểm tra", false, true),
    DELEGATES("đại biểu chính thức dự đại hội cấp trên", true, false),
    ALTERNATE_DELEGATES("đại biểu dự khuyết dự đại hội cấp trên", true, false),
    CELL_COMMITTEE("chi ủy", true, false),
    CELL_SECRETARY("bí thư chi bộ", true, true),
    /** QĐ 294-QĐ/TW: the cell elects "một phó bí thư". */
    CELL_DEPUTY_SECRETARY("phó bí thư chi bộ", true, true);

    private final String body;
    private final boolean electedByCongress;
    private final boolean singleSeat;

    ElectionKind(String body, boolean electedByCongress, boolean singleSeat) {
        this.body = body;
        this.electedByCongress = electedByCongress;
        this.singleSeat = singleSeat;
    }

    /** The post or body in Vietnamese, as read after "trúng cử". */
    public String body() {
        return body;
    }

    /**
     * Who votes: "đại hội" for the congress itself, "hội nghị" for a plenum of the new committee
     * (standing committee, secretaries, inspection committee and its chair). A congress that elects its
     * secretary directly is still called "hội nghị" here; the wording is the only effect.
     */
    public String assembly() {
        return electedByCongress ? "đại hội" : "hội nghị";
    }

    /** One person only: a secretary, an inspection chair, the cell's one deputy secretary. */
    public boolean singleSeat() {
        return singleSeat;
    }

    /** Committee and standing committee: the surplus rules of QĐ 190-QĐ/TW Điều 14 khoản 1 apply. */
    public boolean hasSurplusRules() {
        return this == EXECUTIVE_COMMITTEE || this == STANDING_COMMITTEE;
    }

    /** Official or alternate delegates to the higher congress (QĐ 244-QĐ/TW Điều 20 khoản 2). */
    public boolean isDelegates() {
        return this == DELEGATES || this == ALTERNATE_DELEGATES;
    }
}
