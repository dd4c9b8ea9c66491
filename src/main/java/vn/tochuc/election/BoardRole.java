package vn.tochuc.election;

/** Members of the counting board (ban kiểm phiếu, QĐ 190-QĐ/TW Điều 8). */
public enum BoardRole {
    /** Trưởng ban: resolves mismatches against the paper ballot. */
    HEAD,
    /** Ủy viên. */
    MEMBER,
    /** Technical staff for computer counting, not delegates (QĐ 190-QĐ/TW Điều 8). */
    TECHNICIAN
}
