package vn.tochuc.election.counting;

/**
 * votes / D × 100, rounded half-up to two decimals, in exact integer arithmetic. The minutes show each
 * name's percentage against D, not against the valid ballots.
 */
public final class Percent {

    private Percent() {
    }

    /** Hundredths of a percent, rounded half-up: 150 of 224 → 6696. */
    public static long hundredths(int votes, int denominator) {
        return (20_000L * votes + denominator) / (2L * denominator);
    }

    /** "66.96": the API form, with a decimal point. */
    public static String plain(int votes, int denominator) {
        return format(hundredths(votes, denominator), '.');
    }

    /** "66,96": the Vietnamese form, with a decimal comma. */
    public static String vietnamese(int votes, int denominator) {
        return format(hundredths(votes, denominator), ',');
    }

    private static String format(long hundredths, char separator) {
        long fraction = hundredths % 100;
        return (hundredths / 100) + String.valueOf(separator) + (fraction < 10 ? "0" : "") + fraction;
    }
}
