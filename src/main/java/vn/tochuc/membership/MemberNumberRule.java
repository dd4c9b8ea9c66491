package vn.tochuc.membership;

/**
 * Checks a party card number or dossier number. Their formats were not found (rules §5.6 [R]), so the
 * default accepts free text; a deployment that knows its format supplies a {@code @Primary} bean.
 */
public interface MemberNumberRule {

    /** Returns the value to store (normalised) or throws a {@link vn.tochuc.shared.DomainException} on {@code field}. */
    String check(String field, String value);
}
