package vn.tochuc.calendar.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tochuc.calendar.Holiday;

/** SQL for {@code public_holiday}. The column is quoted: DAY is a reserved word in H2. */
@Repository
public class HolidayStore {

    private final JdbcClient jdbc;

    public HolidayStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<LocalDate> allDays() {
        return jdbc.sql("SELECT \"day\" FROM public_holiday").query((rs, n) -> rs.getObject(1, LocalDate.class)).list();
    }

    /** Days off in {@code [from, to)}, in date order. */
    public List<Holiday> between(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT "day", name FROM public_holiday
                 WHERE "day" >= :from AND "day" < :to
                 ORDER BY "day"
                """).param("from", from).param("to", to)
                .query((rs, n) -> new Holiday(rs.getObject(1, LocalDate.class), rs.getString(2))).list();
    }

    public Optional<Holiday> find(LocalDate day) {
        return jdbc.sql("SELECT \"day\", name FROM public_holiday WHERE \"day\" = :day").param("day", day)
                .query((rs, n) -> new Holiday(rs.getObject(1, LocalDate.class), rs.getString(2))).optional();
    }

    public void insert(Holiday holiday) {
        jdbc.sql("INSERT INTO public_holiday (\"day\", name) VALUES (:day, :name)")
                .param("day", holiday.day()).param("name", holiday.name()).update();
    }

    public int delete(LocalDate day) {
        return jdbc.sql("DELETE FROM public_holiday WHERE \"day\" = :day").param("day", day).update();
    }
}
