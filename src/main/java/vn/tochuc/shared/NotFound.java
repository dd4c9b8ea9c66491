package vn.tochuc.shared;

/** The thing does not exist, or a read reaches outside the user's scope: both look the same (no existence leak). */
public class NotFound extends DomainException {

    public NotFound(String what, Object id) {
        // (field, key, arguments): with two strings the (key, arguments…) constructor is not the one Java picks
        super(null, "error.notFound", what, id);
    }
}
