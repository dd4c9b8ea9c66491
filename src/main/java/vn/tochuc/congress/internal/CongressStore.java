package vn.tochuc.congress.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.tochuc.congress.CongressKind;
import vn.tochuc.congress.CongressStatus;
import vn.tochuc.congress.CongressView;

/** SQL for congresses; names and paths of organisations come from the organisation module's directory view. */
@Repository
public class CongressStore {

    private static final String SELECT = """
            SELECT c.*, d.name AS organization_name, d.path AS organization_path
              FROM congress c LEFT JOIN organization_directory d ON d.id = c.organization_id""";

    private final JdbcClient jdbc;

    public CongressStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CongressView> find(long id) {
        return jdbc.sql(SELECT + " WHERE c.id = :id").param("id", id).query(CongressStore::row).optional();
    }

    public List<CongressView> under(String path, int limit) {
        return jdbc.sql(SELECT + " WHERE d.path LIKE :prefix ORDER BY c.opens_on DESC, c.id DESC FETCH FIRST " + limit + " ROWS ONLY")
                .param("prefix", path + "%").query(CongressStore::row).list();
    }

    public long insert(long organizationId, CongressKind kind, String name, String term, LocalDate opensOn,
            LocalDate closesOn, String place, CongressStatus status) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO congress (organization_id, kind, name, term, opens_on, closes_on, place, status)
                VALUES (:org, :kind, :name, :term, :opens, :closes, :place, :status)""")
                .param("org", organizationId).param("kind", kind.name()).param("name", name).param("term", term)
                .param("opens", opensOn).param("closes", closesOn).param("place", place)
                .param("status", status.name()).update(keys, "id");
        return keys.getKey().longValue();
    }

    public boolean updateStatus(long id, CongressStatus status, int version) {
        return jdbc.sql("UPDATE congress SET status = :s, version = version + 1 WHERE id = :id AND version = :v")
                .param("s", status.name()).param("id", id).param("v", version).update() == 1;
    }

    private static CongressView row(ResultSet rs, int n) throws SQLException {
        return new CongressView(rs.getLong("id"), rs.getLong("organization_id"), rs.getString("organization_name"),
                rs.getString("organization_path"), CongressKind.valueOf(rs.getString("kind")), rs.getString("name"),
                rs.getString("term"), rs.getObject("opens_on", LocalDate.class),
                rs.getObject("closes_on", LocalDate.class), rs.getString("place"),
                CongressStatus.valueOf(rs.getString("status")), rs.getInt("version"));
    }
}
