package vn.tochuc.shared;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Turns a {@link DomainException} into the user's language. Enum arguments are shown by their label
 * ({@code enum.<Type>.<NAME>}), dates as dd/MM/yyyy.
 */
public final class Messages {

    private Messages() {
    }

    public static String of(MessageSource source, DomainException e, Locale locale) {
        Object[] args = e.arguments();
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = display(source, args[i], locale);
        }
        return source.getMessage(e.key(), shown, e.key(), locale);
    }

    /** A form field's label as a message argument, resolved in the reader's language with the message. */
    public static MessageSourceResolvable label(String key) {
        return new DefaultMessageSourceResolvable(key);
    }

    public static Object display(MessageSource source, Object value, Locale locale) {
        if (value instanceof Enum<?> en) {
            return source.getMessage("enum." + en.getDeclaringClass().getSimpleName() + "." + en.name(), null,
                    en.name(), locale);
        }
        if (value instanceof java.time.LocalDate date) {
            return DateFormats.format(date);
        }
        if (value instanceof String s && s.matches("[a-z]+") && source.getMessage("what." + s, null, null, locale) != null) {
            return source.getMessage("what." + s, null, s, locale);
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        return value;
    }
}
