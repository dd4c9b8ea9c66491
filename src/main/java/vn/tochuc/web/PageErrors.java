package vn.tochuc.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.tochuc.shared.Conflict;
import vn.tochuc.shared.DomainException;
import vn.tochuc.shared.Forbidden;
import vn.tochuc.shared.Messages;
import vn.tochuc.shared.NotFound;

/** Errors on web pages: a Vietnamese page with the reason, the right status, no stack trace. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class PageErrors {

    private static final Logger LOG = LoggerFactory.getLogger(PageErrors.class);

    private final MessageSource messages;

    PageErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    String domain(DomainException e, Model model, HttpServletResponse response, Locale locale) {
        int status = switch (e) {
            case NotFound n -> 404;
            case Forbidden f -> 403;
            case Conflict c -> 409;
            default -> 400;
        };
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("message", Messages.of(messages, e, locale));
        return "error";
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String malformed(Model model, HttpServletResponse response, Locale locale) {
        response.setStatus(400);
        model.addAttribute("status", 400);
        model.addAttribute("message", messages.getMessage("error.malformed", null, locale));
        return "error";
    }

    /**
     * Anything else: Spring's own errors keep their status; an unexpected failure gets an incident id,
     * logged with the exception's class and where it was thrown — never its message, which may carry
     * SQL or personal data.
     */
    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, Model model, HttpServletResponse response, Locale locale) throws Exception {
        if (e instanceof org.springframework.security.access.AccessDeniedException) {
            throw e;
        }
        if (e instanceof org.springframework.web.ErrorResponse known) {
            response.setStatus(known.getStatusCode().value());
            model.addAttribute("status", known.getStatusCode().value());
            return "error";
        }
        String incident = Incidents.log(LOG, e);
        response.setStatus(500);
        model.addAttribute("status", 500);
        model.addAttribute("message", messages.getMessage("error.internal", new Object[] {incident}, locale));
        return "error";
    }
}
