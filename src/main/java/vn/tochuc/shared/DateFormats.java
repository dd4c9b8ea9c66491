package vn.tochuc.shared;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates are shown dd/MM/yyyy; the platform's time zone is Asia/Ho_Chi_Minh. */
public final class DateFormats {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private DateFormats() {
    }

    public static String format(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
