package vn.tochuc.calendar.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tochuc.calendar.Holiday;
import vn.tochuc.calendar.HolidayCalendar;
import vn.tochuc.shared.DateFormats;
import vn.tochuc.shared.DomainException;

/** The days off of a year as JSON (dates ISO yyyy-MM-dd), for other software that counts working days. */
@RestController
@RequestMapping("/api/v1/holidays")
@Tag(name = "Lịch nghỉ", description = "Ngày nghỉ lễ, Tết và ngày nghỉ bù để tính ngày làm việc")
class HolidayApi {

    private final HolidayCalendar calendar;
    private final Clock clock;

    HolidayApi(HolidayCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    /** {@code year} defaults to the current year. */
    @GetMapping
    List<Holiday> list(@RequestParam(required = false) Integer year) {
        int y = year == null ? LocalDate.now(clock.withZone(DateFormats.ZONE)).getYear() : year;
        if (y < 2000 || y > 2100) {
            throw new DomainException("year", "calendar.error.yearParam", y);
        }
        return calendar.list(y);
    }
}
