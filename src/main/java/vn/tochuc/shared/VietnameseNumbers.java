package vn.tochuc.shared;

import java.text.NumberFormat;
import java.util.Locale;

/** Whole numbers as Vietnamese writes them, in groups of three separated by a dot: 5.096, 1.234.567. */
public final class VietnameseNumbers {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private VietnameseNumbers() {
    }

    public static String grouped(long number) {
        return NumberFormat.getIntegerInstance(VIETNAMESE).format(number);
    }

    /**
     * A whole number typed into a form, "1.000" included, {@code null} when left empty; anything else is refused
     * with a message naming the field by its label ({@code label}, the message key its form shows).
     */
    public static Integer parse(String field, String label, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            return Integer.valueOf(t.matches("\\d{1,3}(\\.\\d{3})+") ? t.replace(".", "") : t);
        } catch (NumberFormatException e) {
            throw new DomainException(field, "error.number", t, Messages.label(label));
        }
    }
}
