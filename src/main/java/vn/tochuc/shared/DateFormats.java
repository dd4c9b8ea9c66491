package vn.tochuc.shared;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates are shown dd/MM/yyyy; the platform's time zone is Asia/Ho_Chi_Minh. */
public final class DateFormats {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private DateFormats() {
    }

    /** As {@link #parse(String, String, String)}, the field named in the message only as "Ngày". */
    public static LocalDate parse(String field, String text) {
        return parse(field, "error.dateField", text);
    }

    /**
     * Reads a date typed as dd/MM/yyyy (d/M/yyyy accepted) or yyyy-MM-dd; an impossible date such as
     * 31/02/2025 is refused with a message naming the field by its label (the message key {@code label}, the
     * one its form shows, e.g. {@code member.birthDate} → "Ngày sinh").
     */
    public static LocalDate parse(String field, String label, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(t);
            }
            String[] parts = t.split("/");
            if (parts.length == 3) {
                return LocalDate.parse(String.format("%02d/%02d/%s", Integer.parseInt(parts[0]),
                        Integer.parseInt(parts[1]), parts[2]), DATE);
            }
        } catch (RuntimeException e) {
            // fall through to the message below
        }
        throw new DomainException(field, "error.date", t, Messages.label(label));
    }

    public static String format(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
