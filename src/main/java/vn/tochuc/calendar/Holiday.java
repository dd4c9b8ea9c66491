package vn.tochuc.calendar;

import java.time.LocalDate;

/** A day off in the calendar: a public holiday, a compensatory day (nghỉ bù) or a swapped day (hoán đổi). */
public record Holiday(LocalDate day, String name) {
}
