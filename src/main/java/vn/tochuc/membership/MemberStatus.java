package vn.tochuc.membership;

/** Where a member stands, derived from the events. Only the first two count as members of an organisation. */
public enum MemberStatus {
    PROBATIONARY,
    OFFICIAL,
    /** Moved to an organisation outside this system; may come back in. */
    TRANSFERRED_OUT,
    REMOVED,
    EXPELLED,
    DECEASED;

    public boolean isMember() {
        return this == PROBATIONARY || this == OFFICIAL;
    }
}
