package vn.tochuc.membership.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for admission targets and for counting admissions by the organisation's path on the ceremony's day. */
@Repository
public class TargetStore {

    private final JdbcClient jdbc;

    public TargetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An organisation's target for the year, with its current path. */
    public record Target(long organizationId, String path, int quota, int version) {
    }

    /** How many ceremonies were held in organisations at {@code path} (as it stood on the ceremony's day). */
    public record PathCount(String path, long admitted) {
    }

    public Optional<Target> find(long organizationId, int year) {
        return jdbc.sql("""
                SELECT t.organization_id, d.path, t.quota, t.version FROM admission_target t
                  JOIN organization_directory d ON d.id = t.organization_id
                 WHERE t.organization_id = :org AND t.target_year = :year""")
                .param("org", organizationId).param("year", year).query(Target.class).optional();
    }

    public void insert(long organizationId, int year, int quota) {
        jdbc.sql("INSERT INTO admission_target (organization_id, target_year, quota) VALUES (:org, :year, :quota)")
                .param("org", organizationId).param("year", year).param("quota", quota).update();
    }

    /** False when someone else changed the target first. */
    public boolean update(long organizationId, int year, int quota, int version) {
        return jdbc.sql("""
                UPDATE admission_target SET quota = :quota, version = version + 1
                 WHERE organization_id = :org AND target_year = :year AND version = :v""")
                .param("org", organizationId).param("year", year).param("quota", quota).param("v", version)
                .update() == 1;
    }

    /** The year's targets of the organisations filed (today) under {@code path}. */
    public List<Target> under(String path, int year) {
        return jdbc.sql("""
                SELECT t.organization_id, d.path, t.quota, t.version FROM admission_target t
                  JOIN organization_directory d ON d.id = t.organization_id
                 WHERE t.target_year = :year AND d.path LIKE :prefix""")
                .param("year", year).param("prefix", path + "%").query(Target.class).list();
    }

    /**
     * ADMISSION events with a ceremony in [{@code from}, {@code to}) in organisations whose path on the ceremony's
     * day runs through organisation {@code rootId}, counted by that path.
     */
    public List<PathCount> admissionsThrough(long rootId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT h.path, COUNT(*) AS admitted FROM member_event e
                  JOIN organization_path_history h ON h.id = e.organization_id
                   AND h.valid_from <= e.effective_on AND (h.valid_to IS NULL OR h.valid_to > e.effective_on)
                 WHERE e.kind = 'ADMISSION' AND e.effective_on >= :from AND e.effective_on < :to
                   AND h.path LIKE :through
                 GROUP BY h.path""")
                .param("from", from).param("to", to).param("through", "%/" + rootId + "/%")
                .query(PathCount.class).list();
    }
}
