package vn.tochuc.access;

import java.util.EnumSet;
import java.util.Set;
import vn.tochuc.shared.Permission;

/** One role per account, valid inside the account's scope; declared from the highest to the lowest. */
public enum Role {
    /** System administration: everything in scope, including other administrators. */
    ADMIN(EnumSet.allOf(Permission.class)),
    /** Ban tổ chức: everything in scope. */
    ORGANIZING_STAFF(EnumSet.of(Permission.READ, Permission.ORGANIZATION_WRITE, Permission.MEMBER_WRITE,
            Permission.SENSITIVE_READ, Permission.USER_MANAGE, Permission.AUDIT_READ, Permission.AUDIT_VERIFY)),
    /** Record keeping in scope. */
    CLERK(EnumSet.of(Permission.READ, Permission.MEMBER_WRITE, Permission.SENSITIVE_READ, Permission.AUDIT_READ)),
    /** Read only. */
    VIEWER(EnumSet.of(Permission.READ));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = Set.copyOf(permissions);
    }

    /** The role's Vietnamese name, as written into audit summaries. */
    public String label() {
        return switch (this) {
            case ADMIN -> "quản trị hệ thống";
            case ORGANIZING_STAFF -> "cán bộ Ban tổ chức";
            case CLERK -> "cán bộ nghiệp vụ";
            case VIEWER -> "chỉ xem";
        };
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    /** True when this role stands strictly above {@code other} (the roles are declared from the highest down). */
    public boolean outranks(Role other) {
        return ordinal() < other.ordinal();
    }

    /** Which roles a holder of this role may grant: never more than their own. */
    public boolean mayGrant(Role other) {
        return switch (this) {
            case ADMIN -> true;
            case ORGANIZING_STAFF -> other != ADMIN;
            case CLERK, VIEWER -> false;
        };
    }
}
