package vn.tochuc.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A share as a percentage rounded half-up to two decimals: 344 of 629 → 54.69. */
public record Percentage(BigDecimal value) {

    public static Percentage of(long part, long whole) {
        if (whole <= 0) {
            return new Percentage(BigDecimal.ZERO.setScale(2));
        }
        return new Percentage(BigDecimal.valueOf(part * 100L)
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP));
    }

    /** "54,69%" — the Vietnamese way: decimal comma, the sign right after the number. */
    public String toVietnamese() {
        return value.toPlainString().replace('.', ',') + "%";
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
