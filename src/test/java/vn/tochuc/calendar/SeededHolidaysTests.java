package vn.tochuc.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The days off seeded by the migration are real weekdays and hold the holidays of Bộ luật Lao động 2019
 * Điều 112 for 2024–2027, with the lunar dates converted right (Tết: 10/02/2024, 29/01/2025, 17/02/2026,
 * 06/02/2027; Giỗ Tổ 10/3 âm lịch: 18/04/2024, 07/04/2025, 26/04/2026, 16/04/2027).
 */
class SeededHolidaysTests {

    private static final Path MIGRATION = Path.of("src/main/resources/db/migration/common/V4__calendar_holidays.sql");
    private static final Pattern ROW = Pattern.compile("\\(DATE '(\\d{4}-\\d{2}-\\d{2})', '([^']+)'\\)");
    private static final List<LocalDate> DAYS = new ArrayList<>();

    @BeforeAll
    static void read() throws IOException {
        Matcher m = ROW.matcher(Files.readString(MIGRATION));
        while (m.find()) {
            DAYS.add(LocalDate.parse(m.group(1)));
        }
    }

    @Test
    void everySeededDayIsAWeekdayAndListedOnce() {
        assertThat(DAYS).hasSize(48).doesNotHaveDuplicates()
                .allSatisfy(d -> assertThat(d.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }

    @Test
    void everyYearHasItsFixedHolidaysOrTheDayInLieu() {
        assertThat(DAYS).contains(
                LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1),
                LocalDate.of(2024, 4, 30), LocalDate.of(2025, 4, 30), LocalDate.of(2026, 4, 30), LocalDate.of(2027, 4, 30),
                LocalDate.of(2024, 5, 1), LocalDate.of(2025, 5, 1), LocalDate.of(2026, 5, 1),
                LocalDate.of(2027, 5, 3), // 1/5/2027 is a Saturday
                LocalDate.of(2024, 9, 2), LocalDate.of(2025, 9, 2), LocalDate.of(2026, 9, 2), LocalDate.of(2027, 9, 2));
    }

    @Test
    void quocKhanhHasOneAdjacentDayEachYear() {
        assertThat(DAYS).contains(LocalDate.of(2024, 9, 3), LocalDate.of(2025, 9, 1), LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 9, 3));
    }

    @Test
    void gioToFollowsTheLunarCalendar() {
        assertThat(DAYS).contains(LocalDate.of(2024, 4, 18), LocalDate.of(2025, 4, 7),
                LocalDate.of(2026, 4, 27), // 26/04/2026 is a Sunday: nghỉ bù on Monday
                LocalDate.of(2027, 4, 16));
    }

    @Test
    void tetGivesFiveWeekdaysOffAroundTheLunarNewYear() {
        assertThat(tetDays(2024)).containsExactly(LocalDate.of(2024, 2, 8), LocalDate.of(2024, 2, 9),
                LocalDate.of(2024, 2, 12), LocalDate.of(2024, 2, 13), LocalDate.of(2024, 2, 14));
        assertThat(tetDays(2025)).containsExactly(LocalDate.of(2025, 1, 27), LocalDate.of(2025, 1, 28),
                LocalDate.of(2025, 1, 29), LocalDate.of(2025, 1, 30), LocalDate.of(2025, 1, 31));
        assertThat(tetDays(2026)).containsExactly(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17),
                LocalDate.of(2026, 2, 18), LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20));
        assertThat(tetDays(2027)).containsExactly(LocalDate.of(2027, 2, 4), LocalDate.of(2027, 2, 5),
                LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 9), LocalDate.of(2027, 2, 10));
    }

    private static List<LocalDate> tetDays(int year) {
        // Tết never starts before 21/01, so January days after Tết Dương lịch (1/1 and a swapped 2/1) are Tết
        return DAYS.stream().filter(d -> d.getYear() == year
                && (d.getMonthValue() == 2 || d.getMonthValue() == 1 && d.getDayOfMonth() > 2)).sorted().toList();
    }
}
