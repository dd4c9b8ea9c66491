package vn.tochuc.membership;

import vn.tochuc.shared.Audited;

/**
 * Published when a member list leaves the system as a file: who exported how many members of which
 * organisation, and whether the sensitive columns were in it. Never the search text when it holds a number.
 */
public record MembersExported(long organizationId, String organizationPath, String summary) implements Audited {

    @Override
    public String action() {
        return "MEMBERS_EXPORTED";
    }

    @Override
    public String entityType() {
        return "organization";
    }

    @Override
    public String entityId() {
        return Long.toString(organizationId);
    }
}
