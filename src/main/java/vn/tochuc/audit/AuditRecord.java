package vn.tochuc.audit;

import java.time.OffsetDateTime;

/** One record of the trail. {@code hash} = SHA-256 over {@code prevHash} and the record's fields. */
public record AuditRecord(long seq, OffsetDateTime occurredAt, String actor, String action, String entityType,
        String entityId, long organizationId, String organizationPath, String summary, String prevHash,
        String hash) {
}
