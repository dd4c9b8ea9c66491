package vn.tochuc.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.tochuc.TochucApplication;
import vn.tochuc.access.SystemTasks;
import vn.tochuc.organization.Organizations;

/**
 * Tree benchmark (issue #2). Boots the application against a PostgreSQL database (Flyway migrates it),
 * loads the national tree once ({@link NationalTree}; reused on later runs), then times the read
 * facade as the system actor next to the equivalent raw SQL over plain JDBC on the same data:
 * children of a commune, counting a province's subtree, and a province's tree as of a past day.
 *
 * <p>Configuration (environment): {@code TOCHUC_BENCH_DB_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/tochuc_bench}), {@code TOCHUC_BENCH_DB_USER} ({@code postgres}),
 * {@code TOCHUC_BENCH_DB_PASSWORD} (empty), {@code TOCHUC_BENCH_RUNS} (200), {@code TOCHUC_BENCH_WARMUP} (50),
 * {@code TOCHUC_BENCH_SEED} (42).
 */
public final class TreeBench {

    static final LocalDate PAST = LocalDate.of(2025, 6, 30);

    private static final String AT = "%1$s.valid_from <= ? AND (%1$s.valid_to IS NULL OR %1$s.valid_to > ?)";
    private static final String NODE = """
            SELECT v.organization_id, v.name, v.type, v.parent_id, v.path, v.depth,
                   (SELECT COUNT(*) FROM organization_version c WHERE c.parent_id = v.organization_id AND %s) AS child_count
              FROM organization_version v""".formatted(AT.formatted("c"));
    static final String RAW_CHILDREN = NODE + " WHERE v.parent_id = ? AND " + AT.formatted("v");
    static final String RAW_COUNT = "SELECT v.type, COUNT(*) FROM organization_version v WHERE v.path LIKE ? AND "
            + AT.formatted("v") + " GROUP BY v.type";
    /** The subtree with child counts in one statement: the counts are grouped from the subtree's own rows. */
    static final String RAW_TREE = """
            WITH s AS (SELECT v.organization_id, v.name, v.type, v.parent_id, v.path, v.depth
                         FROM organization_version v WHERE v.path LIKE ? AND %s)
            SELECT s.*, COALESCE(c.n, 0) AS child_count
              FROM s LEFT JOIN (SELECT parent_id, COUNT(*) AS n FROM s GROUP BY parent_id) c
                ON c.parent_id = s.organization_id""".formatted(AT.formatted("v"));
    /** The same with one child-count sub-query per row: what OrganizationStore.subtree ran before issue #2. */
    static final String RAW_TREE_PER_ROW = NODE + " WHERE v.path LIKE ? AND " + AT.formatted("v");

    private TreeBench() {
    }

    public static void main(String[] args) throws Exception {
        String url = env("TOCHUC_BENCH_DB_URL", "jdbc:postgresql://127.0.0.1:5432/tochuc_bench");
        int runs = Integer.parseInt(env("TOCHUC_BENCH_RUNS", "200"));
        int warmup = Integer.parseInt(env("TOCHUC_BENCH_WARMUP", "50"));
        long seed = Long.parseLong(env("TOCHUC_BENCH_SEED", "42"));
        long start = System.nanoTime();
        // command-line arguments: they take precedence over application.properties (defaults would not)
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TochucApplication.class).run(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + env("TOCHUC_BENCH_DB_USER", "postgres"),
                "--spring.datasource.password=" + env("TOCHUC_BENCH_DB_PASSWORD", ""),
                "--spring.datasource.hikari.maximum-pool-size=4", "--tochuc.demo.enabled=false", "--server.port=0",
                "--spring.main.banner-mode=off", "--logging.level.root=WARN");
        System.out.printf("Application context against %s up in %.1f s%n", url, (System.nanoTime() - start) / 1e9);
        DataSource dataSource = context.getBean(DataSource.class);
        Organizations organizations = context.getBean(Organizations.class);
        try (Connection raw = dataSource.getConnection()) {
            long root = NationalTree.rootId(raw);
            if (root < 0) {
                long load = System.nanoTime();
                String summary = NationalTree.load(raw, seed);
                System.out.printf("Loaded national tree (seed %d) in %.1f s: %s%n", seed, (System.nanoTime() - load) / 1e9,
                        summary);
                root = NationalTree.rootId(raw);
            } else {
                System.out.println("Reusing the national tree already in the database");
            }
            Targets targets = Targets.find(raw, root);
            System.out.println(targets.describe());
            new Measurements(organizations, raw, targets, organizations.today(), warmup, runs).run();
        } finally {
            context.close();
        }
    }

    /** The organisations the operations run against: every commune (picked at random) and the largest province. */
    record Targets(long root, String rootPath, List<Long> communes, long province, String provincePath, int provinceSize,
            int total) {

        static Targets find(Connection c, long root) throws SQLException {
            String rootPath = single(c, "SELECT path FROM organization_version WHERE organization_id = " + root
                    + " AND valid_to IS NULL");
            List<Long> communes = new ArrayList<>();
            long province = -1;
            String provincePath = null;
            int size = -1;
            try (PreparedStatement st = c.prepareStatement("SELECT organization_id, type, path FROM organization_version"
                    + " WHERE path LIKE ? AND depth <= 2 AND valid_to IS NULL AND type IN ('COMMUNE', 'PROVINCIAL')"
                    + " ORDER BY organization_id")) {
                st.setString(1, rootPath + "%");
                ResultSet rs = st.executeQuery();
                List<Object[]> provinces = new ArrayList<>();
                while (rs.next()) {
                    if (rs.getString(2).equals("COMMUNE")) {
                        communes.add(rs.getLong(1));
                    } else {
                        provinces.add(new Object[] {rs.getLong(1), rs.getString(3)});
                    }
                }
                for (Object[] p : provinces) {
                    int n = Integer.parseInt(single(c, "SELECT COUNT(*) FROM organization_version WHERE path LIKE '"
                            + p[1] + "%' AND valid_to IS NULL"));
                    if (n > size) {
                        size = n;
                        province = (Long) p[0];
                        provincePath = (String) p[1];
                    }
                }
            }
            int total = Integer.parseInt(single(c, "SELECT COUNT(*) FROM organization_version WHERE path LIKE '"
                    + rootPath + "%' AND valid_to IS NULL"));
            return new Targets(root, rootPath, communes, province, provincePath, size, total);
        }

        String describe() {
            return "National tree: %d organisations in force today, %d communes; largest province %d with %d organisations"
                    .formatted(total, communes.size(), province, provinceSize);
        }
    }

    static String single(Connection c, String sql) throws SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static <T> T asSystem(java.util.function.Supplier<T> work) {
        return SystemTasks.run(work);
    }

    static Random choices() {
        return new Random(7);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
