package vn.tochuc.access;

import java.util.regex.Pattern;
import vn.tochuc.shared.Actor;
import vn.tochuc.shared.DomainException;

/**
 * Login names, for every path that creates an account (the administrators' form and the first-run set-up): lower
 * case, 2–60 of a–z, 0–9, '.', '_', '-', starting with a letter or a digit; and never the system's own name, which
 * the histories show as "Hệ thống".
 */
final class Usernames {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");

    private Usernames() {
    }

    /** The name as stored (stripped, lower case), or a refusal on {@code username}. */
    static String checked(String raw) {
        String username = raw == null ? "" : raw.strip().toLowerCase();
        if (!USERNAME.matcher(username).matches()) {
            throw new DomainException("username", "access.error.username");
        }
        if (username.equals(Actor.SYSTEM)) {
            throw new DomainException("username", "access.error.usernameTaken", username);
        }
        return username;
    }
}
