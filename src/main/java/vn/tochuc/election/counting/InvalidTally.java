package vn.tochuc.election.counting;

import java.util.Objects;

/**
 * The request cannot be counted: it breaks the shape of the election or of a ballot.
 * {@link #field()} names the JSON field (e.g. {@code ballots[3].struck[1]},
 * {@code election.exclusions.COMMITTEE_MEMBERS_ABSENT}); the message is Vietnamese, for a clerk.
 */
public final class InvalidTally extends RuntimeException {

    private final String field;

    public InvalidTally(String field, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.field = Objects.requireNonNull(field, "field");
    }

    /** The JSON path of the offending field, array indices 0-based as in the request. */
    public String field() {
        return field;
    }
}
