package vn.tochuc.organization.internal;

import java.time.LocalDate;
import vn.tochuc.organization.OrganizationType;

/** One effective-dated version of an organisation. */
public record VersionRow(long id, long organizationId, String name, OrganizationType type, Long parentId,
        String path, int depth, LocalDate validFrom, LocalDate validTo) {

    public boolean isOpen() {
        return validTo == null;
    }
}
