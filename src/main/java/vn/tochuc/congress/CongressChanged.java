package vn.tochuc.congress;

import vn.tochuc.shared.Audited;

/** A congress was recorded or changed. */
public record CongressChanged(String action, long congressId, long organizationId, String organizationPath,
        String summary) implements Audited {

    @Override
    public String entityType() {
        return "congress";
    }

    @Override
    public String entityId() {
        return Long.toString(congressId);
    }
}
