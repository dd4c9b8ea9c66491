package vn.tochuc.election.counting;

/**
 * Members' congress (đại hội đảng viên) or delegates' congress (đại hội đại biểu): they use different
 * denominators (QĐ 244-QĐ/TW Điều 32 khoản 2 và 3, giữ nguyên trong QĐ 190-QĐ/TW).
 */
public enum CongressKind {
    MEMBERS("đảng viên chính thức"),
    DELEGATES("đại biểu chính thức");

    private final String convenedNoun;

    CongressKind(String convenedNoun) {
        this.convenedNoun = convenedNoun;
    }

    /** Who is convened, in Vietnamese: "đảng viên chính thức" or "đại biểu chính thức". */
    public String convenedNoun() {
        return convenedNoun;
    }
}
