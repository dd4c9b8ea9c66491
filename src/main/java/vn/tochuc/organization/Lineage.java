package vn.tochuc.organization;

import java.time.LocalDate;

/** Predecessor → successor link of a merge or a split. */
public record Lineage(long predecessorId, String predecessorName, long successorId, String successorName,
        String kind, LocalDate effectiveOn, String decisionRef) {
}
