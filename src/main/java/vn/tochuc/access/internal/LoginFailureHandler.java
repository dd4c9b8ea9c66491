package vn.tochuc.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Sends the user back to the log-in page with the reason: wrong credentials, locked, or disabled. */
class LoginFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String reason = switch (exception) {
            case LockedException e -> "locked";
            case DisabledException e -> "disabled";
            default -> "bad";
        };
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    }
}
