package vn.tochuc.election.counting;

import java.util.Optional;

/**
 * Why a ballot is invalid (phiếu không hợp lệ), QĐ 244-QĐ/TW Điều 17 khoản 2 (giữ nguyên trong QĐ 190).
 * The first four are found by the engine; the others are declared by the counting board, which
 * "xem xét và kết luận về các phiếu không hợp lệ" (QĐ 190-QĐ/TW Điều 8).
 * The declaration order is the order of {@code invalidByReason} in the result.
 */
public enum InvalidReason {
    /** Surplus list, more names kept than seats ("bầu quá số lượng cần bầu"). [C-old] */
    TOO_MANY_KEPT(false, "bầu quá số lượng cần bầu"),
    /** Surplus list, every name struck ("không bầu ai"). [C-old] */
    ALL_STRUCK(false, "gạch hết tên trong danh sách"),
    /** Single-candidate list, X in both boxes. [R] see {@link TallyRules#SINGLE_CANDIDATE_NEEDS_ONE_MARK}. */
    BOTH_MARKED(false, "đánh dấu vào cả hai ô"),
    /** Single-candidate list, X in neither box. [R] see {@link TallyRules#SINGLE_CANDIDATE_NEEDS_ONE_MARK}. */
    NONE_MARKED(false, "không đánh dấu vào ô nào"),
    /** Not issued by the counting board. [C-old] */
    NOT_ISSUED_BY_BOARD(true, "không do ban kiểm phiếu phát ra"),
    /** Names added that are not on the list. [R, from practice] */
    ADDED_NAMES(true, "ghi thêm tên người ngoài danh sách"),
    /** Other marks or signs added to the ballot. [R, from practice] */
    EXTRA_MARKS(true, "có thêm ký hiệu khác"),
    /** Torn, or the voter's choice cannot be read. [R, from practice] */
    TORN_OR_ILLEGIBLE(true, "bị rách hoặc không xác định được nội dung"),
    /** Any other reason the board records in its minutes. */
    OTHER(true, "không hợp lệ vì lý do khác");

    private final boolean declaredByBoard;
    private final String description;

    InvalidReason(boolean declaredByBoard, String description) {
        this.declaredByBoard = declaredByBoard;
        this.description = description;
    }

    /** True for the reasons a ballot may carry in the {@code invalid} field of the request. */
    public boolean declaredByBoard() {
        return declaredByBoard;
    }

    /** Vietnamese phrase read after a count, e.g. "3 phiếu " + description. */
    public String description() {
        return description;
    }

    /** The board-declared reason with this exact name, if any. */
    public static Optional<InvalidReason> declaredByBoard(String name) {
        for (InvalidReason reason : values()) {
            if (reason.declaredByBoard && reason.name().equals(name)) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }
}
