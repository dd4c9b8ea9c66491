package vn.tochuc.membership;

/**
 * Where a person stands on the way to admission (HD 12-HD/BTCTW 2022; rules §5.1), in order. The last two are
 * ends: admitted at the ceremony (the person is now a member), or dropped with a reason.
 */
public enum CandidateStage {
    /** Quần chúng ưu tú: introduced as an outstanding person of the masses. */
    OUTSTANDING,
    /** Has the certificate of the awareness course (lớp bồi dưỡng nhận thức về Đảng). */
    COURSE,
    /** The admission dossier (hồ sơ) is complete. */
    DOSSIER,
    /** The competent committee has decided the admission (quyết định kết nạp). */
    DECISION,
    /** The ceremony (lễ kết nạp) was held: a probationary member. */
    ADMITTED,
    DROPPED;

    public boolean isOpen() {
        return this != ADMITTED && this != DROPPED;
    }

    /** The stage that follows an open one. */
    public CandidateStage next() {
        return switch (this) {
            case OUTSTANDING -> COURSE;
            case COURSE -> DOSSIER;
            case DOSSIER -> DECISION;
            case DECISION -> ADMITTED;
            case ADMITTED, DROPPED -> throw new IllegalStateException(this + " has no next stage");
        };
    }
}
