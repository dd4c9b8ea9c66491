package vn.tochuc.election;

/** A counting-board member; operators have an account and an entry pass (1, 2 or 3). */
public record BoardMemberView(long id, String fullName, BoardRole role, String username, Integer passNo) {
}
