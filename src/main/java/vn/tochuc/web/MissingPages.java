package vn.tochuc.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address that leads nowhere: outside {@code /api/} the Vietnamese error page with 404, before Spring's own
 * handler answers a browser with JSON. No controller is involved, so {@link PageErrors} never sees it. Under
 * {@code /api/} the problem answer stays, its text localised by the {@code problemDetail.*} messages.
 */
@Component
class MissingPages implements HandlerExceptionResolver, Ordered {

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception e) {
        boolean missing = e instanceof NoResourceFoundException || e instanceof NoHandlerFoundException;
        if (!missing || request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        return new ModelAndView("error", Map.of("status", 404), HttpStatus.NOT_FOUND);
    }

    /** Before the resolver that runs the {@code @ControllerAdvice}s (order 0), after Boot's error attributes. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
