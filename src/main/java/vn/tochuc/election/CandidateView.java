package vn.tochuc.election;

/** A name on the list; {@code position} is the printed order (1-based) among names not withdrawn. */
public record CandidateView(long id, int position, String fullName, CandidateRoute route, Integer approvals,
        boolean official, boolean withdrawn, String withdrawalReason) {
}
