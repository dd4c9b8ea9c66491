package vn.tochuc.membership;

/** The dated events of a member's life cycle (rules §5). */
public enum EventKind {
    ADMISSION,
    CONVERSION,
    /**
     * "Chính thức theo hồ sơ": a probationary member carried over from an old register became official on the
     * date the register gives, the conversion vote being unknown. Written only by the import, never by a clerk,
     * who records a real conversion with its votes.
     */
    CONVERSION_ON_RECORD,
    TRANSFER,
    TRANSFER_OUT,
    TRANSFER_IN,
    TEMPORARY_TRANSFER,
    TEMPORARY_RETURN,
    EXEMPTION,
    EXEMPTION_END,
    DISCIPLINE,
    REMOVAL,
    DEATH,
    READMISSION;

    /** Events that name an organisation (the new one, the host or the one admitting). */
    public boolean needsOrganization() {
        return this == ADMISSION || this == TRANSFER || this == TRANSFER_IN || this == TEMPORARY_TRANSFER
                || this == READMISSION;
    }

    /** Events a clerk records on a member's page (the admission has its own form; conversions on record come only
     *  from imported registers). */
    public boolean recordedByClerk() {
        return this != ADMISSION && this != CONVERSION_ON_RECORD;
    }
}
