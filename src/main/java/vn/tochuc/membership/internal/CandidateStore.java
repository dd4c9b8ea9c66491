package vn.tochuc.membership.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.tochuc.membership.Candidate;
import vn.tochuc.membership.CandidateStage;
import vn.tochuc.membership.Sex;

/** SQL for the admission pipeline; scope is the organisation's path in the organisation directory. */
@Repository
public class CandidateStore {

    private static final String SELECT = """
            SELECT c.*, d.name AS organization_name, d.path AS organization_path
              FROM admission_candidate c JOIN organization_directory d ON d.id = c.organization_id""";

    private final JdbcClient jdbc;

    public CandidateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored candidate and the path of its organisation (for the scope checks). */
    public record Row(Candidate candidate, String organizationPath) {
    }

    public long insert(Candidate c, String nameKey) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO admission_candidate (full_name, name_key, sex, birth_date, organization_id, stage,
                    outstanding_on)
                VALUES (:name, :key, :sex, :birth, :org, :stage, :on)""")
                .param("name", c.fullName()).param("key", nameKey).param("sex", c.sex().name())
                .param("birth", c.birthDate()).param("org", c.organizationId()).param("stage", c.stage().name())
                .param("on", c.outstandingOn()).update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql(SELECT + " WHERE c.id = :id").param("id", id).query(CandidateStore::row).optional();
    }

    /** Candidates filed under {@code path}; closed ones (admitted, dropped) only when asked for. */
    public List<Row> under(String path, boolean closedToo) {
        String open = closedToo ? "" : " AND c.stage NOT IN ('ADMITTED', 'DROPPED')";
        return jdbc.sql(SELECT + " WHERE d.path LIKE :prefix" + open + " ORDER BY c.id")
                .param("prefix", path + "%").query(CandidateStore::row).list();
    }

    /** Candidates under {@code path} with an admission decision and no ceremony yet. */
    public List<Row> awaitingCeremony(String path) {
        return jdbc.sql(SELECT + " WHERE c.stage = 'DECISION' AND d.path LIKE :prefix ORDER BY c.decision_on")
                .param("prefix", path + "%").query(CandidateStore::row).list();
    }

    /** Writes every changeable column; false when someone else changed the candidate first. */
    public boolean save(Candidate c, String nameKey, int version) {
        return jdbc.sql("""
                UPDATE admission_candidate SET full_name = :name, name_key = :key, sex = :sex, birth_date = :birth,
                    organization_id = :org, stage = :stage, course_on = :course, dossier_on = :dossier,
                    decision_on = :decision, decision_ref = :ref, ceremony_on = :ceremony, member_id = :member,
                    dropped_on = :dropped, drop_reason = :reason, version = version + 1
                 WHERE id = :id AND version = :v""")
                .paramSource(new MapSqlParameterSource("id", c.id()).addValue("v", version)
                        .addValue("name", c.fullName()).addValue("key", nameKey).addValue("sex", c.sex().name())
                        .addValue("birth", c.birthDate()).addValue("org", c.organizationId())
                        .addValue("stage", c.stage().name()).addValue("course", c.courseOn())
                        .addValue("dossier", c.dossierOn()).addValue("decision", c.decisionOn())
                        .addValue("ref", c.decisionRef()).addValue("ceremony", c.ceremonyOn())
                        .addValue("member", c.memberId()).addValue("dropped", c.droppedOn())
                        .addValue("reason", c.dropReason()))
                .update() == 1;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(new Candidate(rs.getLong("id"), rs.getString("full_name"), Sex.valueOf(rs.getString("sex")),
                date(rs, "birth_date"), rs.getLong("organization_id"), rs.getString("organization_name"),
                CandidateStage.valueOf(rs.getString("stage")), date(rs, "outstanding_on"), date(rs, "course_on"),
                date(rs, "dossier_on"), date(rs, "decision_on"), rs.getString("decision_ref"),
                date(rs, "ceremony_on"), rs.getObject("member_id", Long.class), date(rs, "dropped_on"),
                rs.getString("drop_reason"), rs.getInt("version")), rs.getString("organization_path"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
