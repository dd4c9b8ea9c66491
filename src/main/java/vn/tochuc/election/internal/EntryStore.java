package vn.tochuc.election.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The entry log: inserts only. */
@Repository
public class EntryStore {

    private final JdbcClient jdbc;

    public EntryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The last entry of an election's log, for chaining (call with the election row locked). */
    public Optional<Entry> last(long electionId) {
        return jdbc.sql("SELECT * FROM ballot_entry WHERE election_id = :e ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")
                .param("e", electionId).query(EntryStore::row).optional();
    }

    public long append(Entry e) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO ballot_entry (election_id, seq, kind, pass_no, ballot_no, content, voids_id, operator,
                                          reason, entered_at, prev_hash, hash)
                VALUES (:e, :seq, :kind, :pass, :ballot, :content, :voids, :op, :reason, :at, :prev, :hash)""")
                .param("e", e.electionId()).param("seq", e.seq()).param("kind", e.kind()).param("pass", e.passNo())
                .param("ballot", e.ballotNo()).param("content", e.content()).param("voids", e.voidsId())
                .param("op", e.operator()).param("reason", e.reason()).param("at", e.enteredAt())
                .param("prev", e.prevHash()).param("hash", e.hash()).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The whole log in order. */
    public List<Entry> log(long electionId) {
        return jdbc.sql("SELECT * FROM ballot_entry WHERE election_id = :e ORDER BY seq")
                .param("e", electionId).query(EntryStore::row).list();
    }

    /** The entry in force for one ballot in one pass (the latest, since a correction supersedes). */
    public Optional<Entry> current(long electionId, int passNo, int ballotNo) {
        return jdbc.sql("""
                SELECT * FROM ballot_entry WHERE election_id = :e AND pass_no = :p AND ballot_no = :b
                 ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY""")
                .param("e", electionId).param("p", passNo).param("b", ballotNo).query(EntryStore::row).optional();
    }

    /** How many distinct ballots a pass has entered. */
    public int enteredIn(long electionId, int passNo) {
        return jdbc.sql("SELECT COUNT(DISTINCT ballot_no) FROM ballot_entry WHERE election_id = :e AND pass_no = :p")
                .param("e", electionId).param("p", passNo).query(Integer.class).single();
    }

    private static Entry row(ResultSet rs, int n) throws SQLException {
        return new Entry(rs.getLong("id"), rs.getLong("election_id"), rs.getInt("seq"), rs.getString("kind"),
                rs.getInt("pass_no"), rs.getInt("ballot_no"), rs.getString("content"),
                rs.getObject("voids_id", Long.class), rs.getString("operator"), rs.getString("reason"),
                rs.getObject("entered_at", OffsetDateTime.class), rs.getString("prev_hash"), rs.getString("hash"));
    }

    /**
     * One row of the log. {@code kind} ENTRY (a pass's reading), CORRECTION (a pass re-reads a ballot; it
     * voids the earlier entry) or RESOLUTION (pass 0: the head of the board decides a mismatch).
     */
    public record Entry(long id, long electionId, int seq, String kind, int passNo, int ballotNo, String content,
            Long voidsId, String operator, String reason, OffsetDateTime enteredAt, String prevHash, String hash) {
    }
}
