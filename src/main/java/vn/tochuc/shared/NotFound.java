package vn.tochuc.shared;

/** The thing does not exist, or a read reaches outside the user's scope: both look the same (no existence leak). */
public class NotFound extends DomainException {

    public NotFound(String what, Object id) {
        // (field, key, arguments): with two strings the (key, arguments…) constructor is not the one Java picks
        super(null, "error.notFound", what, id);
    }

    private NotFound(String key, Object[] arguments) {
        super(null, key, arguments);
    }

    /**
     * Not found with a reason of its own, for a thing the user may see but that did not exist on the day asked
     * (never for something outside the user's scope: that stays the plain "not found").
     */
    public static NotFound because(String key, Object... arguments) {
        return new NotFound(key, arguments);
    }
}
