package vn.tochuc.membership;

import vn.tochuc.shared.Audited;

/**
 * Published once after a bulk load of member histories; the audit record names the range of new member ids and
 * the organisation above every one of them, never a member's sensitive data.
 */
public record MembersLoaded(String memberIds, long organizationId, String organizationPath, String summary)
        implements Audited {

    @Override
    public String action() {
        return "MEMBERS_LOADED";
    }

    @Override
    public String entityType() {
        return "member";
    }

    @Override
    public String entityId() {
        return memberIds;
    }
}
