package vn.tochuc.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.tochuc.election.Counting;

/**
 * Target 2: three operators entering ballots at once, each in its own pass of a three-pass election of 200
 * names, in five ways, each on an election of its own: the JSON API with HTTP Basic (the target as set),
 * the entry page as operators use it (form log-in once, then htmx posts), the JSON API with a personal API
 * token, the service called in-process, and the raw-SQL baseline (a plain INSERT of an equivalent row). Then
 * the cost of one password check, which HTTP Basic pays on every request.
 */
final class EntryTimes {

    private final ApplicationContext context;
    private final BenchElections bench;
    private final BenchBallots ballots;
    private final String baseUrl;
    private final DataSource dataSource;
    private final EntryLoad load;
    private final List<String> keys;

    EntryTimes(ApplicationContext context, BenchElections bench, BenchBallots ballots, String baseUrl) {
        this.context = context;
        this.bench = bench;
        this.ballots = ballots;
        this.baseUrl = baseUrl;
        this.dataSource = context.getBean(DataSource.class);
        this.load = new EntryLoad(3, ElectionBench.intEnv("TOCHUC_BENCH_ENTRY_WARMUP", 100),
                ElectionBench.intEnv("TOCHUC_BENCH_ENTRY_RUNS", 500));
        this.keys = ballots.surplus.stream().limit(load.ballots()).map(BenchBallots.Ballot::keys).toList();
    }

    List<String> run() throws Exception {
        String stamp = Long.toString(System.currentTimeMillis());
        long[] raw = baseline();
        Counting counting = context.getBean(Counting.class);
        long inProcess = open("in-process " + stamp);
        long[] service = load.run((pass, b) -> bench.as(BenchElections.OPERATORS.get(pass - 1),
                () -> counting.record(inProcess, b, keys.get(b - 1))));
        long tokenElection = open("token " + stamp);
        List<String> bearer = bench.operatorTokens().stream().map(t -> "Bearer " + t).toList();
        long[] token = load.run(EntryLoad.http(baseUrl, tokenElection, bearer, keys));
        long webElection = open("web " + stamp);
        long[] web = load.run(EntryLoad.web(baseUrl, webElection, BenchElections.OPERATORS, BenchElections.PASSWORD, keys));
        long basicElection = open("basic " + stamp);
        List<String> basic = BenchElections.OPERATORS.stream().map(u -> EntryLoad.basic(u, BenchElections.PASSWORD))
                .toList();
        long[] http = load.run(EntryLoad.http(baseUrl, basicElection, basic, keys));
        String hash = storedHash();
        long[] password = passwordCheck(hash);
        String note = "3 operators at once, %d timed entries each after %d".formatted(load.runs(), load.warmup());
        return List.of(
                row("2", "ballot entry, `POST /api/v1/elections/{id}/ballots`, HTTP Basic", http, raw, note),
                row("2w", "same on the entry page, `POST /elections/{id}/entry` (session, CSRF, htmx fragment)", web, raw,
                        "as operators enter"),
                row("2t", "same JSON API with a personal API token (`Bearer`)", token, raw, "for comparison"),
                row("2s", "same without HTTP: `Counting.record` in-process", service, raw, "for comparison"),
                "| 2p | one password check, as HTTP Basic does on every request (`PasswordEncoder.matches`, one thread)"
                        + " | %s | – | – | – | stored hash `%s…` |".formatted(Timings.stats(password), prefix(hash)));
    }

    private static String row(String id, String what, long[] app, long[] raw, String note) {
        return "| %s | %s | %s | %s | ≤ 30 ms (p95) | %s | %s |".formatted(id, what, Timings.stats(app),
                Timings.stats(raw), Timings.p95(app) <= 30 ? "yes" : "NO", note);
    }

    private long open(String label) {
        return bench.opened("Đại hội thử tải nhập phiếu " + label, ballots.names, BenchBallots.SEATS, 3,
                BenchBallots.BALLOTS, load.ballots());
    }

    /** Three threads, each on its own auto-committing connection, inserting into a copy of ballot_entry. */
    private long[] baseline() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS bench_entry (LIKE ballot_entry INCLUDING ALL)");
        }
        try (Connection one = dataSource.getConnection(); Connection two = dataSource.getConnection();
                Connection three = dataSource.getConnection()) {
            return load.run(EntryLoad.jdbc(List.of(one, two, three), System.nanoTime(), keys));
        }
    }

    private long[] passwordCheck(String hash) throws Exception {
        PasswordEncoder encoder = context.getBean(PasswordEncoder.class);
        return Timings.time(3, 20, i -> {
            if (!encoder.matches(BenchElections.PASSWORD, hash)) {
                throw new IllegalStateException("the bench password does not match its stored hash");
            }
        });
    }

    /** "{bcrypt}$2a$10$": the algorithm and its cost, not the salt or the hash. */
    private static String prefix(String hash) {
        int cost = hash.indexOf('$', hash.indexOf('$', hash.indexOf('$') + 1) + 1);
        return hash.substring(0, cost + 1);
    }

    private String storedHash() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT password_hash FROM app_user WHERE username = ?")) {
            st.setString(1, BenchElections.OPERATORS.getFirst());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
