package vn.tochuc.access.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.tochuc.access.SignedInUser;

/** Authenticates API clients that send {@code Authorization: Bearer <personal API token>}. */
@Component
class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiTokenStore tokens;
    private final AccountDetailsService accounts;

    ApiTokenFilter(ApiTokenStore tokens, AccountDetailsService accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header == null || !header.startsWith("Bearer ");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = request.getHeader("Authorization").substring("Bearer ".length()).strip();
        Optional<String> username = tokens.usernameFor(ApiTokenStore.hash(token));
        if (username.isEmpty()) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        SignedInUser user = (SignedInUser) accounts.loadUserByUsername(username.get());
        if (!user.isEnabled() || !user.isAccountNonLocked()) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user.withoutPassword(), null,
                user.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
