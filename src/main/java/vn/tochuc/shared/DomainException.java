package vn.tochuc.shared;

import java.util.List;

/**
 * A rule said no. Carries a message key (resolved against {@code messages*.properties}, Vietnamese
 * by default) with its arguments and, where the input is at fault, the field it concerns.
 */
public class DomainException extends RuntimeException {

    private final String key;
    private final List<Object> arguments;
    private final String field;

    public DomainException(String key, Object... arguments) {
        this(null, key, arguments);
    }

    public DomainException(String field, String key, Object... arguments) {
        super(key);
        this.key = key;
        this.arguments = List.of(arguments);
        this.field = field;
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }

    /** The input field at fault, or {@code null}. */
    public String field() {
        return field;
    }
}
