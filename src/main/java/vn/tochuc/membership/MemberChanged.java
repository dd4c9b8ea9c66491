package vn.tochuc.membership;

import vn.tochuc.shared.Audited;

/** Published after every write to a member; the summary names the member and the change, never sensitive data. */
public record MemberChanged(String action, long memberId, long organizationId, String organizationPath,
        String summary) implements Audited {

    @Override
    public String entityType() {
        return "member";
    }

    @Override
    public String entityId() {
        return Long.toString(memberId);
    }
}
