package vn.tochuc.access;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import vn.tochuc.access.internal.AccountDetailsService;

/**
 * Runs work as a named account without its password, for start-up tasks that replay what people did
 * (the demo province's counting board entering ballots). Never reachable from a request.
 */
@Service
public class ActingAs {

    private final AccountDetailsService accounts;

    public ActingAs(AccountDetailsService accounts) {
        this.accounts = accounts;
    }

    public <T> T as(String username, Supplier<T> work) {
        return signedIn(((SignedInUser) accounts.loadUserByUsername(username)).withoutPassword(), work);
    }

    /** Runs {@code work} with {@code user} in the security context, then restores what was there before. */
    public static <T> T signedIn(SignedInUser user, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
