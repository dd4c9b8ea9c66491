package vn.tochuc.shared;

/** Someone else changed the record first (optimistic locking) or a unique value is taken. */
public class Conflict extends DomainException {

    public Conflict(String key, Object... arguments) {
        super(key, arguments);
    }
}
