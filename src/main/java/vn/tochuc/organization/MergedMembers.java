package vn.tochuc.organization;

import java.time.LocalDate;

/**
 * Moves the party activity of the members filed in an organisation that merges into another: on the merger's
 * day each becomes a member of the organisation it merges into, as the streamlining decisions do for whole cells.
 * Implemented by the membership module (which alone writes members' histories), in the caller's transaction and
 * under the acting user's rights; a member it cannot move refuses the whole merger. Without the membership
 * module there is nobody to move.
 */
public interface MergedMembers {

    /** Returns how many members were moved from {@code fromId} to {@code toId} on {@code day}. */
    int transferAll(long fromId, long toId, LocalDate day, String decisionRef, String reason);
}
