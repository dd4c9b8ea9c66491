package vn.tochuc.membership;

import java.time.LocalDate;
import java.time.Period;

/**
 * The regulation parameters of the member life cycle, as data with the rules' defaults.
 *
 * <p>Age at admission is counted by month: the age in whole months on a day is
 * {@code (year × 12 + month of the day) − (year × 12 + month of birth)}, the day of the month ignored, so a
 * person is 18 for the whole month of the 18th birthday. "18 to 60 inclusive" therefore admits from the month
 * the person turns 18 (216 months) up to the month before the one in which they turn 61 (fewer than 732 months).
 * The rule counts age when the chi bộ considers the case; the system does not record that meeting, so it counts
 * on the admission decision's day, the nearest date it has (this system's reading). A birth date known by its
 * year only is stored as 01/01 of that year (rules §9.8) and is counted as stored.
 *
 * @param probation probation length from the admission ceremony: 12 months (Điều lệ Đảng Art. 5;
 *        QĐ 294-QĐ/TW, kept from QĐ 24-QĐ/TW Art. 5 — rules §5.2 [C])
 * @param conversionNumerator with {@code conversionDenominator}: share of votes needed to convert, two thirds
 *        (QĐ 24-QĐ/TW Art. 5 — rules §5.2 [C])
 * @param readmissionWait time out of the party before re-admission: 36 months (QĐ 294-QĐ/TW §3.5 — rules §5.1 [C];
 *        the 60-month wait after a criminal record is not modelled)
 * @param readmissionsAllowed re-admission "only once" (QĐ 294-QĐ/TW §3.5 — rules §5.1 [C])
 * @param admissionMinimumAge youngest age at admission, in years counted by month: 18 ("18 to 60 inclusive,
 *        counted by month" — rules §5.1 [C]); younger is refused
 * @param admissionMaximumAge oldest age at admission without further consent, in years counted by month: 60,
 *        inclusive (rules §5.1 [C]); older needs the written consent of the province-level standing committee,
 *        which the system cannot see, so it is listed among the data problems, not refused
 */
public record LifecycleRules(Period probation, int conversionNumerator, int conversionDenominator,
        Period readmissionWait, int readmissionsAllowed, int admissionMinimumAge, int admissionMaximumAge) {

    public static final LifecycleRules DEFAULT = new LifecycleRules(Period.ofMonths(12), 2, 3, Period.ofMonths(36), 1,
            18, 60);

    public LifecycleRules {
        if (conversionNumerator <= 0 || conversionDenominator < conversionNumerator || readmissionsAllowed < 0
                || admissionMinimumAge < 0 || admissionMaximumAge < admissionMinimumAge) {
            throw new IllegalArgumentException("inconsistent life-cycle rules");
        }
    }

    /** Approving votes reach the share: {@code for / total >= 2/3}, in whole numbers. */
    public boolean conversionPasses(int votesFor, int votesTotal) {
        return (long) votesFor * conversionDenominator >= (long) votesTotal * conversionNumerator;
    }

    /** Age in whole months on {@code day}, counted by month: the days of the month play no part. */
    public static int ageInMonths(LocalDate birthDate, LocalDate day) {
        return day.getYear() * 12 + day.getMonthValue() - (birthDate.getYear() * 12 + birthDate.getMonthValue());
    }

    /** Younger than the minimum on {@code decisionOn}: the admission is refused. */
    public boolean tooYoungToAdmit(LocalDate birthDate, LocalDate decisionOn) {
        return ageInMonths(birthDate, decisionOn) < admissionMinimumAge * 12;
    }

    /** Past the maximum on {@code decisionOn} (from the month the person turns 61 on): needs the written consent. */
    public boolean pastAdmissionAge(LocalDate birthDate, LocalDate decisionOn) {
        return ageInMonths(birthDate, decisionOn) >= monthsPastAdmissionAge();
    }

    /** The youngest age in months that is past the maximum: 732, the month the person turns 61. */
    public int monthsPastAdmissionAge() {
        return (admissionMaximumAge + 1) * 12;
    }

    /** The first day a person born on {@code birthDate} may be admitted: the 1st of the month they turn 18. */
    public LocalDate firstAdmissionDay(LocalDate birthDate) {
        return birthDate.withDayOfMonth(1).plusYears(admissionMinimumAge);
    }
}
