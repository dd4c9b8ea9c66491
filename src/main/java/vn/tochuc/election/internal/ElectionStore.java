package vn.tochuc.election.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.tochuc.election.BoardMemberView;
import vn.tochuc.election.BoardRole;
import vn.tochuc.election.CandidateRoute;
import vn.tochuc.election.CandidateView;
import vn.tochuc.election.ElectionStatus;
import vn.tochuc.election.ElectionView;
import vn.tochuc.election.counting.CongressKind;
import vn.tochuc.election.counting.ElectionKind;
import vn.tochuc.election.counting.Exclusion;
import vn.tochuc.shared.VietnameseText;

/** SQL for elections, their lists and boards. */
@Repository
public class ElectionStore {

    private static final String SELECT = """
            SELECT e.*, c.name AS congress_name, c.term, c.kind AS congress_kind, c.closes_on, c.place,
                   c.organization_id, d.name AS organization_name, d.path AS organization_path
              FROM election e JOIN congress c ON c.id = e.congress_id
              LEFT JOIN organization_directory d ON d.id = c.organization_id""";

    private final JdbcClient jdbc;

    public ElectionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ElectionView> find(long id) {
        return jdbc.sql(SELECT + " WHERE e.id = :id").param("id", id).query(this::row).optional();
    }

    /** Locks the election row for this transaction: entries and status changes are serialised. */
    public Optional<ElectionView> lock(long id) {
        jdbc.sql("SELECT id FROM election WHERE id = :id FOR UPDATE").param("id", id).query(Long.class).optional();
        return find(id);
    }

    /**
     * Locks the election row for this transaction and reads only its status: for a ballot entry, which has
     * read everything else before and needs the lock only to extend the entry log's chain.
     */
    public ElectionStatus lockStatus(long id) {
        return ElectionStatus.valueOf(jdbc.sql("SELECT status FROM election WHERE id = :id FOR UPDATE")
                .param("id", id).query(String.class).single());
    }

    public List<ElectionView> forCongress(long congressId) {
        return jdbc.sql(SELECT + " WHERE e.congress_id = :c ORDER BY e.id").param("c", congressId).query(this::row).list();
    }

    public long insert(long congressId, ElectionKind kind, int seats, int round, Long previousId,
            boolean directSecretary, int maxSurplus, int passes, boolean serials) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO election (congress_id, kind, seats, round_no, previous_id, direct_secretary,
                                      max_surplus_percent, entry_passes, use_serials, status)
                VALUES (:c, :kind, :seats, :round, :prev, :direct, :max, :passes, :serials, 'DRAFT')""")
                .param("c", congressId).param("kind", kind.name()).param("seats", seats).param("round", round)
                .param("prev", previousId).param("direct", directSecretary).param("max", maxSurplus)
                .param("passes", passes).param("serials", serials).update(keys, "id");
        return keys.getKey().longValue();
    }

    public void setParticipation(long id, Integer convened, Integer attendees, Integer present, Integer officialMembers,
            Map<Exclusion, Integer> exclusions) {
        jdbc.sql("""
                UPDATE election SET convened = :convened, attendees = :attendees, present_at_voting = :present,
                       official_members = :official, version = version + 1 WHERE id = :id""")
                .param("convened", convened).param("attendees", attendees).param("present", present)
                .param("official", officialMembers).param("id", id).update();
        jdbc.sql("DELETE FROM election_exclusion WHERE election_id = :id").param("id", id).update();
        exclusions.forEach((reason, count) -> jdbc.sql(
                "INSERT INTO election_exclusion (election_id, reason, count) VALUES (:id, :r, :n)")
                .param("id", id).param("r", reason.name()).param("n", count).update());
    }

    public void setStatus(long id, ElectionStatus status) {
        jdbc.sql("UPDATE election SET status = :s, version = version + 1 WHERE id = :id")
                .param("s", status.name()).param("id", id).update();
    }

    public void openCounting(long id, int issued, int returned) {
        jdbc.sql("""
                UPDATE election SET status = 'COUNTING', ballots_issued = :issued, ballots_returned = :returned,
                       version = version + 1 WHERE id = :id""")
                .param("issued", issued).param("returned", returned).param("id", id).update();
    }

    public void publish(long id, String resultJson, String resultHash, String logHash, OffsetDateTime at, String by,
            LocalDate complaintDeadline, LocalDate retentionUntil) {
        jdbc.sql("""
                UPDATE election SET status = 'PUBLISHED', result_json = :json, result_hash = :rh, log_hash = :lh,
                       published_at = :at, published_by = :by, complaint_deadline = :deadline,
                       retention_until = :retention, version = version + 1
                 WHERE id = :id AND status = 'COUNTING'""")
                .param("json", resultJson).param("rh", resultHash).param("lh", logHash).param("at", at)
                .param("by", by).param("deadline", complaintDeadline).param("retention", retentionUntil)
                .param("id", id).update();
    }

    public Optional<String> resultJson(long id) {
        return jdbc.sql("SELECT result_json FROM election WHERE id = :id AND result_json IS NOT NULL")
                .param("id", id).query(String.class).optional();
    }

    /** Published results of one kind of election at a congress (annulled ones excluded). */
    public List<String> publishedResults(long congressId, ElectionKind kind) {
        return jdbc.sql("SELECT result_json FROM election WHERE congress_id = :c AND kind = :k AND status = 'PUBLISHED'")
                .param("c", congressId).param("k", kind.name()).query(String.class).list();
    }

    public Optional<String> resultHash(long id) {
        return jdbc.sql("SELECT result_hash FROM election WHERE id = :id AND result_hash IS NOT NULL")
                .param("id", id).query(String.class).optional();
    }

    public void approve(long id, LocalDate on, String ref) {
        jdbc.sql("UPDATE election SET approved_on = :on, approval_ref = :ref, version = version + 1 WHERE id = :id")
                .param("on", on).param("ref", ref).param("id", id).update();
    }

    public void annul(long id, LocalDate on, String ref, String reason) {
        jdbc.sql("""
                UPDATE election SET status = 'ANNULLED', annulled_on = :on, annulment_ref = :ref,
                       annulment_reason = :reason, version = version + 1 WHERE id = :id""")
                .param("on", on).param("ref", ref).param("reason", reason).param("id", id).update();
    }

    public List<CandidateView> candidates(long electionId) {
        return jdbc.sql("SELECT * FROM candidate WHERE election_id = :id ORDER BY withdrawn, position, id")
                .param("id", electionId)
                .query((rs, n) -> new CandidateView(rs.getLong("id"), rs.getInt("position"), rs.getString("full_name"),
                        CandidateRoute.valueOf(rs.getString("route")), (Integer) rs.getObject("approvals", Integer.class),
                        rs.getBoolean("official"), rs.getBoolean("withdrawn"), rs.getString("withdrawal_reason")))
                .list();
    }

    public long addCandidate(long electionId, String name, CandidateRoute route, Integer approvals, boolean official) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO candidate (election_id, position, full_name, name_key, route, approvals, official)
                VALUES (:e, 0, :name, :key, :route, :approvals, :official)""")
                .param("e", electionId).param("name", name).param("key", VietnameseText.fold(name))
                .param("route", route.name()).param("approvals", approvals).param("official", official)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void setPosition(long candidateId, int position) {
        jdbc.sql("UPDATE candidate SET position = :p WHERE id = :id").param("p", position).param("id", candidateId).update();
    }

    public void withdraw(long candidateId, String reason) {
        jdbc.sql("UPDATE candidate SET withdrawn = TRUE, withdrawal_reason = :r, position = 0 WHERE id = :id")
                .param("r", reason).param("id", candidateId).update();
    }

    public List<BoardMemberView> board(long electionId) {
        return jdbc.sql("SELECT * FROM counting_board_member WHERE election_id = :id ORDER BY role, id")
                .param("id", electionId)
                .query((rs, n) -> new BoardMemberView(rs.getLong("id"), rs.getString("full_name"),
                        BoardRole.valueOf(rs.getString("role")), rs.getString("username"),
                        (Integer) rs.getObject("pass_no", Integer.class)))
                .list();
    }

    public void addBoardMember(long electionId, String fullName, BoardRole role, String username, Integer passNo) {
        jdbc.sql("""
                INSERT INTO counting_board_member (election_id, full_name, role, username, pass_no)
                VALUES (:e, :name, :role, :u, :pass)""")
                .param("e", electionId).param("name", fullName).param("role", role.name()).param("u", username)
                .param("pass", passNo).update();
    }

    public void removeBoardMember(long electionId, long memberId) {
        jdbc.sql("DELETE FROM counting_board_member WHERE election_id = :e AND id = :id")
                .param("e", electionId).param("id", memberId).update();
    }

    private ElectionView row(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        Map<Exclusion, Integer> exclusions = new EnumMap<>(Exclusion.class);
        jdbc.sql("SELECT reason, count FROM election_exclusion WHERE election_id = :id").param("id", id)
                .query((r, i) -> exclusions.put(Exclusion.valueOf(r.getString(1)), r.getInt(2))).list();
        return new ElectionView(id, rs.getLong("congress_id"), rs.getString("congress_name"), rs.getString("term"),
                CongressKind.valueOf(rs.getString("congress_kind")), rs.getObject("closes_on", LocalDate.class),
                rs.getString("place"), rs.getLong("organization_id"), rs.getString("organization_name"),
                rs.getString("organization_path"), ElectionKind.valueOf(rs.getString("kind")), rs.getInt("seats"),
                rs.getInt("round_no"), rs.getObject("previous_id", Long.class), rs.getBoolean("direct_secretary"),
                rs.getInt("max_surplus_percent"), rs.getInt("entry_passes"), rs.getBoolean("use_serials"),
                rs.getObject("convened", Integer.class), exclusions, rs.getObject("attendees", Integer.class),
                rs.getObject("present_at_voting", Integer.class), rs.getObject("official_members", Integer.class),
                rs.getObject("ballots_issued", Integer.class), rs.getObject("ballots_returned", Integer.class),
                ElectionStatus.valueOf(rs.getString("status")), rs.getObject("published_at", OffsetDateTime.class),
                rs.getString("published_by"), rs.getObject("complaint_deadline", LocalDate.class),
                rs.getObject("retention_until", LocalDate.class), rs.getObject("approved_on", LocalDate.class),
                rs.getString("approval_ref"), rs.getObject("annulled_on", LocalDate.class),
                rs.getString("annulment_ref"), rs.getString("annulment_reason"), rs.getString("log_hash"),
                rs.getInt("version"));
    }
}
