package vn.tochuc.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tochuc.TochucApplication;
import vn.tochuc.access.SystemTasks;
import vn.tochuc.membership.LifeEvent;
import vn.tochuc.membership.LifecycleRules;
import vn.tochuc.membership.MemberHistories;
import vn.tochuc.membership.MemberHistories.History;
import vn.tochuc.membership.MemberLifecycle;
import vn.tochuc.membership.MemberState;
import vn.tochuc.membership.Members;
import vn.tochuc.membership.internal.MemberBulkWriter;
import vn.tochuc.shared.VietnameseText;

/**
 * Member registry benchmark (issue #4). Boots the application against its own PostgreSQL database (created when
 * missing, Flyway migrates it), loads the national tree ({@link NationalTree}) and the national membership
 * ({@link NationalMembers}, raw COPY through {@link MemberBulkWriter} without any check) once and reuses them on
 * later runs, then times through the facades next to raw SQL of the same run: a bulk load with full validation
 * ({@link MemberHistories#load}) against raw COPY of the same rows, both rolled back; name search; a member's page;
 * a province's membership on a past day; the CSV import ({@link ImportMeasurements}). See
 * {@link MemberMeasurements}.
 *
 * <p>Environment: {@code TOCHUC_BENCH_DB_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/tochuc_bench_members}),
 * {@code TOCHUC_BENCH_DB_USER} ({@code postgres}), {@code TOCHUC_BENCH_DB_PASSWORD} (empty),
 * {@code TOCHUC_BENCH_MEMBERS} (5,700,000: the national membership loaded once), {@code TOCHUC_BENCH_LOAD}
 * (200,000: the province load timed), {@code TOCHUC_BENCH_IMPORT} (200,000: the rows of the CSV imported),
 * {@code TOCHUC_BENCH_RUNS} (200), {@code TOCHUC_BENCH_WARMUP} (30), {@code TOCHUC_BENCH_SEED} (42),
 * {@code TOCHUC_BENCH_ONLY} (empty: every measurement; {@code load}, {@code import}, {@code search}, {@code page}
 * or {@code asof}: that one only).
 */
public final class MemberBench {

    static final int CHUNK = 20_000;

    private MemberBench() {
    }

    public static void main(String[] args) throws Exception {
        String url = env("TOCHUC_BENCH_DB_URL", "jdbc:postgresql://127.0.0.1:5432/tochuc_bench_members");
        String user = env("TOCHUC_BENCH_DB_USER", "postgres");
        String password = env("TOCHUC_BENCH_DB_PASSWORD", "");
        long members = Long.parseLong(env("TOCHUC_BENCH_MEMBERS", "5700000"));
        int load = Integer.parseInt(env("TOCHUC_BENCH_LOAD", "200000"));
        int runs = Integer.parseInt(env("TOCHUC_BENCH_RUNS", "200"));
        int warmup = Integer.parseInt(env("TOCHUC_BENCH_WARMUP", "30"));
        long seed = Long.parseLong(env("TOCHUC_BENCH_SEED", "42"));
        createDatabaseIfMissing(url, user, password);
        long start = System.nanoTime();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TochucApplication.class).run(
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password, "--spring.datasource.hikari.maximum-pool-size=4",
                "--tochuc.demo.enabled=false", "--server.port=0", "--spring.main.banner-mode=off",
                // a database loaded once keeps up with migrations that land on main in any order
                "--spring.flyway.out-of-order=true",
                "--logging.level.root=WARN");
        System.out.printf("Application context against %s up in %.1f s%n", url, (System.nanoTime() - start) / 1e9);
        try {
            DataSource dataSource = context.getBean(DataSource.class);
            TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            MemberBulkWriter writer = context.getBean(MemberBulkWriter.class);
            String rootPath;
            Map<Long, List<NationalMembers.Cell>> provinces;
            try (Connection raw = dataSource.getConnection()) {
                long root = NationalTree.rootId(raw);
                if (root < 0) {
                    long t = System.nanoTime();
                    String summary = NationalTree.load(raw, seed);
                    System.out.printf("Loaded national tree (seed %d) in %.1f s: %s%n", seed,
                            (System.nanoTime() - t) / 1e9, summary);
                    root = NationalTree.rootId(raw);
                } else {
                    System.out.println("Reusing the national tree already in the database");
                }
                rootPath = TreeBench.single(raw, "SELECT path FROM organization_version WHERE organization_id = "
                        + root + " AND valid_to IS NULL");
                provinces = NationalMembers.cellsByProvince(raw, rootPath);
                paths = paths(raw);
                long existing = Long.parseLong(TreeBench.single(raw, "SELECT COUNT(*) FROM member"));
                if (existing == 0) {
                    loadNation(raw, tx, writer, provinces, members, seed);
                } else {
                    System.out.printf("Reusing the %,d members already in the database%n", existing);
                }
            }
            new MemberMeasurements(context, tx, writer, dataSource, rootPath, provinces, load, seed, warmup, runs)
                    .run();
        } finally {
            context.close();
        }
    }

    /**
     * Raw COPY of the whole membership, one transaction per province, then VACUUM ANALYZE. As for any first load of
     * millions of rows, the secondary indexes of member and member_event are dropped first and built again after
     * (constraints and foreign keys stay and are checked).
     */
    private static void loadNation(Connection raw, TransactionTemplate tx, MemberBulkWriter writer,
            Map<Long, List<NationalMembers.Cell>> provinces, long total, long seed) throws SQLException {
        List<String[]> indexes = new ArrayList<>();
        try (Statement st = raw.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT i.indexname, i.indexdef FROM pg_indexes i
                 WHERE i.schemaname = current_schema() AND i.tablename IN ('member', 'member_event')
                   AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)""")) {
            while (rs.next()) {
                indexes.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        try (Statement st = raw.createStatement()) {
            for (String[] index : indexes) {
                st.execute("DROP INDEX " + index[0]);
            }
        }
        long start = System.nanoTime();
        int cells = provinces.values().stream().mapToInt(List::size).sum();
        NationalMembers generator = new NationalMembers(null);
        long written = 0;
        long events = 0;
        int p = 0;
        for (List<NationalMembers.Cell> province : provinces.values()) {
            long share = Math.round((double) total * province.size() / cells);
            Iterator<History> histories = generator.members(province, share, seed + p++);
            long[] counts = tx.execute(status -> rawCopy(writer, histories));
            written += counts[0];
            events += counts[1];
            System.out.printf("  province %d: %,d members, %,d in all after %.0f s%n", p, counts[0], written,
                    (System.nanoTime() - start) / 1e9);
        }
        double copied = (System.nanoTime() - start) / 1e9;
        long rebuild = System.nanoTime();
        try (Statement st = raw.createStatement()) {
            st.execute("SET maintenance_work_mem = '512MB'");
            for (String[] index : indexes) {
                st.execute(index[1]);
            }
        }
        double indexed = (System.nanoTime() - rebuild) / 1e9;
        long vacuum = System.nanoTime();
        try (Statement st = raw.createStatement()) {
            st.execute("VACUUM ANALYZE member, member_event");
        }
        System.out.printf("Loaded %,d members and %,d events (raw COPY, generated on the fly) in %.1f s"
                + " (%,.0f members/s); %d indexes rebuilt in %.1f s; VACUUM ANALYZE %.1f s%n", written, events,
                copied, written / copied, indexes.size(), indexed, (System.nanoTime() - vacuum) / 1e9);
    }

    /**
     * Every organisation's current path, for the scope key that the raw COPY hands over with each member as the
     * checked load does (MemberHistories knows the paths from its scope).
     */
    private static Map<Long, String> paths = Map.of();

    private static Map<Long, String> paths(Connection raw) throws SQLException {
        Map<Long, String> paths = new java.util.HashMap<>();
        try (Statement st = raw.createStatement();
                ResultSet rs = st.executeQuery("SELECT id, path FROM organization_directory")) {
            while (rs.next()) {
                paths.put(rs.getLong(1), rs.getString(2));
            }
        }
        return paths;
    }

    /**
     * Writes the histories with no check at all: states from {@link MemberLifecycle}, folded names, the
     * organisation's path, COPY. Returns {members, events}.
     */
    static long[] rawCopy(MemberBulkWriter writer, Iterator<History> histories) {
        MemberLifecycle lifecycle = new MemberLifecycle(LifecycleRules.DEFAULT);
        OffsetDateTime at = OffsetDateTime.now();
        List<MemberBulkWriter.Entry> chunk = new ArrayList<>(CHUNK);
        long members = 0;
        long events = 0;
        while (histories.hasNext()) {
            History h = histories.next();
            List<MemberState> states = new ArrayList<>(h.events().size());
            MemberState state = null;
            for (LifeEvent e : h.events()) {
                state = lifecycle.apply(state, e);
                states.add(state);
            }
            chunk.add(new MemberBulkWriter.Entry(h.record(), VietnameseText.fold(h.record().fullName()), h.events(),
                    states, paths.get(state.organizationId())));
            events += h.events().size();
            if (chunk.size() == CHUNK || !histories.hasNext()) {
                members += writer.write(chunk, "bench", at).length;
                chunk.clear();
            }
        }
        return new long[] {members, events};
    }

    static void createDatabaseIfMissing(String url, String user, String password) throws SQLException {
        int slash = url.lastIndexOf('/');
        int query = url.indexOf('?', slash);
        String name = url.substring(slash + 1, query < 0 ? url.length() : query);
        try (Connection c = DriverManager.getConnection(url.substring(0, slash + 1) + "postgres", user, password);
                PreparedStatement st = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            st.setString(1, name);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    try (Statement create = c.createStatement()) {
                        create.execute("CREATE DATABASE \"" + name.replace("\"", "") + "\"");
                    }
                    System.out.println("Created database " + name);
                }
            }
        }
    }

    static <T> T asSystem(java.util.function.Supplier<T> work) {
        return SystemTasks.run(work);
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static LocalDate pastDay() {
        return LocalDate.of(2024, 12, 31);
    }

    static Members members(ConfigurableApplicationContext context) {
        return context.getBean(Members.class);
    }
}
