package vn.tochuc.membership.internal;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.tochuc.membership.Members;
import vn.tochuc.organization.MemberCounter;

/** Counts the members of a subtree on a day for the organisation page, within the acting user's scope. */
@Component
class SubtreeMemberCounter implements MemberCounter {

    private final Members members;

    SubtreeMemberCounter(Members members) {
        this.members = members;
    }

    /** The path's last segment is the organisation's id ({@code /1/5/17/} → 17). */
    @Override
    public long countUnder(String path, LocalDate day) {
        String[] segments = path.split("/");
        return members.countAsOf(Long.parseLong(segments[segments.length - 1]), day);
    }

    @Override
    public long countDirectlyIn(long organizationId, LocalDate day) {
        return members.countDirectlyIn(organizationId, day);
    }

    @Override
    public long countFiledIn(long organizationId) {
        return members.countFiledIn(organizationId);
    }
}
