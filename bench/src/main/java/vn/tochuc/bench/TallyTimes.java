package vn.tochuc.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.tochuc.election.counting.CongressKind;
import vn.tochuc.election.counting.ElectionKind;
import vn.tochuc.election.counting.ElectionSpec;
import vn.tochuc.election.counting.Tally;
import vn.tochuc.election.counting.TallyRequest;
import vn.tochuc.election.counting.TallyResult;

/**
 * Target 1: the engine's {@code Tally.count} over 1,600 ballots × 200 names, on a list with surplus and one
 * without, next to the same vote count as one SQL aggregate over a table holding the same 1,600 ballots
 * ({@code bench_ballot}: one row per ballot, the positions it gives no vote to as an array). The engine
 * also classifies, decides and explains; the SQL only counts.
 */
final class TallyTimes {

    /** Votes per position = valid ballots − ballots on which the position got no vote. */
    private static final String RAW_VOTES = """
            WITH v AS (SELECT not_voted FROM bench_ballot
                        WHERE list = ? AND NOT declared_invalid AND cardinality(not_voted) BETWEEN ? AND ?)
            SELECT p.pos, (SELECT COUNT(*) FROM v) - COUNT(s.pos) AS votes
              FROM generate_series(1, ?) p(pos)
              LEFT JOIN (SELECT unnest(not_voted) AS pos FROM v) s ON s.pos = p.pos
             GROUP BY p.pos ORDER BY p.pos""";

    private final Connection connection;
    private final BenchBallots ballots;
    private final String key;

    TallyTimes(Connection connection, BenchBallots ballots, long seed) {
        this.connection = connection;
        this.ballots = ballots;
        this.key = "seed-" + seed;
    }

    /** Loads the ballots into {@code bench_ballot} (created when missing, replaced for this seed). */
    void load() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("""
                    CREATE TABLE IF NOT EXISTS bench_ballot (list VARCHAR(40) NOT NULL, ballot_no INT NOT NULL,
                        declared_invalid BOOLEAN NOT NULL, not_voted INT[] NOT NULL, PRIMARY KEY (list, ballot_no))""");
        }
        insert("surplus-" + key, ballots.surplus);
        insert("plain-" + key, ballots.plain);
        try (Statement st = connection.createStatement()) {
            st.execute("ANALYZE bench_ballot");
        }
    }

    List<String> run(int warmup, int runs) throws Exception {
        int surplus = BenchBallots.NAMES - BenchBallots.SEATS;
        var withSurplus = new TallyRequest(spec(BenchBallots.SEATS), ballots.inputs(ballots.surplus));
        var withoutSurplus = new TallyRequest(spec(BenchBallots.NAMES), ballots.inputs(ballots.plain));
        String agreeSurplus = agree(Tally.count(withSurplus), raw("surplus-" + key, surplus, BenchBallots.NAMES - 1));
        String agreePlain = agree(Tally.count(withoutSurplus), raw("plain-" + key, 0, BenchBallots.NAMES));
        long[] engineSurplus = Timings.time(warmup, runs, i -> Tally.count(withSurplus));
        long[] sqlSurplus = Timings.time(warmup, runs, i -> raw("surplus-" + key, surplus, BenchBallots.NAMES - 1));
        long[] enginePlain = Timings.time(warmup, runs, i -> Tally.count(withoutSurplus));
        long[] sqlPlain = Timings.time(warmup, runs, i -> raw("plain-" + key, 0, BenchBallots.NAMES));
        return List.of(
                row("1a", "tally, list with surplus (200 names, 180 seats)", engineSurplus, sqlSurplus, agreeSurplus),
                row("1b", "tally, list without surplus (200 names, 200 seats)", enginePlain, sqlPlain, agreePlain));
    }

    private static String row(String id, String what, long[] engine, long[] sql, String agree) {
        return "| %s | %s | `Tally.count` %s | %s | ≤ 20 ms | %s | %s |".formatted(id, what, Timings.stats(engine),
                Timings.stats(sql), Timings.p95(engine) <= 20 ? "yes" : "NO", agree);
    }

    private ElectionSpec spec(int seats) {
        return new ElectionSpec(ElectionKind.EXECUTIVE_COMMITTEE, CongressKind.DELEGATES, seats, ballots.names,
                BenchBallots.BALLOTS + 12,
                Map.of("DELEGATES_ABSENT_WITHOUT_ALTERNATE", 12));
    }

    private static String agree(TallyResult result, int[] sql) {
        int[] engine = result.candidates().stream().mapToInt(TallyResult.CandidateResult::votes).toArray();
        return Arrays.equals(engine, sql) ? "same votes" : "VOTES DIFFER";
    }

    private int[] raw(String list, int minStruck, int maxStruck) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(RAW_VOTES)) {
            st.setString(1, list);
            st.setInt(2, minStruck);
            st.setInt(3, maxStruck);
            st.setInt(4, BenchBallots.NAMES);
            int[] votes = new int[BenchBallots.NAMES];
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    votes[rs.getInt(1) - 1] = rs.getInt(2);
                }
            }
            return votes;
        }
    }

    private void insert(String list, List<BenchBallots.Ballot> rows) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM bench_ballot WHERE list = ?");
                PreparedStatement st = connection.prepareStatement(
                        "INSERT INTO bench_ballot (list, ballot_no, declared_invalid, not_voted) VALUES (?, ?, ?, ?)")) {
            delete.setString(1, list);
            delete.executeUpdate();
            for (int b = 0; b < rows.size(); b++) {
                BenchBallots.Ballot ballot = rows.get(b);
                Array positions = connection.createArrayOf("int4", ballot.notVoted().stream().sorted().toArray());
                st.setString(1, list);
                st.setInt(2, b + 1);
                st.setBoolean(3, ballot.declaredInvalid());
                st.setArray(4, positions);
                st.addBatch();
            }
            st.executeBatch();
        }
    }
}
