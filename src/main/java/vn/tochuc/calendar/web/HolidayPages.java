package vn.tochuc.calendar.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tochuc.calendar.HolidayCalendar;
import vn.tochuc.shared.DateFormats;
import vn.tochuc.shared.DomainException;
import vn.tochuc.shared.Forbidden;
import vn.tochuc.shared.Messages;

/** The holiday calendar of one year; administrators add and remove days off on the same page. */
@Controller
@RequestMapping("/admin/holidays")
class HolidayPages {

    private final HolidayCalendar calendar;
    private final MessageSource messages;
    private final Clock clock;

    HolidayPages(HolidayCalendar calendar, MessageSource messages, Clock clock) {
        this.calendar = calendar;
        this.messages = messages;
        this.clock = clock;
    }

    /** The add form as typed, to fill it again after a refusal. */
    record HolidayForm(String day, String name) {
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, Model model) {
        return page(year == null ? thisYear() : year, new HolidayForm("", ""), model);
    }

    @PostMapping
    String add(@ModelAttribute HolidayForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect, Locale locale) {
        return attempt(form, form.day(), model, response, redirect, locale, "holidays.added", () -> {
            LocalDate day = DateFormats.parse("day", "holidays.day", form.day());
            calendar.add(day, form.name());
            return day;
        });
    }

    @PostMapping("/remove")
    String remove(@RequestParam(required = false) String day, Model model, HttpServletResponse response,
            RedirectAttributes redirect, Locale locale) {
        return attempt(new HolidayForm("", ""), day, model, response, redirect, locale, "holidays.removed", () -> {
            LocalDate parsed = DateFormats.parse("day", day);
            calendar.remove(parsed);
            return parsed;
        });
    }

    /** Runs the change; a refusal shows the page again with the reason, on the year of the day typed. */
    private String attempt(HolidayForm form, String typedDay, Model model, HttpServletResponse response,
            RedirectAttributes redirect, Locale locale, String done, Supplier<LocalDate> change) {
        try {
            LocalDate day = change.get();
            redirect.addFlashAttribute("done", messages.getMessage(done, new Object[] {DateFormats.format(day)}, locale));
            return "redirect:/admin/holidays?year=" + day.getYear();
        } catch (DomainException e) {
            response.setStatus(e instanceof Forbidden ? 403 : 422);
            model.addAttribute("error", Messages.of(messages, e, locale));
            LocalDate typed = safeParse(typedDay);
            return page(typed == null ? thisYear() : typed.getYear(), form, model);
        }
    }

    private String page(int year, HolidayForm form, Model model) {
        int shown = Math.clamp(year, 2000, 2100);
        model.addAttribute("year", shown);
        model.addAttribute("holidays", calendar.list(shown));
        model.addAttribute("form", form);
        return "calendar/holidays";
    }

    private int thisYear() {
        return LocalDate.now(clock.withZone(DateFormats.ZONE)).getYear();
    }

    private static LocalDate safeParse(String text) {
        try {
            return DateFormats.parse("day", text);
        } catch (DomainException e) {
            return null;
        }
    }
}
