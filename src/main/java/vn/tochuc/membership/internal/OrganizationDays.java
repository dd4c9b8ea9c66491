package vn.tochuc.membership.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Where an organisation sits (its latest path, for the scope check) and on which days it existed (its versions),
 * read in one query for a whole subtree when many members are checked at once.
 */
@Repository
public class OrganizationDays {

    private static final String SELECT = """
            SELECT d.id, d.path, d.ended_on, v.valid_from, v.valid_to
              FROM organization_directory d JOIN organization_version v ON v.organization_id = d.id""";

    private final JdbcClient jdbc;

    public OrganizationDays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An organisation's latest path, its end date if it has ended, and the days its versions cover. */
    public record Known(String path, LocalDate endedOn, List<LocalDate[]> spans) {

        public boolean existsOn(LocalDate day) {
            for (LocalDate[] span : spans) {
                if (!span[0].isAfter(day) && (span[1] == null || span[1].isAfter(day))) {
                    return true;
                }
            }
            return false;
        }

        public boolean inForceOn(LocalDate day) {
            return (endedOn == null || endedOn.isAfter(day)) && existsOn(day);
        }
    }

    /** Every organisation whose latest path lies under {@code path}. */
    public Map<Long, Known> under(String path) {
        Map<Long, Known> known = new HashMap<>();
        jdbc.sql(SELECT + " WHERE d.path LIKE :prefix").param("prefix", path + "%")
                .query((ResultSet rs) -> add(known, rs));
        return known;
    }

    public Map<Long, Known> of(long id) {
        Map<Long, Known> known = new HashMap<>();
        jdbc.sql(SELECT + " WHERE d.id = :id").param("id", id).query((ResultSet rs) -> add(known, rs));
        return known;
    }

    private static void add(Map<Long, Known> known, ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        Known k = known.get(id);
        if (k == null) {
            k = new Known(rs.getString(2), rs.getObject(3, LocalDate.class), new ArrayList<>(2));
            known.put(id, k);
        }
        k.spans().add(new LocalDate[] {rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)});
    }
}
