package vn.tochuc.membership;

/** The dated events of a member's life cycle (rules §5). */
public enum EventKind {
    ADMISSION,
    CONVERSION,
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
}
