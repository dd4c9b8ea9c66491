package vn.tochuc.election.counting;

import java.util.List;

/** What the counting board submits: the election and every ballot returned ({@code POST /api/v1/tally}). */
public record TallyRequest(ElectionSpec election, List<BallotInput> ballots) {
}
