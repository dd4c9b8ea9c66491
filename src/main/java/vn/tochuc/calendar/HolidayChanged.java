package vn.tochuc.calendar;

import java.time.LocalDate;
import vn.tochuc.shared.Audited;
import vn.tochuc.shared.DateFormats;

/**
 * Published when an administrator adds or removes a day off; the audit trail records it in the same
 * transaction, under the administrator's own organisation.
 */
public record HolidayChanged(boolean added, LocalDate day, String name, long organizationId,
        String organizationPath) implements Audited {

    @Override
    public String action() {
        return added ? "HOLIDAY_ADDED" : "HOLIDAY_REMOVED";
    }

    @Override
    public String entityType() {
        return "holiday";
    }

    @Override
    public String entityId() {
        return day.toString();
    }

    @Override
    public String summary() {
        return (added ? "Thêm ngày nghỉ " : "Bỏ ngày nghỉ ") + DateFormats.format(day) + ": " + name;
    }
}
