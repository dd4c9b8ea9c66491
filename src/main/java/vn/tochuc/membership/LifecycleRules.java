package vn.tochuc.membership;

import java.time.Period;

/**
 * The regulation parameters of the member life cycle, as data with the rules' defaults.
 *
 * @param probation probation length from the admission ceremony: 12 months (Điều lệ Đảng Art. 5;
 *        QĐ 294-QĐ/TW, kept from QĐ 24-QĐ/TW Art. 5 — rules §5.2 [C])
 * @param conversionNumerator with {@code conversionDenominator}: share of votes needed to convert, two thirds
 *        (QĐ 24-QĐ/TW Art. 5 — rules §5.2 [C])
 * @param readmissionWait time out of the party before re-admission: 36 months (QĐ 294-QĐ/TW §3.5 — rules §5.1 [C];
 *        the 60-month wait after a criminal record is not modelled)
 * @param readmissionsAllowed re-admission "only once" (QĐ 294-QĐ/TW §3.5 — rules §5.1 [C])
 */
public record LifecycleRules(Period probation, int conversionNumerator, int conversionDenominator,
        Period readmissionWait, int readmissionsAllowed) {

    public static final LifecycleRules DEFAULT = new LifecycleRules(Period.ofMonths(12), 2, 3, Period.ofMonths(36), 1);

    public LifecycleRules {
        if (conversionNumerator <= 0 || conversionDenominator < conversionNumerator || readmissionsAllowed < 0) {
            throw new IllegalArgumentException("inconsistent life-cycle rules");
        }
    }

    /** Approving votes reach the share: {@code for / total >= 2/3}, in whole numbers. */
    public boolean conversionPasses(int votesFor, int votesTotal) {
        return (long) votesFor * conversionDenominator >= (long) votesTotal * conversionNumerator;
    }
}
