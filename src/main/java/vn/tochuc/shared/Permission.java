package vn.tochuc.shared;

/** What a role allows inside its scope. Roles (in the access module) are sets of these. */
public enum Permission {
    READ,
    ORGANIZATION_WRITE,
    MEMBER_WRITE,
    SENSITIVE_READ,
    USER_MANAGE,
    AUDIT_READ,
    AUDIT_VERIFY,
    SYSTEM_ADMIN
}
