package vn.tochuc.election.counting;

/**
 * The people subtracted from those convened to get the denominator D.
 * Members' congress: QĐ 244-QĐ/TW Điều 32 khoản 2; delegates' congress: Điều 32 khoản 3
 * (both kept in substance by QĐ 190-QĐ/TW).
 */
public enum Exclusion {
    /** Đảng viên đã được giới thiệu sinh hoạt tạm thời ở đảng bộ khác. */
    TEMPORARY_TRANSFER(CongressKind.MEMBERS, "đảng viên sinh hoạt tạm thời ở đảng bộ khác"),
    /** Đảng viên được miễn công tác và sinh hoạt đảng không có mặt (if present and voting, they count). */
    EXEMPT_ABSENT(CongressKind.MEMBERS, "đảng viên được miễn công tác và sinh hoạt đảng không có mặt"),
    /** Đảng viên bị đình chỉ sinh hoạt đảng, bị khởi tố, truy tố, tạm giam. */
    SUSPENDED_OR_PROSECUTED(CongressKind.MEMBERS, "đảng viên bị đình chỉ sinh hoạt đảng hoặc bị khởi tố, truy tố, tạm giam"),
    /** Đảng viên chính thức vắng mặt suốt thời gian đại hội có lý do chính đáng được cấp ủy triệu tập đồng ý. */
    ABSENT_WITH_APPROVED_REASON(CongressKind.MEMBERS,
            "đảng viên vắng mặt suốt thời gian đại hội có lý do chính đáng được cấp ủy đồng ý"),
    /** Cấp ủy viên cấp triệu tập đại hội vắng mặt suốt thời gian đại hội. */
    COMMITTEE_MEMBERS_ABSENT(CongressKind.DELEGATES, "cấp ủy viên cấp triệu tập vắng mặt suốt thời gian đại hội"),
    /** Đại biểu chính thức vắng mặt suốt thời gian đại hội không có đại biểu dự khuyết thay thế. */
    DELEGATES_ABSENT_WITHOUT_ALTERNATE(CongressKind.DELEGATES,
            "đại biểu chính thức vắng mặt suốt thời gian đại hội không có đại biểu dự khuyết thay thế");

    private final CongressKind congress;
    private final String description;

    Exclusion(CongressKind congress, String description) {
        this.congress = congress;
        this.description = description;
    }

    /** The only congress kind whose denominator this exclusion applies to. */
    public CongressKind congress() {
        return congress;
    }

    /** Vietnamese phrase read after the count, e.g. "2 " + description. */
    public String description() {
        return description;
    }
}
