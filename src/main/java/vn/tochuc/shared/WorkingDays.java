package vn.tochuc.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The working days (ngày làm việc) of party and state offices: Monday to Friday, except public
 * holidays and the official days off around them. Built from the set of days off that the
 * {@code calendar} module keeps in the database; this class knows no dates of its own.
 *
 * <p><b>Counting convention.</b> A period of {@code n} working days "kể từ" an event (e.g. the
 * 15-working-day window for complaints about an election after the congress closes, QĐ 190-QĐ/TW
 * Điều 33–35) starts on the day <em>after</em> the event and ends at the end of its {@code n}-th working
 * day. This is the general rule for periods counted in days in Vietnamese law (Bộ luật Dân sự 2015
 * Điều 147 §1: the first day is not counted, counting starts the day after the event; Điều 148: the
 * period ends at the end of its last day). The party regulations do not define their own convention,
 * so the civil-code one is applied by analogy [R]. Counting only working days, the last day is always a
 * working day, so the civil-code shift "last day is a day off → next working day" never applies.
 *
 * <p>Saturdays that the government turns into working days (làm bù, when a weekday is swapped into a
 * long holiday) are not working days here: such a period comes out at most one day longer, in favour of
 * whoever must act within it.
 *
 * @param holidays the days off; weekend days in the set change nothing
 */
public record WorkingDays(NavigableSet<LocalDate> holidays) {

    private static final LocalDate MONDAY = LocalDate.of(1970, 1, 5);

    public WorkingDays {
        Objects.requireNonNull(holidays, "holidays");
        holidays = Collections.unmodifiableNavigableSet(new TreeSet<>(holidays));
    }

    public static WorkingDays of(Collection<LocalDate> holidays) {
        return new WorkingDays(new TreeSet<>(holidays));
    }

    /** Monday to Friday with no holiday at all: for tests and as a fallback before the calendar loads. */
    public static WorkingDays weekdaysOnly() {
        return new WorkingDays(new TreeSet<>());
    }

    public boolean isHoliday(LocalDate day) {
        return holidays.contains(day);
    }

    public boolean isWorkingDay(LocalDate day) {
        return !isWeekend(day) && !holidays.contains(day);
    }

    /**
     * The day on which a period of {@code n} working days counted from the day after {@code start}
     * ends: {@code plusWorkingDays(closing, 15)} is the last day for complaints about an election.
     * {@code start} itself never counts, whether it is a working day or not; {@code n = 0} gives
     * {@code start}.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The number of working days after {@code from} up to and including {@code to} (the half-open range
     * {@code (from, to]}), so that {@code workingDaysBetween(a, plusWorkingDays(a, n)) == n}. Negative
     * when {@code to} lies before {@code from}; zero when they are equal.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        long weekdays = weekdaysUpTo(to) - weekdaysUpTo(from);
        long holidaysOnWeekdays = holidays.subSet(from, false, to, true).stream().filter(d -> !isWeekend(d)).count();
        return Math.toIntExact(weekdays - holidaysOnWeekdays);
    }

    private static boolean isWeekend(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
    }

    /** Monday-to-Friday days in {@code [MONDAY, day]}, counted so that differences work either side of it. */
    private static long weekdaysUpTo(LocalDate day) {
        long days = ChronoUnit.DAYS.between(MONDAY, day);
        long rest = Math.floorMod(days, 7); // 0 = Monday … 4 = Friday, 5 and 6 = the weekend
        return Math.floorDiv(days, 7) * 5 + Math.min(rest, 4) + 1;
    }
}
