package vn.tochuc.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.tochuc.TochucApplication;
import vn.tochuc.election.ElectionDocuments;

/**
 * Election benchmark (issue #3). Boots the application against PostgreSQL with its embedded server on a
 * random loopback port, makes its organisation, accounts and elections through the services, then times:
 * (1) {@code Tally.count} over 1,600 ballots × 200 names next to one SQL aggregate over the same ballots;
 * (2) three operators entering ballots at once, each in its own pass of a three-pass election, by
 * {@code POST /api/v1/elections/{id}/ballots} with HTTP Basic, next to three threads doing a plain JDBC
 * INSERT of an equivalent row (and, to tell the costs apart, the same request with a personal API token
 * and the service called in-process); (3) {@code ElectionDocuments.minutes} of a published 200-name
 * election next to the SQL that reads the same data.
 *
 * <p>Environment: {@code TOCHUC_BENCH_DB_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/tochuc_bench}),
 * {@code TOCHUC_BENCH_DB_USER} ({@code postgres}), {@code TOCHUC_BENCH_DB_PASSWORD} (empty),
 * {@code TOCHUC_BENCH_SEED} (42), {@code TOCHUC_BENCH_RUNS} (100) and {@code TOCHUC_BENCH_WARMUP} (20) for the
 * tally, {@code TOCHUC_BENCH_ENTRY_RUNS} (500) and {@code TOCHUC_BENCH_ENTRY_WARMUP} (100) per operator,
 * {@code TOCHUC_BENCH_MINUTES_RUNS} (20) after 3 warm-up runs; {@code TOCHUC_BENCH_ONLY} (e.g. {@code entry}) to
 * run only some of {@code tally,entry,minutes}.
 */
public final class ElectionBench {

    private static final String READ_MINUTES_DATA = """
            SELECT e.*, c.name AS congress_name, c.term, c.kind AS congress_kind, c.closes_on, c.place,
                   c.organization_id, d.name AS organization_name, d.path AS organization_path
              FROM election e JOIN congress c ON c.id = e.congress_id
              LEFT JOIN organization_directory d ON d.id = c.organization_id WHERE e.id = ?;
            SELECT reason, count FROM election_exclusion WHERE election_id = ?;
            SELECT * FROM candidate WHERE election_id = ? ORDER BY withdrawn, position, id;
            SELECT * FROM counting_board_member WHERE election_id = ? ORDER BY role, id""";

    private ElectionBench() {
    }

    public static void main(String[] args) throws Exception {
        String url = env("TOCHUC_BENCH_DB_URL", "jdbc:postgresql://127.0.0.1:5432/tochuc_bench");
        long seed = Long.parseLong(env("TOCHUC_BENCH_SEED", "42"));
        long start = System.nanoTime();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TochucApplication.class).run(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + env("TOCHUC_BENCH_DB_USER", "postgres"),
                "--spring.datasource.password=" + env("TOCHUC_BENCH_DB_PASSWORD", ""),
                "--spring.datasource.hikari.maximum-pool-size=10", "--tochuc.demo.enabled=false",
                "--server.port=0", "--server.address=127.0.0.1", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN");
        String baseUrl = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
        System.out.printf("Application against %s up in %.1f s, serving %s%n", url, (System.nanoTime() - start) / 1e9,
                baseUrl);
        DataSource dataSource = context.getBean(DataSource.class);
        try (Connection raw = dataSource.getConnection()) {
            System.out.println(machine(raw));
            BenchBallots ballots = new BenchBallots(seed);
            BenchElections bench = new BenchElections(context);
            bench.setUp(raw);
            List<String> rows = new ArrayList<>();
            TallyTimes tally = new TallyTimes(raw, ballots, seed);
            tally.load();
            if (selected("tally")) {
                rows.addAll(report(tally.run(intEnv("TOCHUC_BENCH_WARMUP", 20), intEnv("TOCHUC_BENCH_RUNS", 100))));
            }
            if (selected("entry")) {
                rows.addAll(report(new EntryTimes(context, bench, ballots, baseUrl).run()));
            }
            if (selected("minutes")) {
                rows.addAll(report(List.of(minutes(context, bench, ballots, raw))));
            }
            System.out.println();
            System.out.println("| # | operation | application p50 / p95 / max (ms) | raw SQL p50 / p95 / max (ms) | target | met? | notes |");
            System.out.println("|---|---|---|---|---|---|---|");
            rows.forEach(System.out::println);
        } finally {
            context.close();
        }
    }

    private static List<String> report(List<String> rows) {
        rows.forEach(row -> System.out.println("measured: " + row));
        return rows;
    }

    /** Target 3: the minutes of the published 200-name election, as the head of its board prints them. */
    private static String minutes(ConfigurableApplicationContext context, BenchElections bench, BenchBallots ballots,
            Connection raw) throws Exception {
        long id = bench.publishedForMinutes(raw, ballots);
        ElectionDocuments documents = context.getBean(ElectionDocuments.class);
        int runs = intEnv("TOCHUC_BENCH_MINUTES_RUNS", 20);
        int[] size = new int[1];
        long[] app = Timings.time(3, runs, i -> size[0] = bench.as(BenchElections.HEAD, () -> documents.minutes(id)).length);
        long[] sql = Timings.time(3, runs, i -> readMinutesData(raw, id));
        return "| 3 | counting minutes PDF, 200 names (`ElectionDocuments.minutes`) | %s | %s | ≤ 2 s | %s | %d KB PDF |"
                .formatted(Timings.stats(app), Timings.stats(sql), Timings.p95(app) <= 2000 ? "yes" : "NO", size[0] / 1024);
    }

    private static void readMinutesData(Connection c, long id) throws SQLException {
        for (String sql : READ_MINUTES_DATA.split(";")) {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                st.setLong(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            rs.getObject(i);
                        }
                    }
                }
            }
        }
    }

    private static String machine(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW server_version")) {
            rs.next();
            return "Machine: %d cores, load average %s; JDK %s; PostgreSQL %s".formatted(
                    Runtime.getRuntime().availableProcessors(), loadAverage(), System.getProperty("java.version"),
                    rs.getString(1));
        }
    }

    private static String loadAverage() {
        try {
            String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return String.join(" ", java.util.Arrays.copyOf(parts, 3));
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    /** {@code TOCHUC_BENCH_ONLY}: a comma-separated choice of tally, entry, minutes (default all three). */
    private static boolean selected(String target) {
        String only = env("TOCHUC_BENCH_ONLY", "tally,entry,minutes");
        return List.of(only.split(",")).contains(target);
    }

    static int intEnv(String name, int fallback) {
        return Integer.parseInt(env(name, Integer.toString(fallback)));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
