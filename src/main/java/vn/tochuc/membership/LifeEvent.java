package vn.tochuc.membership;

import java.time.LocalDate;

/**
 * One dated event of a member's life cycle, as typed by a clerk or read back from the history.
 *
 * @param effectiveOn the day it takes effect: the ceremony for an admission, the chi bộ meeting for a conversion
 * @param organizationId the organisation it names (see {@link EventKind#needsOrganization()}), else {@code null}
 * @param decisionOn the admission decision's date (admission, re-admission), else {@code null}
 * @param votesFor approving votes at a conversion meeting
 * @param votesTotal official members (or committee members) entitled to vote at that meeting
 */
public record LifeEvent(EventKind kind, LocalDate effectiveOn, Long organizationId, LocalDate decisionOn,
        Integer votesFor, Integer votesTotal, DisciplineForm discipline, String decisionRef, String details) {

    public static LifeEvent of(EventKind kind, LocalDate on) {
        return new LifeEvent(kind, on, null, null, null, null, null, null, null);
    }

    public static LifeEvent admission(long organizationId, LocalDate decisionOn, LocalDate ceremonyOn) {
        return new LifeEvent(EventKind.ADMISSION, ceremonyOn, organizationId, decisionOn, null, null, null, null, null);
    }

    public static LifeEvent conversion(LocalDate meetingOn, int votesFor, int votesTotal) {
        return new LifeEvent(EventKind.CONVERSION, meetingOn, null, null, votesFor, votesTotal, null, null, null);
    }

    public static LifeEvent to(EventKind kind, LocalDate on, long organizationId) {
        return new LifeEvent(kind, on, organizationId, null, null, null, null, null, null);
    }

    public static LifeEvent discipline(LocalDate on, DisciplineForm form) {
        return new LifeEvent(EventKind.DISCIPLINE, on, null, null, null, null, form, null, null);
    }
}
