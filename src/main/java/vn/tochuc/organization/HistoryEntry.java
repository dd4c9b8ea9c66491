package vn.tochuc.organization;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One dated event of an organisation's history, with its decision reference (số quyết định). */
public record HistoryEntry(long id, long organizationId, ChangeKind kind, LocalDate effectiveOn, String decisionRef,
        String description, boolean planned, String recordedBy, OffsetDateTime recordedAt) {
}
