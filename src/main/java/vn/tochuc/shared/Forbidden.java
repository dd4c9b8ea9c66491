package vn.tochuc.shared;

/** The user may see the thing but may not make this change. */
public class Forbidden extends DomainException {

    public Forbidden(String key, Object... arguments) {
        super(key, arguments);
    }
}
