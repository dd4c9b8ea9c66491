package vn.tochuc.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tochuc.access.ActingAs;
import vn.tochuc.access.Role;
import vn.tochuc.access.SignedInUser;
import vn.tochuc.membership.MemberHistories;
import vn.tochuc.membership.MemberHistories.History;
import vn.tochuc.membership.Members;
import vn.tochuc.membership.internal.MemberBulkWriter;
import vn.tochuc.shared.VietnameseText;

/** The member registry's timings, each beside a raw-SQL (or raw COPY) baseline from the same run. */
final class MemberMeasurements {

    /** Typed searches: common and rare names, partial words, with and without diacritics. */
    static final String[] QUERIES = {"nguyen thi h", "Nguyễn Thị Hoa", "tran van nam", "le thi thu", "pham duc",
        "hoang ngoc lan", "nguyen van", "vu thi huong", "thang", "lo van", "huynh thanh", "do quy", "dang thi ng",
        "ngo xuan truong", "bui", "ha thi", "trinh cong", "duong minh", "mai thi thu ha", "nguyen", "nông văn",
        "ly bao", "ho huu tai", "van", "thi", "sam van", "cao thi nhan", "giang", "tran thi my", "le van"};

    private final ConfigurableApplicationContext context;
    private final TransactionTemplate tx;
    private final MemberBulkWriter writer;
    private final DataSource dataSource;
    private final String rootPath;
    private final Map<Long, List<NationalMembers.Cell>> provinces;
    private final int load;
    private final long seed;
    private final int warmup;
    private final int runs;
    private final Members members;
    private final int importRows = Integer.parseInt(MemberBench.env("TOCHUC_BENCH_IMPORT", "200000"));
    private final String only = MemberBench.env("TOCHUC_BENCH_ONLY", "");

    MemberMeasurements(ConfigurableApplicationContext context, TransactionTemplate tx, MemberBulkWriter writer,
            DataSource dataSource, String rootPath, Map<Long, List<NationalMembers.Cell>> provinces, int load,
            long seed, int warmup, int runs) {
        this.context = context;
        this.tx = tx;
        this.writer = writer;
        this.dataSource = dataSource;
        this.rootPath = rootPath;
        this.provinces = provinces;
        this.load = load;
        this.seed = seed;
        this.warmup = warmup;
        this.runs = runs;
        this.members = context.getBean(Members.class);
    }

    void run() throws Exception {
        long province = provinces.entrySet().stream().max(Comparator.comparingInt(e -> e.getValue().size()))
                .orElseThrow().getKey();
        try (Connection raw = dataSource.getConnection()) {
            long inProvince = Long.parseLong(TreeBench.single(raw, "SELECT COUNT(*) FROM member m"
                    + " JOIN organization_directory d ON d.id = m.organization_id WHERE d.path LIKE '"
                    + pathOf(raw, province) + "%'"));
            System.out.printf("Largest province %d: %,d cells, %,d member records%n", province,
                    provinces.get(province).size(), inProvince);
            System.out.println();
            System.out.printf("%-52s %26s %26s %10s%n", "operation", "facade p50 / p95 / max ms",
                    "raw SQL p50 / p95 / max ms", "target");
            if (only.isEmpty() || only.equals("load")) {
                bulkLoad(province);
                vacuum(raw);
            }
            if (only.isEmpty() || only.equals("import")) {
                new ImportMeasurements(context, tx, writer, importRows, seed).run(raw, province, pathOf(raw, province),
                        provinces.get(province));
                vacuum(raw);
            }
            if (only.isEmpty() || only.equals("search")) {
                search(raw, province);
            }
            if (only.isEmpty() || only.equals("page")) {
                memberPage(raw);
            }
            if (only.isEmpty() || only.equals("asof")) {
                asOf(raw, province);
            }
        }
    }

    /**
     * The loads above are rolled back, which leaves their rows as dead tuples in the largest province's part of the
     * tables and indexes, until autovacuum comes: clear them so that the next measurement does not read through the
     * benchmark's own debris (hundreds of thousands of dead rows in exactly the scope the searches use).
     */
    private static void vacuum(Connection raw) throws java.sql.SQLException {
        long t = System.nanoTime();
        try (java.sql.Statement st = raw.createStatement()) {
            st.execute("VACUUM (ANALYZE) member, member_event");
        }
        System.out.printf("  (VACUUM after the rolled-back loads: %.1f s)%n", (System.nanoTime() - t) / 1e9);
    }

    // (a) bulk load with full validation against raw COPY of the same rows, both rolled back
    private void bulkLoad(long province) {
        List<NationalMembers.Cell> cells = provinces.get(province);
        long t = System.nanoTime();
        long generated = 0;
        for (Iterator<History> it = loadHistories(cells); it.hasNext(); it.next()) {
            generated++;
        }
        double generation = seconds(t);
        MemberHistories histories = context.getBean(MemberHistories.class);
        t = System.nanoTime();
        long loaded = tx.execute(status -> {
            long n = MemberBench.asSystem(() -> histories.load(loadHistories(cells), "Nạp thử tải một tỉnh"));
            status.setRollbackOnly();
            return n;
        });
        double checked = seconds(t);
        t = System.nanoTime();
        long[] copied = tx.execute(status -> {
            long[] n = MemberBench.rawCopy(writer, loadHistories(cells));
            status.setRollbackOnly();
            return n;
        });
        double raw = seconds(t);
        System.out.printf("%-52s %26s %26s %10s%n", "load %,d members, %,d events (rolled back)".formatted(loaded,
                copied[1]), "%.1f s = %,.0f rows/s".formatted(checked, loaded / checked),
                "%.1f s = %,.0f rows/s".formatted(raw, copied[0] / raw), "100,000/s");
        System.out.printf("  (generating the %,d histories alone takes %.1f s of each: %,.0f rows/s)%n", generated,
                generation, generated / generation);
    }

    private Iterator<History> loadHistories(List<NationalMembers.Cell> cells) {
        return new NationalMembers("099").members(cells, load, seed + 1000);
    }

    // (b) accent-insensitive name search, national scope and a province clerk's scope
    private void search(Connection raw, long province) throws Exception {
        SignedInUser clerk = new SignedInUser(-1, "bench-clerk", "Bench", "", Role.CLERK, province, true, false);
        String provincePath = pathOf(raw, province);
        long[] slowest = new long[QUERIES.length];
        print("search(name, 200), national scope", 50,
                Timings.time(warmup, runs, i -> slowest(slowest, i,
                        () -> MemberBench.asSystem(() -> members.search(query(i), 200)))),
                Timings.time(warmup, runs, i -> naiveSearch(raw, rootPath, query(i))));
        printSlowest(slowest);
        long[] slowestInProvince = new long[QUERIES.length];
        print("search(name, 200), province clerk", 50,
                Timings.time(warmup, runs, i -> slowest(slowestInProvince, i,
                        () -> ActingAs.signedIn(clerk, () -> members.search(query(i), 200)))),
                Timings.time(warmup, runs, i -> naiveSearch(raw, provincePath, query(i))));
        printSlowest(slowestInProvince);
    }

    /** Runs search {@code i}, keeping the slowest time of each typed query. */
    private static void slowest(long[] slowest, int i, Runnable search) {
        long start = System.nanoTime();
        search.run();
        int q = i % QUERIES.length;
        slowest[q] = Math.max(slowest[q], System.nanoTime() - start);
    }

    private static void printSlowest(long[] slowest) {
        Integer[] order = new Integer[slowest.length];
        for (int q = 0; q < order.length; q++) {
            order[q] = q;
        }
        Arrays.sort(order, Comparator.comparingLong((Integer q) -> slowest[q]).reversed());
        StringBuilder line = new StringBuilder("  slowest typed queries (max ms):");
        for (int k = 0; k < 5; k++) {
            line.append(" \"%s\" %.0f".formatted(QUERIES[order[k]], Timings.millis(slowest[order[k]])));
        }
        System.out.println(line);
    }

    private static String query(int i) {
        return QUERIES[i % QUERIES.length];
    }

    /** The plain query: every folded word as LIKE '%word%', within the path, first 1000 rows. */
    private static int naiveSearch(Connection raw, String path, String query) throws SQLException {
        String[] words = VietnameseText.fold(query).split(" ");
        StringBuilder sql = new StringBuilder("""
                SELECT m.id, m.full_name FROM member m JOIN organization_directory d ON d.id = m.organization_id
                 WHERE d.path LIKE ?""");
        for (int w = 0; w < words.length; w++) {
            sql.append(" AND m.name_key LIKE ?");
        }
        sql.append(" FETCH FIRST 1000 ROWS ONLY");
        try (PreparedStatement st = raw.prepareStatement(sql.toString())) {
            st.setString(1, path + "%");
            for (int w = 0; w < words.length; w++) {
                st.setString(w + 2, "%" + words[w] + "%");
            }
            return drain(st);
        }
    }

    // (c) a member's page: the record and the history
    private void memberPage(Connection raw) throws Exception {
        long min = Long.parseLong(TreeBench.single(raw, "SELECT MIN(id) FROM member"));
        long max = Long.parseLong(TreeBench.single(raw, "SELECT MAX(id) FROM member"));
        Random random = new Random(seed);
        long[] ids = new long[warmup + runs];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = min + (long) (random.nextDouble() * (max - min));
        }
        print("member page: get(id) + history(id)", 20,
                Timings.time(warmup, runs, i -> MemberBench.asSystem(() -> {
                    members.get(ids[i]);
                    return members.history(ids[i]);
                })),
                Timings.time(warmup, runs, i -> {
                    try (PreparedStatement m = raw.prepareStatement("""
                            SELECT m.*, d.name, d.path FROM member m JOIN organization_directory d
                              ON d.id = m.organization_id WHERE m.id = ?""");
                            PreparedStatement e = raw.prepareStatement(
                                    "SELECT * FROM member_event WHERE member_id = ? ORDER BY seq")) {
                        m.setLong(1, ids[i]);
                        e.setLong(1, ids[i]);
                        drain(m);
                        drain(e);
                    }
                }));
    }

    // (d) the largest province's membership on 31/12/2024
    private void asOf(Connection raw, long province) throws Exception {
        LocalDate day = MemberBench.pastDay();
        int[] listed = new int[1];
        long[] list = Timings.time(1, 5, i -> listed[0] = MemberBench.asSystem(() -> members.asOf(province, day)).size());
        long[] count = Timings.time(1, 5, i -> MemberBench.asSystem(() -> members.countAsOf(province, day)));
        long[] rawCount = Timings.time(1, 5, i -> rawAsOfCount(raw, province, day));
        print("asOf(largest province, 31/12/2024): %,d".formatted(listed[0]), 2000, list, rawCount);
        print("countAsOf(largest province, 31/12/2024)", 2000, count, rawCount);
        long[] national = Timings.time(0, 2, i -> MemberBench.asSystem(() -> members.countAsOf(
                Long.parseLong(rootPath.substring(1, rootPath.length() - 1)), day)));
        print("countAsOf(national root, 31/12/2024)", Double.NaN, national, null);
    }

    /**
     * Brute force in one statement: each member's last event on or before the day (DISTINCT ON), kept when it
     * leaves the member in an organisation whose path on that day lies under the province's.
     */
    private static int rawAsOfCount(Connection raw, long province, LocalDate day) throws SQLException {
        try (PreparedStatement st = raw.prepareStatement("""
                SELECT COUNT(*) FROM (
                  SELECT DISTINCT ON (e.member_id) e.member_id, e.status_after, e.organization_after
                    FROM member_event e WHERE e.effective_on <= ? ORDER BY e.member_id, e.seq DESC) last
                  JOIN organization_version v ON v.organization_id = last.organization_after
                   AND v.valid_from <= ? AND (v.valid_to IS NULL OR v.valid_to > ?)
                 WHERE last.status_after IN ('PROBATIONARY', 'OFFICIAL') AND v.path LIKE (
                   SELECT p.path || '%' FROM organization_version p WHERE p.organization_id = ?
                      AND p.valid_from <= ? AND (p.valid_to IS NULL OR p.valid_to > ?))""")) {
            st.setObject(1, day);
            st.setObject(2, day);
            st.setObject(3, day);
            st.setLong(4, province);
            st.setObject(5, day);
            st.setObject(6, day);
            return drain(st);
        }
    }

    private static String pathOf(Connection raw, long id) throws SQLException {
        return TreeBench.single(raw, "SELECT path FROM organization_version WHERE organization_id = " + id
                + " AND valid_to IS NULL");
    }

    private static int drain(PreparedStatement st) throws SQLException {
        int n = 0;
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                n++;
            }
        }
        return n;
    }

    private static void print(String name, double targetMs, long[] facade, long[] raw) {
        System.out.printf("%-52s %26s %26s %10s%n", name, Timings.stats(facade), raw == null ? "" : Timings.stats(raw),
                Double.isNaN(targetMs) ? "" : "p95 ≤ %.0f".formatted(targetMs)
                        + (Timings.p95(facade) <= targetMs ? " ✓" : " ✗"));
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
