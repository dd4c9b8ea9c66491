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
import vn.tochuc.organization.Organizations;

/** Times each operation through the facade and as raw SQL, then prints the table and the query plans. */
final class Measurements {

    /** One operation: facade call and raw SQL for the i-th run, and the target in milliseconds. */
    private record Operation(String name, double targetMs, Run facade, Run raw) {
    }

    @FunctionalInterface
    private interface Run {
        void run(int i) throws SQLException;
    }

    private final Organizations organizations;
    private final Connection connection;
    private final TreeBench.Targets targets;
    private final LocalDate today;
    private final int warmup;
    private final int runs;
    private final long[] communePicks;

    Measurements(Organizations organizations, Connection connection, TreeBench.Targets targets, LocalDate today,
            int warmup, int runs) {
        this.organizations = organizations;
        this.connection = connection;
        this.targets = targets;
        this.today = today;
        this.warmup = warmup;
        this.runs = runs;
        Random random = TreeBench.choices();
        this.communePicks = new long[warmup + runs];
        for (int i = 0; i < communePicks.length; i++) {
            communePicks[i] = targets.communes().get(random.nextInt(targets.communes().size()));
        }
    }

    void run() throws SQLException {
        List<Operation> operations = List.of(
                new Operation("children(commune, today)", 5,
                        i -> TreeBench.asSystem(() -> organizations.children(communePicks[i], today)),
                        i -> rows(TreeBench.RAW_CHILDREN, communePicks[i], today)),
                new Operation("children(largest province, today)", 5,
                        i -> TreeBench.asSystem(() -> organizations.children(targets.province(), today)),
                        i -> rows(TreeBench.RAW_CHILDREN, targets.province(), today)),
                new Operation("countByType(largest province, today)", 20,
                        i -> TreeBench.asSystem(() -> organizations.countByType(targets.province(), today)),
                        i -> count(targets.provincePath(), today)),
                new Operation("tree(largest province, 30/06/2025)", 200,
                        i -> TreeBench.asSystem(() -> organizations.tree(targets.province(), TreeBench.PAST)),
                        i -> subtree(targets.provincePath(), TreeBench.PAST)),
                new Operation("tree(largest province, 30/06/2025), raw SQL with per-row child counts", 200,
                        null, i -> rows(TreeBench.RAW_TREE_PER_ROW, targets.provincePath() + "%", TreeBench.PAST)));
        List<String> lines = new ArrayList<>();
        lines.add("| operation | facade p50 / p95 / max (ms) | raw SQL p50 / p95 / max (ms) | target | met? |");
        lines.add("|---|---|---|---|---|");
        for (Operation op : operations) {
            long[] raw = time(op.raw());
            if (op.facade() == null) {
                lines.add("| %s | – | %s | (for comparison) | – |".formatted(op.name(), stats(raw)));
                continue;
            }
            long[] facade = time(op.facade());
            double p95 = millis(percentile(facade, 95));
            lines.add("| %s | %s | %s | ≤ %.0f ms (p95) | %s |".formatted(op.name(), stats(facade), stats(raw),
                    op.targetMs(), p95 <= op.targetMs() ? "yes" : "NO"));
        }
        System.out.printf("%nWarm-up %d runs, then %d timed runs per operation and side.%n%n", warmup, runs);
        lines.forEach(System.out::println);
        explain();
    }

    private long[] time(Run run) throws SQLException {
        try {
            return Timings.time(warmup, runs, run::run);
        } catch (SQLException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private int rows(String sql, Object key, LocalDate day) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            Date d = Date.valueOf(day);
            st.setDate(1, d);
            st.setDate(2, d);
            if (key instanceof Long id) {
                st.setLong(3, id);
            } else {
                st.setString(3, (String) key);
            }
            st.setDate(4, d);
            st.setDate(5, d);
            return read(st);
        }
    }

    private static int read(PreparedStatement st) throws SQLException {
        int n = 0;
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                rs.getLong(1);
                rs.getString(2);
                rs.getString(3);
                rs.getLong(4);
                rs.getString(5);
                rs.getInt(6);
                rs.getInt(7);
                n++;
            }
        }
        return n;
    }

    private int subtree(String path, LocalDate day) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(TreeBench.RAW_TREE)) {
            st.setString(1, path + "%");
            st.setDate(2, Date.valueOf(day));
            st.setDate(3, Date.valueOf(day));
            return read(st);
        }
    }

    private int count(String path, LocalDate day) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(TreeBench.RAW_COUNT)) {
            st.setString(1, path + "%");
            st.setDate(2, Date.valueOf(day));
            st.setDate(3, Date.valueOf(day));
            int n = 0;
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    n += rs.getInt(2);
                }
            }
            return n;
        }
    }

    private void explain() throws SQLException {
        String d = "'" + today + "'";
        String past = "'" + TreeBench.PAST + "'";
        String prefix = "'" + targets.provincePath() + "%'";
        explain("children(commune, today)", TreeBench.RAW_CHILDREN, d, d, Long.toString(communePicks[0]), d, d);
        explain("countByType(largest province, today)", TreeBench.RAW_COUNT, prefix, d, d);
        explain("tree(largest province, 30/06/2025)", TreeBench.RAW_TREE, prefix, past, past);
        explain("tree(largest province, 30/06/2025), one child-count sub-query per row (before issue #2)",
                TreeBench.RAW_TREE_PER_ROW, past, past, prefix, past, past);
    }

    private void explain(String title, String sql, String... values) throws SQLException {
        String text = sql;
        for (String value : values) {
            text = text.replaceFirst("\\?", value);
        }
        System.out.printf("%n-- EXPLAIN (ANALYZE, BUFFERS) %s%n", title);
        try (var st = connection.createStatement(); var rs = st.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + text)) {
            while (rs.next()) {
                System.out.println(rs.getString(1));
            }
        }
    }

    private static String stats(long[] sorted) {
        return "%.2f / %.2f / %.2f".formatted(millis(percentile(sorted, 50)), millis(percentile(sorted, 95)),
                millis(sorted[sorted.length - 1]));
    }

    /** Nearest-rank percentile of a sorted array. */
    private static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(rank - 1, 0)];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
