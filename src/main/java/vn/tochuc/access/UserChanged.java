package vn.tochuc.access;

import vn.tochuc.shared.Audited;

/** An account was created or changed; audited with the scope organisation of the account. */
public record UserChanged(String action, long userId, long organizationId, String organizationPath, String summary)
        implements Audited {

    @Override
    public String entityType() {
        return "user";
    }

    @Override
    public String entityId() {
        return Long.toString(userId);
    }
}
