package vn.tochuc.election;

import java.util.List;

/**
 * One paper ballot across the entry passes. {@code readings} holds each pass's reading (null where the
 * pass has not entered it yet), as read-back text; {@code agreed} is the content counted.
 */
public record BallotState(int ballotNo, Status status, List<String> readings, String agreed, String resolvedBy,
        String reason) {

    public enum Status {
        /** Not every pass has entered it. */
        PENDING,
        /** Every pass read the same. */
        AGREED,
        /** The passes disagree: the head of the board decides against the paper. */
        MISMATCH,
        /** The head decided. */
        RESOLVED
    }

    public boolean counted() {
        return status == Status.AGREED || status == Status.RESOLVED;
    }
}
