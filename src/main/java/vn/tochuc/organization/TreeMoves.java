package vn.tochuc.organization;

import java.time.LocalDate;
import vn.tochuc.organization.internal.OrganizationStore;
import vn.tochuc.organization.internal.VersionRow;
import vn.tochuc.shared.DomainException;

/** Re-dating versions: a change on a day closes the version in force and opens a new one from that day. */
final class TreeMoves {

    private final OrganizationStore store;
    private final TreeRules rules;

    TreeMoves(OrganizationStore store, TreeRules rules) {
        this.store = store;
        this.rules = rules;
    }

    /**
     * Moves an organisation and everything under it below {@code newParent} from {@code day}: every
     * version in the subtree gets the new path, so the tree as of any later day is exact.
     *
     * @return the organisation's new path
     */
    String move(VersionRow org, VersionRow newParent, LocalDate day) {
        if (newParent.path().startsWith(org.path())) {
            throw new DomainException("newParentId", "organization.error.moveIntoItself");
        }
        if (newParent.organizationId() == (org.parentId() == null ? -1 : org.parentId())) {
            throw new DomainException("newParentId", "organization.error.sameParent");
        }
        rules.requireChildAllowed(newParent.type(), org.type());
        rules.requireAfterLastChange(day, store.latestChangeUnder(org.path()).orElse(null));
        String oldPath = org.path();
        String newPath = newParent.path() + org.organizationId() + "/";
        for (VersionRow row : store.latestVersionsUnder(oldPath)) {
            Long parent = row.organizationId() == org.organizationId() ? newParent.organizationId() : row.parentId();
            reopen(row, day, row.name(), parent, newPath + row.path().substring(oldPath.length()));
        }
        return newPath;
    }

    /** Closes {@code row} on {@code day} and opens its successor; a second change on the same day replaces it. */
    void reopen(VersionRow row, LocalDate day, String name, Long parentId, String path) {
        if (row.validFrom().equals(day)) {
            store.replaceOpenVersion(row, name, parentId, path);
            return;
        }
        store.closeVersion(row.id(), day);
        store.insertVersion(row.organizationId(), name, row.type(), parentId, path, day);
    }
}
