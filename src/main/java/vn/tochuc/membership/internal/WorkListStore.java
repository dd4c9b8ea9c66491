package vn.tochuc.membership.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tochuc.membership.Sex;

/**
 * SQL for the work lists. Each query keeps to the members filed under a path (the organisation directory's path
 * prefix, as the search does) and narrows them with indexed columns; where a deadline counts working days the SQL
 * selects a sure superset (a span of n working days is never shorter than {@link #minimumSpan} calendar days) and
 * the service keeps the exact lines with the holiday calendar.
 */
@Repository
public class WorkListStore {

    private static final String SELECT = """
            SELECT m.id, m.full_name, m.name_key, m.sex, m.birth_date, m.organization_id, d.name AS organization_name,
                   m.decision_on, m.ceremony_on, m.official_on, %s AS citizen_id, %s AS event_on
              FROM member m JOIN organization_directory d ON d.id = m.organization_id
             WHERE d.path LIKE :prefix AND\s""";
    private static final String CURRENT = "m.status IN ('PROBATIONARY', 'OFFICIAL')";

    private final JdbcClient jdbc;

    public WorkListStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The columns the lists need; {@code citizenId} only where its structure is checked, {@code eventOn} per list. */
    public record Line(long id, String fullName, String nameKey, Sex sex, LocalDate birthDate, long organizationId,
            String organizationName, LocalDate decisionOn, LocalDate ceremonyOn, LocalDate officialOn,
            String citizenId, LocalDate eventOn) {
    }

    /** Fewest calendar days that can hold {@code n} working days: five a week, starting on a weekend at worst. */
    public static int minimumSpan(int n) {
        return Math.max(n, n / 5 * 7 - 2);
    }

    /** Probationary members whose ceremony was on or before {@code ceremonyBy}, earliest first. */
    public List<Line> probationaryBy(String path, LocalDate ceremonyBy) {
        return lines("NULL", "NULL", "m.status = 'PROBATIONARY' AND m.ceremony_on <= :by ORDER BY m.ceremony_on",
                new MapSqlParameterSource("by", ceremonyBy), path);
    }

    /** Members whose ceremony, on or after {@code since}, came more than {@code days} calendar days after the decision. */
    public List<Line> ceremonyAfter(String path, int days, LocalDate since) {
        return lines("NULL", "NULL", "m.decision_on IS NOT NULL AND m.ceremony_on >= :since"
                + " AND m.ceremony_on > m.decision_on + CAST(:days AS INT)",
                new MapSqlParameterSource("days", days).addValue("since", since), path);
    }

    /** Members whose latest event is a transfer out of the system dated in [{@code from}, {@code to}]. */
    public List<Line> transferredOut(String path, LocalDate from, LocalDate to) {
        return lines("NULL", "e.effective_on", """
                m.status = 'TRANSFERRED_OUT' AND e.kind = 'TRANSFER_OUT' AND e.effective_on BETWEEN :from AND :to
                ORDER BY e.effective_on""", new MapSqlParameterSource("from", from).addValue("to", to), path,
                " JOIN member_event e ON e.member_id = m.id"
                        + " AND e.seq = (SELECT MAX(x.seq) FROM member_event x WHERE x.member_id = m.id)");
    }

    private static final String EXEMPT = "m.exempt = TRUE AND " + CURRENT;
    private static final String EXEMPT_SINCE =
            "(SELECT MAX(x.effective_on) FROM member_event x WHERE x.member_id = m.id AND x.kind = 'EXEMPTION')";

    public long countExempt(String path) {
        return count(EXEMPT, new MapSqlParameterSource(), path);
    }

    /** Exempt members, the longest exempted first. */
    public List<Line> exempt(String path, int limit) {
        return lines("NULL", EXEMPT_SINCE, EXEMPT + " ORDER BY event_on, m.name_key FETCH FIRST " + limit + " ROWS ONLY",
                new MapSqlParameterSource(), path);
    }

    private static final String NO_BIRTH_DATE = "m.birth_date IS NULL AND " + CURRENT;
    private static final String NO_CITIZEN_ID = "m.citizen_id IS NULL AND " + CURRENT;

    public long countWithoutBirthDate(String path) {
        return count(NO_BIRTH_DATE, new MapSqlParameterSource(), path);
    }

    public List<Line> withoutBirthDate(String path, int limit) {
        return lines("NULL", "NULL", NO_BIRTH_DATE + " ORDER BY m.name_key FETCH FIRST " + limit + " ROWS ONLY",
                new MapSqlParameterSource(), path);
    }

    public long countWithoutCitizenId(String path) {
        return count(NO_CITIZEN_ID, new MapSqlParameterSource(), path);
    }

    public List<Line> withoutCitizenId(String path, int limit) {
        return lines("NULL", "NULL", NO_CITIZEN_ID + " ORDER BY m.name_key FETCH FIRST " + limit + " ROWS ONLY",
                new MapSqlParameterSource(), path);
    }

    /**
     * Members whose citizen ID's province code, sex digit or birth year may disagree with the record (rules §11.1):
     * the same test as {@code CitizenIdCheck}, in SQL, so only these rows leave the database.
     */
    public List<Line> citizenIdMismatches(String path, Set<String> provinces) {
        return lines("m.citizen_id", "NULL", """
                m.citizen_id IS NOT NULL AND m.birth_date IS NOT NULL AND %s AND (
                    SUBSTRING(m.citizen_id FROM 1 FOR 3) NOT IN (:provinces)
                 OR MOD(CAST(SUBSTRING(m.citizen_id FROM 4 FOR 1) AS INT), 2)
                    <> CASE WHEN m.sex = 'FEMALE' THEN 1 ELSE 0 END
                 OR 1900 + CAST(SUBSTRING(m.citizen_id FROM 4 FOR 1) AS INT) / 2 * 100
                    + CAST(SUBSTRING(m.citizen_id FROM 5 FOR 2) AS INT) <> EXTRACT(YEAR FROM m.birth_date))
                ORDER BY m.name_key""".formatted(CURRENT), new MapSqlParameterSource("provinces", provinces), path);
    }

    /** Members whose official date is not {@code months} months after the ceremony, day for day (a sure superset). */
    public List<Line> officialNotAfter(String path, int months) {
        return lines("NULL", "NULL", """
                m.official_on IS NOT NULL AND m.ceremony_on IS NOT NULL AND %s AND (
                    EXTRACT(DAY FROM m.official_on) <> EXTRACT(DAY FROM m.ceremony_on)
                 OR %s <> :months)
                ORDER BY m.name_key""".formatted(CURRENT, monthsBetween("m.ceremony_on", "m.official_on")),
                new MapSqlParameterSource("months", months), path);
    }

    /**
     * Members in activity whose latest admission (or re-admission) was decided at an age of {@code months} months or
     * more, counted by month as {@code LifecycleRules.ageInMonths} counts it.
     */
    private static final String ADMITTED_AT_LEAST = "m.birth_date IS NOT NULL AND m.decision_on IS NOT NULL AND "
            + CURRENT + " AND " + monthsBetween("m.birth_date", "m.decision_on") + " >= :months";

    public long countAdmittedAtLeast(String path, int months) {
        return count(ADMITTED_AT_LEAST, new MapSqlParameterSource("months", months), path);
    }

    /** The first {@code limit} of them, the latest decision first. */
    public List<Line> admittedAtLeast(String path, int months, int limit) {
        return lines("NULL", "NULL", ADMITTED_AT_LEAST + " ORDER BY m.decision_on DESC, m.name_key FETCH FIRST "
                + limit + " ROWS ONLY", new MapSqlParameterSource("months", months), path);
    }

    /**
     * Records in the subtree whose folded name and birth date another record shares, anywhere (an index probe on
     * (name_key, birth_date) for each record); the service keeps the groups with two records or more in the subtree.
     */
    public List<Line> sharingNameAndBirthDate(String path) {
        return lines("NULL", "NULL", """
                m.birth_date IS NOT NULL AND EXISTS (SELECT 1 FROM member o
                 WHERE o.name_key = m.name_key AND o.birth_date = m.birth_date AND o.id <> m.id)
                ORDER BY m.name_key, m.birth_date, m.id""", new MapSqlParameterSource(), path);
    }

    /** Whole months from the month of {@code from} to the month of {@code to}, the days ignored (H2 and PostgreSQL). */
    private static String monthsBetween(String from, String to) {
        return ("((EXTRACT(YEAR FROM %2$s) - EXTRACT(YEAR FROM %1$s)) * 12"
                + " + EXTRACT(MONTH FROM %2$s) - EXTRACT(MONTH FROM %1$s))").formatted(from, to);
    }

    private List<Line> lines(String citizenId, String eventOn, String where, MapSqlParameterSource params, String path) {
        return lines(citizenId, eventOn, where, params, path, "");
    }

    private List<Line> lines(String citizenId, String eventOn, String where, MapSqlParameterSource params, String path,
            String join) {
        String select = SELECT.formatted(citizenId, eventOn).replace(" WHERE d.path", " " + join + " WHERE d.path");
        return jdbc.sql(select + where).paramSource(params.addValue("prefix", path + "%"))
                .query(WorkListStore::line).list();
    }

    private long count(String where, MapSqlParameterSource params, String path) {
        return jdbc.sql("SELECT COUNT(*) FROM member m JOIN organization_directory d ON d.id = m.organization_id"
                + " WHERE d.path LIKE :prefix AND " + where)
                .paramSource(params.addValue("prefix", path + "%")).query(Long.class).single();
    }

    private static Line line(ResultSet rs, int n) throws SQLException {
        return new Line(rs.getLong("id"), rs.getString("full_name"), rs.getString("name_key"), Sex.valueOf(rs.getString("sex")),
                rs.getObject("birth_date", LocalDate.class), rs.getLong("organization_id"),
                rs.getString("organization_name"), rs.getObject("decision_on", LocalDate.class),
                rs.getObject("ceremony_on", LocalDate.class), rs.getObject("official_on", LocalDate.class),
                rs.getString("citizen_id"), rs.getObject("event_on", LocalDate.class));
    }
}
