package vn.tochuc.election;

/** Where an election stands. A published result never changes; an annulment is recorded beside it. */
public enum ElectionStatus {
    /** The list and the board are being prepared. */
    DRAFT,
    /** The list passed its checks and was fixed; ballot papers may be printed. */
    LIST_APPROVED,
    /** Ballots are being entered by the counting board. */
    COUNTING,
    /** Results published: immutable. */
    PUBLISHED,
    /** Annulled by the higher committee (QĐ 190-QĐ/TW Điều 33–35); the published result is kept. */
    ANNULLED
}
