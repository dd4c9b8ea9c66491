package vn.tochuc.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Working days (ngày làm việc): Monday to Friday except days off. A period of n working days counted
 * from an event starts the day after it (Bộ luật Dân sự 2015 Điều 147 §1), e.g. the 15 working days
 * for complaints about an election after the congress closes (QĐ 190-QĐ/TW Điều 33–35).
 */
class WorkingDaysTests {

    /** The official weekday days off of the second half of 2025 and of early 2026 (BLLĐ 2019 Điều 112). */
    static final WorkingDays CALENDAR = WorkingDays.of(List.of(
            LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2),                           // Quốc khánh 2025
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2),                           // Tết Dương lịch 2026
            LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18), // Tết Bính Ngọ,
            LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20)));                       // 14/02–22/02/2026

    @Test
    void saturdayAndSundayAreNotWorkingDays() {
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2025, 9, 6))).isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2025, 9, 7))).isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2025, 9, 5))).isTrue();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2025, 9, 8))).isTrue();
    }

    @Test
    void aHolidayOnAWeekdayIsNotAWorkingDay() {
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2025, 9, 2))).isFalse();
        assertThat(CALENDAR.isHoliday(LocalDate.of(2025, 9, 2))).isTrue();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2025, 9, 3))).isTrue();
        assertThat(WorkingDays.weekdaysOnly().isWorkingDay(LocalDate.of(2025, 9, 2))).isTrue();
    }

    @Test
    void theComplaintWindowEndsFifteenWorkingDaysAfterTheCongressCloses() {
        // Congress closes Thursday 21/08/2025. Counting from the next day:
        // Fri 22 (1), Mon 25 (2), Tue 26 (3), Wed 27 (4), Thu 28 (5), Fri 29 (6),
        // Sat 30, Sun 31, Mon 01/09 and Tue 02/09 (Quốc khánh) not counted,
        // Wed 03 (7), Thu 04 (8), Fri 05 (9), Mon 08 (10), Tue 09 (11), Wed 10 (12), Thu 11 (13), Fri 12 (14),
        // Mon 15/09/2025 (15): complaints are received until the end of Monday 15/09/2025.
        LocalDate closing = LocalDate.of(2025, 8, 21);

        assertThat(CALENDAR.plusWorkingDays(closing, 15)).isEqualTo(LocalDate.of(2025, 9, 15));
        assertThat(CALENDAR.workingDaysBetween(closing, LocalDate.of(2025, 9, 15))).isEqualTo(15);
        assertThat(CALENDAR.workingDaysBetween(closing, LocalDate.of(2025, 9, 12))).isEqualTo(14);
    }

    @Test
    void tetBinhNgo2026StopsTheClockForAWholeWeek() {
        // Closes Tuesday 10/02/2026: Wed 11 (1), Thu 12 (2), Fri 13 (3), Tết 14/02–22/02 not counted,
        // Mon 23 (4), Tue 24 (5), Wed 25 (6), Thu 26 (7), Fri 27 (8), Mon 02/03 (9), Tue 03 (10), Wed 04 (11),
        // Thu 05 (12), Fri 06 (13), Mon 09 (14), Tue 10/03/2026 (15).
        LocalDate closing = LocalDate.of(2026, 2, 10);

        assertThat(CALENDAR.plusWorkingDays(closing, 15)).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(CALENDAR.plusWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 23))).isEqualTo(1);
        assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 22))).isZero();
    }

    @Test
    void theDayOfTheEventNeverCountsEvenWhenItIsADayOff() {
        // A congress that closes on Sunday 31/08/2025: Mon 01/09 and Tue 02/09 are days off, Wed 03/09 is day 1.
        assertThat(CALENDAR.plusWorkingDays(LocalDate.of(2025, 8, 31), 1)).isEqualTo(LocalDate.of(2025, 9, 3));
        // Closing on a Friday: day 1 is the Monday after.
        assertThat(CALENDAR.plusWorkingDays(LocalDate.of(2025, 9, 5), 1)).isEqualTo(LocalDate.of(2025, 9, 8));
    }

    @Test
    void zeroWorkingDaysIsTheStartItselfAndANegativeCountIsRefused() {
        LocalDate sunday = LocalDate.of(2025, 8, 31);
        assertThat(CALENDAR.plusWorkingDays(sunday, 0)).isEqualTo(sunday);
        assertThat(CALENDAR.workingDaysBetween(sunday, sunday)).isZero();
        assertThatThrownBy(() -> CALENDAR.plusWorkingDays(sunday, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countingBackwardsGivesTheNegativeCount() {
        assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2025, 9, 15), LocalDate.of(2025, 8, 21))).isEqualTo(-15);
    }

    @Test
    void aHolidayThatFallsOnAWeekendChangesNothing() {
        WorkingDays withSunday = WorkingDays.of(List.of(LocalDate.of(2026, 4, 26))); // Giỗ Tổ 2026 is a Sunday
        LocalDate friday = LocalDate.of(2026, 4, 24);
        assertThat(withSunday.plusWorkingDays(friday, 1)).isEqualTo(LocalDate.of(2026, 4, 27));
        assertThat(withSunday.workingDaysBetween(friday, LocalDate.of(2026, 5, 1))).isEqualTo(5);
    }

    @Test
    void countingForwardAndCountingBetweenAgreeOnRandomDates() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int i = 0; i < 2_000; i++) {
            LocalDate start = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(40_000));
            int n = random.nextInt(400);
            LocalDate end = CALENDAR.plusWorkingDays(start, n);
            assertThat(CALENDAR.workingDaysBetween(start, end)).as("seed %d, %s + %d", seed, start, n).isEqualTo(n);
            assertThat(CALENDAR.workingDaysBetween(start, end)).as("seed %d, %s .. %s by counting", seed, start, end)
                    .isEqualTo(countOneByOne(start, end));
            if (n > 0) {
                assertThat(CALENDAR.isWorkingDay(end)).as("seed %d, %s + %d ends on a working day", seed, start, n).isTrue();
            }
        }
    }

    private static int countOneByOne(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (CALENDAR.isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }
}
