package vn.tochuc.shared;

/**
 * An event that records a write. The audit module appends every published {@code Audited} event to
 * the hash-chained trail in the same transaction as the write. The summary must never carry
 * ethnicity, religion, citizen ID or ballot contents.
 */
public interface Audited {

    /** What was done, e.g. {@code ORGANIZATION_FOUNDED}. */
    String action();

    /** The kind of record, e.g. {@code organization}. */
    String entityType();

    String entityId();

    /** The organisation whose subtree the record belongs to (drives who may read the audit record). */
    long organizationId();

    String organizationPath();

    /** A short human-readable description in Vietnamese. */
    String summary();
}
