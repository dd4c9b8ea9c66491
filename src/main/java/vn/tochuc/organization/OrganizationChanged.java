package vn.tochuc.organization;

import vn.tochuc.shared.Audited;

/** Published after every change to the tree; the audit trail records it in the same transaction. */
public record OrganizationChanged(ChangeKind kind, long organizationId, String organizationPath, String summary)
        implements Audited {

    @Override
    public String action() {
        return "ORGANIZATION_" + kind.name();
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
