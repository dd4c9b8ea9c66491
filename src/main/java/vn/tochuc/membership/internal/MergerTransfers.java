package vn.tochuc.membership.internal;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.tochuc.membership.Members;
import vn.tochuc.organization.MergedMembers;

/** The members of an organisation that merges into another follow it (see {@link Members#transferAll}). */
@Component
class MergerTransfers implements MergedMembers {

    private final Members members;

    MergerTransfers(Members members) {
        this.members = members;
    }

    @Override
    public int transferAll(long fromId, long toId, LocalDate day, String decisionRef, String reason) {
        return members.transferAll(fromId, toId, day, decisionRef, reason);
    }
}
