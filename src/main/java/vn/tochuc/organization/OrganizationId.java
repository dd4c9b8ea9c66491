package vn.tochuc.organization;

/** Identity of a party organisation. */
public record OrganizationId(long value) {

    public OrganizationId {
        if (value <= 0) {
            throw new IllegalArgumentException("organization id must be positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
