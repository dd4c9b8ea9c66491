package vn.tochuc.membership;

import java.time.Period;

/**
 * The deadlines behind the clerk's work lists, as data with their defaults.
 *
 * @param conversionLookAhead conversions due within this many days are listed before they fall due: 30 days,
 *        a working choice of this application (no regulation sets it)
 * @param ceremonyWorkingDays the ceremony is held within 30 working days of receiving the admission decision
 *        (QĐ 24-QĐ/TW 2021 §4, same in QĐ 29/2016 — rules §5.1 [C]; counted from the decision's date, since the
 *        day of receipt is not recorded [R])
 * @param transferWorkingDays a member transferred out presents the introduction letter to the receiving committee
 *        within 30 working days (QĐ 294-QĐ/TW §6.3.1 — rules §5.3 [C])
 * @param followUp how far back the lists look at what is already recorded: transfers out are followed up for this
 *        long after they were sent (the receiving side is outside this system and its receipt cannot be recorded
 *        here), and ceremonies recorded later than their deadline are shown when they took place this recently
 *        (older ones are history, not work): 12 months, a working choice [R]
 */
public record WorkListRules(int conversionLookAhead, int ceremonyWorkingDays, int transferWorkingDays,
        Period followUp) {

    public static final int CONVERSION_LOOK_AHEAD_DAYS = 30;
    public static final int CEREMONY_WORKING_DAYS = 30;
    public static final int TRANSFER_WORKING_DAYS = 30;
    public static final Period FOLLOW_UP = Period.ofMonths(12);

    public static final WorkListRules DEFAULT = new WorkListRules(CONVERSION_LOOK_AHEAD_DAYS, CEREMONY_WORKING_DAYS,
            TRANSFER_WORKING_DAYS, FOLLOW_UP);

    public WorkListRules {
        if (conversionLookAhead < 0 || ceremonyWorkingDays <= 0 || transferWorkingDays <= 0) {
            throw new IllegalArgumentException("inconsistent work-list rules");
        }
    }
}
