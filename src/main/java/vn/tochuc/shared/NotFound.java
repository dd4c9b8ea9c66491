package vn.tochuc.shared;

/** The thing does not exist, or lies outside the user's scope: both look the same (no existence leak). */
public class NotFound extends DomainException {

    public NotFound(String what, Object id) {
        super("error.notFound", what, id);
    }
}
