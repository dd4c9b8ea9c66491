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
}
