package vn.tochuc.membership;

import java.time.OffsetDateTime;

/** One recorded event of a member's history, with who recorded it. */
public record EventView(long id, int seq, LifeEvent event, String organizationName, MemberStatus statusAfter,
        String recordedBy, OffsetDateTime recordedAt) {
}
