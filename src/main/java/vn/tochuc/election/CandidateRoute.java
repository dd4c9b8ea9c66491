package vn.tochuc.election;

/** How a name entered the list (QĐ 190-QĐ/TW Điều 14 khoản 3). */
public enum CandidateRoute {
    /** Nominated by the convening committee: the official list. */
    COMMITTEE_LIST,
    /** Nominated by delegates (members) at the congress: needs more than 30 % of attendees' approval. */
    DELEGATE_NOMINATION,
    /** Self-nominated: needs more than 30 % of attendees' approval. */
    SELF_NOMINATION;

    public boolean needsApproval() {
        return this != COMMITTEE_LIST;
    }
}
