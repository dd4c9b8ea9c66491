package vn.tochuc.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.tochuc.TochucApplication;
import vn.tochuc.access.ActingAs;
import vn.tochuc.access.Role;
import vn.tochuc.access.SignedInUser;
import vn.tochuc.membership.AdmissionTargets;
import vn.tochuc.membership.WorkLists;

/**
 * Work lists on a province of 200,000 members (issue #4, part 3): the whole {@code /members/work} overview and a
 * year's admission progress through the facades ({@link WorkLists#overview}, {@link AdmissionTargets#progress}),
 * as a province-wide clerk and as a commune's clerk, beside the SQL those pages send run raw over JDBC
 * ({@code bench/sql/worklists-queries.sql}, the sum of its statements) in the same run. The synthetic province
 * ({@code bench/sql/worklists-seed.sql}, ids from 900000) is added once to its own database, created and migrated
 * when missing.
 *
 * <p>Environment: {@code TOCHUC_BENCH_DB_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/tochuc_bench_worklists}), {@code TOCHUC_BENCH_DB_USER} ({@code postgres}),
 * {@code TOCHUC_BENCH_DB_PASSWORD}, {@code TOCHUC_BENCH_RUNS} (20), {@code TOCHUC_BENCH_WARMUP} (3).
 */
public final class WorkListBench {

    private static final long PROVINCE = 900_000;
    private static final long COMMUNE = 900_001;

    private WorkListBench() {
    }

    public static void main(String[] args) throws Exception {
        String url = MemberBench.env("TOCHUC_BENCH_DB_URL", "jdbc:postgresql://127.0.0.1:5432/tochuc_bench_worklists");
        String user = MemberBench.env("TOCHUC_BENCH_DB_USER", "postgres");
        String password = MemberBench.env("TOCHUC_BENCH_DB_PASSWORD", "");
        int runs = Integer.parseInt(MemberBench.env("TOCHUC_BENCH_RUNS", "20"));
        int warmup = Integer.parseInt(MemberBench.env("TOCHUC_BENCH_WARMUP", "3"));
        MemberBench.createDatabaseIfMissing(url, user, password);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TochucApplication.class).run(
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password, "--spring.datasource.hikari.maximum-pool-size=4",
                "--tochuc.demo.enabled=false", "--server.port=0", "--spring.main.banner-mode=off",
                "--spring.flyway.out-of-order=true", "--logging.level.root=WARN");
        try (Connection raw = context.getBean(DataSource.class).getConnection()) {
            seedOnce(raw);
            WorkLists lists = context.getBean(WorkLists.class);
            AdmissionTargets targets = context.getBean(AdmissionTargets.class);
            String queries = Files.readString(Path.of("bench/sql/worklists-queries.sql"), StandardCharsets.UTF_8);
            System.out.printf("%n%-52s %26s %26s%n", "operation (%d runs after %d)".formatted(runs, warmup),
                    "facade p50 / p95 / max ms", "raw SQL p50 / p95 / max ms");
            for (long scope : new long[] {PROVINCE, COMMUNE}) {
                SignedInUser clerk = new SignedInUser(-1, "bench-clerk", "Bench", "", Role.CLERK, scope, true, false);
                List<String> statements = statements(queries.replace("'/900000/%'", "'" + pathOf(scope) + "%'"));
                long[] facade = Timings.time(warmup, runs, i -> ActingAs.signedIn(clerk, () -> {
                    lists.overview(null, 200);
                    return targets.progress(scope, 2020);
                }));
                long[] sql = Timings.time(warmup, runs, i -> {
                    try (Statement st = raw.createStatement()) {
                        for (String statement : statements) {
                            try (ResultSet rs = st.executeQuery(statement)) {
                                while (rs.next()) {
                                    rs.getObject(1);
                                }
                            }
                        }
                    }
                });
                System.out.printf("%-52s %26s %26s%n", "work page + targets, %s clerk".formatted(
                        scope == PROVINCE ? "province (200,000)" : "commune (2,000)"), Timings.stats(facade),
                        Timings.stats(sql));
                // where the facade's time goes, section by section
                List<java.util.Map.Entry<String, java.util.function.Supplier<Object>>> parts = List.of(
                        java.util.Map.entry("conversions", () -> lists.conversions(null, 200)),
                        java.util.Map.entry("ceremonies", () -> lists.ceremonies(null, 200)),
                        java.util.Map.entry("transfers", () -> lists.transfers(null, 200)),
                        java.util.Map.entry("exemptions", () -> lists.exemptions(null, 200)),
                        java.util.Map.entry("data problems", () -> lists.problems(null, 200)),
                        java.util.Map.entry("targets", () -> targets.progress(scope, 2020)));
                for (var part : parts) {
                    long[] one = Timings.time(1, Math.max(3, runs / 4), i -> ActingAs.signedIn(clerk,
                            part.getValue()));
                    System.out.printf("  %-50s %26s%n", part.getKey(), Timings.stats(one));
                }
            }
        } finally {
            context.close();
        }
    }

    private static String pathOf(long scope) {
        return scope == PROVINCE ? "/900000/" : "/900000/" + scope + "/";
    }

    /** Adds the province once: the seed's statements, each on its own (the last one, VACUUM, needs no transaction). */
    private static void seedOnce(Connection raw) throws Exception {
        try (Statement st = raw.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM party_organization WHERE id = " + PROVINCE)) {
            rs.next();
            if (rs.getLong(1) > 0) {
                System.out.println("Reusing the synthetic province already in the database");
                return;
            }
        }
        long t = System.nanoTime();
        String seed = Files.readString(Path.of("bench/sql/worklists-seed.sql"), StandardCharsets.UTF_8);
        try (Statement st = raw.createStatement()) {
            for (String statement : statements(seed)) {
                st.execute(statement);
            }
        }
        System.out.printf("Synthetic province of 200,000 members added in %.1f s%n", (System.nanoTime() - t) / 1e9);
    }

    /** The SQL statements of a psql file: comment and backslash lines left out, split at the ';' ending a line. */
    static List<String> statements(String file) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : file.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--") || trimmed.startsWith("\\")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                statements.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        return statements;
    }
}
