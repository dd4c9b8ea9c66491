package vn.tochuc.web;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.tochuc.shared.Conflict;
import vn.tochuc.shared.DomainException;
import vn.tochuc.shared.Forbidden;
import vn.tochuc.shared.Messages;
import vn.tochuc.shared.NotFound;

/**
 * JSON API errors as {@code ProblemDetail} with a message in the user's language (Vietnamese by default)
 * and the field at fault. Unexpected errors are logged with an incident id only — never the request
 * body, never personal data — and answered without a stack trace.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    ProblemDetail domain(DomainException e, Locale locale) {
        HttpStatus status = switch (e) {
            case NotFound n -> HttpStatus.NOT_FOUND;
            case Forbidden f -> HttpStatus.FORBIDDEN;
            case Conflict c -> HttpStatus.CONFLICT;
            default -> HttpStatus.BAD_REQUEST;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, Messages.of(messages, e, locale));
        problem.setTitle(messages.getMessage("error.page.title", null, locale));
        problem.setProperty("code", e.key());
        if (e.field() != null) {
            problem.setProperty("field", e.field());
        }
        return problem;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e, Locale locale) {
        String field = e.getBindingResult().getFieldErrors().isEmpty() ? null
                : e.getBindingResult().getFieldErrors().getFirst().getField();
        return bad(field == null ? messages.getMessage("error.invalidInput", null, locale)
                : messages.getMessage("error.invalidField", new Object[] {field}, locale), field, locale);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class})
    ProblemDetail malformed(Exception e, Locale locale) {
        String field = switch (e) {
            case MethodArgumentTypeMismatchException m -> m.getName();
            case MissingServletRequestParameterException m -> m.getParameterName();
            default -> jsonPath(e);
        };
        return bad(messages.getMessage("error.malformed", null, locale), field, locale);
    }

    @ExceptionHandler(org.springframework.dao.OptimisticLockingFailureException.class)
    ProblemDetail conflict(Exception e, Locale locale) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, messages.getMessage("error.conflict", null, locale));
    }

    /** Anything else, as on the pages: known Spring errors keep their status, the rest is an incident. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, Locale locale) throws Exception {
        if (e instanceof org.springframework.security.access.AccessDeniedException) {
            throw e;
        }
        if (e instanceof org.springframework.web.ErrorResponse known) {
            return ProblemDetail.forStatus(known.getStatusCode());
        }
        String incident = Incidents.log(LOG, e);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                messages.getMessage("error.internal", new Object[] {incident}, locale));
    }

    /** The JSON field at fault ("parts[1].childIds"), read from the parser's location; never the value. */
    private static String jsonPath(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof tools.jackson.core.JacksonException json && !json.getPath().isEmpty()) {
                StringBuilder path = new StringBuilder();
                for (var ref : json.getPath()) {
                    if (ref.getPropertyName() != null) {
                        path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
                    } else if (ref.getIndex() >= 0) {
                        path.append('[').append(ref.getIndex()).append(']');
                    }
                }
                return path.toString();
            }
        }
        return null;
    }

    private ProblemDetail bad(String detail, String field, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle(messages.getMessage("error.page.title", null, locale));
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }
}
