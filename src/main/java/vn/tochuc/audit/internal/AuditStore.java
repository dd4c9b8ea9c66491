package vn.tochuc.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tochuc.audit.AuditFilter;
import vn.tochuc.audit.AuditRecord;
import vn.tochuc.shared.DateFormats;

/** SQL for the trail. Records are only ever inserted. */
@Repository
public class AuditStore {

    private final JdbcClient jdbc;

    public AuditStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the chain head for this transaction: appends are serialised. */
    public Head lockHead() {
        return jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
    }

    public Head head() {
        return jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
    }

    public void append(AuditRecord r) {
        jdbc.sql("""
                INSERT INTO audit_record (seq, occurred_at, actor, action, entity_type, entity_id, organization_id,
                                          organization_path, summary, prev_hash, hash)
                VALUES (:seq, :at, :actor, :action, :type, :entity, :org, :path, :summary, :prev, :hash)""")
                .param("seq", r.seq()).param("at", r.occurredAt()).param("actor", r.actor())
                .param("action", r.action()).param("type", r.entityType()).param("entity", r.entityId())
                .param("org", r.organizationId()).param("path", r.organizationPath()).param("summary", r.summary())
                .param("prev", r.prevHash()).param("hash", r.hash()).update();
        jdbc.sql("UPDATE audit_chain_head SET last_seq = :seq, last_hash = :hash WHERE id = 1")
                .param("seq", r.seq()).param("hash", r.hash()).update();
    }

    public List<AuditRecord> find(String scopePath, AuditFilter filter, int limit, int offset) {
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_record WHERE organization_path LIKE :scope");
        var params = new java.util.HashMap<String, Object>();
        params.put("scope", scopePath + "%");
        if (filter.from() != null) {
            sql.append(" AND occurred_at >= :from");
            params.put("from", startOf(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" AND occurred_at < :to");
            params.put("to", startOf(filter.to().plusDays(1)));
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            sql.append(" AND actor = :actor");
            params.put("actor", filter.actor().strip());
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            sql.append(" AND action = :action");
            params.put("action", filter.action().strip());
        }
        if (filter.organizationId() != null) {
            sql.append(" AND organization_path LIKE :org");
            params.put("org", "%/" + filter.organizationId() + "/%");
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            sql.append(" AND LOWER(summary) LIKE :text");
            params.put("text", "%" + filter.text().strip().toLowerCase().replace("%", "").replace("_", "") + "%");
        }
        sql.append(" ORDER BY seq DESC OFFSET ").append(Math.max(offset, 0)).append(" ROWS FETCH NEXT ")
                .append(limit).append(" ROWS ONLY");
        return jdbc.sql(sql.toString()).params(params).query(AuditStore::record).list();
    }

    public List<String> actions() {
        return jdbc.sql("SELECT DISTINCT action FROM audit_record ORDER BY action").query(String.class).list();
    }

    /** A batch of the chain in order, for verification. */
    public List<AuditRecord> batchAfter(long afterSeq, int size) {
        return new ArrayList<>(jdbc.sql("SELECT * FROM audit_record WHERE seq > :after ORDER BY seq FETCH FIRST " + size + " ROWS ONLY")
                .param("after", afterSeq).query(AuditStore::record).list());
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(DateFormats.ZONE).toOffsetDateTime();
    }

    private static AuditRecord record(ResultSet rs, int n) throws SQLException {
        return new AuditRecord(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class),
                rs.getString("actor"), rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
                rs.getLong("organization_id"), rs.getString("organization_path"), rs.getString("summary"),
                rs.getString("prev_hash"), rs.getString("hash"));
    }

    /** The chain head: last sequence number and hash. */
    public record Head(long lastSeq, String lastHash) {
    }
}
