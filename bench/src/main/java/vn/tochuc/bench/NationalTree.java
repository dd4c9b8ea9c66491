package vn.tochuc.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import vn.tochuc.shared.VietnameseText;

/**
 * Bulk-loads a national-size organisation tree into PostgreSQL with COPY, bypassing the write facade on
 * purpose (the audit trail is not filled): 34 provinces, about 3,300 communes, 55,000 grassroots
 * organisations and 280,000 cells under one central root. About one commune in ten was formed on
 * 01/07/2025 by merging two or three older communes that sat under a district; its whole subtree then
 * has a version before that day (under the old commune and district) and one from it, exactly as
 * {@code TreeChanges.merge} leaves it, so "as of" queries have real history to read.
 */
final class NationalTree {

    static final String ROOT_CODE = "VN-BENCH";
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    private static final LocalDate LAST_FOUNDING = LocalDate.of(2024, 12, 31);
    private static final int COMMUNES = 3_300;

    private static final String[] PROVINCES = {"thành phố Hà Nội", "thành phố Huế", "tỉnh Lai Châu", "tỉnh Điện Biên",
            "tỉnh Sơn La", "tỉnh Lạng Sơn", "tỉnh Quảng Ninh", "tỉnh Thanh Hóa", "tỉnh Nghệ An", "tỉnh Hà Tĩnh",
            "tỉnh Cao Bằng", "tỉnh Tuyên Quang", "tỉnh Lào Cai", "tỉnh Thái Nguyên", "tỉnh Phú Thọ", "tỉnh Bắc Ninh",
            "tỉnh Hưng Yên", "thành phố Hải Phòng", "tỉnh Ninh Bình", "tỉnh Quảng Trị", "thành phố Đà Nẵng",
            "tỉnh Quảng Ngãi", "tỉnh Gia Lai", "tỉnh Khánh Hòa", "tỉnh Lâm Đồng", "tỉnh Đắk Lắk",
            "Thành phố Hồ Chí Minh", "tỉnh Đồng Nai", "tỉnh Tây Ninh", "thành phố Cần Thơ", "tỉnh Vĩnh Long",
            "tỉnh Đồng Tháp", "tỉnh Cà Mau", "tỉnh An Giang"};
    private static final String[] SYLLABLES = {"An", "Bình", "Hòa", "Phú", "Tân", "Thạnh", "Long", "Mỹ", "Hưng",
            "Đông", "Tây", "Nam", "Bắc", "Thái", "Quang", "Minh", "Trung", "Phước", "Hiệp", "Lộc", "Sơn", "Hải",
            "Thuận", "Vĩnh", "Yên", "Gia", "Cẩm", "Kim", "Xuân", "Hồng", "Đức", "Thành", "Lâm", "Định", "Nghĩa",
            "Châu", "Quế", "Tiến", "Thắng", "Lợi", "Phong", "Hà", "Cát", "Ngọc", "Khánh", "Thịnh", "Chiềng", "Mường"};
    private static final String[] COMMITTEES = {"Đảng bộ Trường THPT ", "Đảng bộ Công ty Cổ phần ",
            "Đảng bộ Bệnh viện Đa khoa ", "Đảng bộ Cơ quan ", "Đảng bộ Trung tâm Y tế ", "Đảng bộ Công ty TNHH "};
    private static final String[] GRASSROOTS_CELLS = {"Chi bộ thôn ", "Chi bộ ấp ", "Chi bộ bản ", "Chi bộ khu phố ",
            "Chi bộ Trường Tiểu học ", "Chi bộ Trường THCS ", "Chi bộ Trường Mầm non ", "Chi bộ Trạm Y tế "};
    private static final String[] CELLS = {"Chi bộ Tổ ", "Chi bộ Khoa ", "Chi bộ Phòng ", "Chi bộ Đội sản xuất ",
            "Chi bộ Phân xưởng ", "Chi bộ Ban "};

    private final Random random;
    private long nextId;
    private final StringBuilder organizations = new StringBuilder(1 << 24);
    private final StringBuilder versions = new StringBuilder(1 << 26);
    private final StringBuilder lineage = new StringBuilder(1 << 16);
    private final StringBuilder events = new StringBuilder(1 << 25);
    private final int[] counts = new int[5];
    private int versionRows;

    private NationalTree(long seed, long firstId) {
        this.random = new Random(seed);
        this.nextId = firstId;
    }

    /** The id of the bench root, or -1 when the national tree has not been loaded yet. */
    static long rootId(Connection connection) throws SQLException {
        try (var st = connection.prepareStatement("SELECT id FROM party_organization WHERE code = ?")) {
            st.setString(1, ROOT_CODE);
            var rs = st.executeQuery();
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    /** Generates the tree for {@code seed} and loads it in one transaction; returns a one-line summary. */
    static String load(Connection connection, long seed) throws SQLException, IOException {
        long firstId;
        try (Statement st = connection.createStatement(); var rs = st.executeQuery(
                "SELECT COALESCE(MAX(id), 0) + 1 FROM party_organization")) {
            rs.next();
            firstId = rs.getLong(1);
        }
        NationalTree tree = new NationalTree(seed, firstId);
        tree.generate();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        copy(copy.copyIn("COPY party_organization (id, code, founded_on, ended_on, end_reason) FROM STDIN"),
                tree.organizations);
        copy(copy.copyIn("COPY organization_version (organization_id, name, name_key, type, parent_id, path, depth,"
                + " valid_from, valid_to) FROM STDIN"), tree.versions);
        copy(copy.copyIn("COPY organization_lineage (predecessor_id, successor_id, kind, effective_on, decision_ref)"
                + " FROM STDIN"), tree.lineage);
        copy(copy.copyIn("COPY organization_event (organization_id, kind, effective_on, description, recorded_by,"
                + " recorded_at) FROM STDIN"), tree.events);
        try (Statement st = connection.createStatement()) {
            st.execute("SELECT setval(pg_get_serial_sequence('party_organization', 'id'), "
                    + "(SELECT MAX(id) FROM party_organization))");
        }
        connection.commit();
        connection.setAutoCommit(true);
        try (Statement st = connection.createStatement()) {
            st.execute("VACUUM ANALYZE party_organization, organization_version, organization_lineage,"
                    + " organization_event");
        }
        connection.setAutoCommit(autoCommit);
        return tree.summary();
    }

    private static void copy(CopyIn in, StringBuilder rows) throws SQLException {
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        int chunk = 1 << 20;
        for (int offset = 0; offset < bytes.length; offset += chunk) {
            in.writeToCopy(bytes, offset, Math.min(chunk, bytes.length - offset));
        }
        in.endCopy();
    }

    private String summary() {
        return "%d provinces, %d communes, %d grassroots organisations, %d sub-committees and cells, %d versions"
                .formatted(counts[0], counts[1], counts[2], counts[3], versionRows);
    }

    private void generate() {
        Node root = found("CENTRAL", "Ban Chấp hành Trung ương (dữ liệu thử tải)", ROOT_CODE, null,
                LocalDate.of(1930, 2, 3));
        int[] communes = spread(COMMUNES, PROVINCES.length);
        for (int p = 0; p < PROVINCES.length; p++) {
            Node province = found("PROVINCIAL", "Đảng bộ " + PROVINCES[p], null, root,
                    day(LocalDate.of(1945, 1, 1), LocalDate.of(1960, 12, 31)));
            counts[0]++;
            List<Node> districts = new ArrayList<>();
            for (int d = 2 + random.nextInt(3); d > 0; d--) {
                districts.add(found("DISTRICT", "Đảng bộ huyện " + place(), null, province,
                        day(province.founded, LocalDate.of(1980, 12, 31)), "DISSOLVED"));
            }
            for (int c = 0; c < communes[p]; c++) {
                commune(province, districts);
            }
            for (int g = 20 + random.nextInt(20); g > 0; g--) {
                grassroots(province, null, province.founded);
            }
        }
    }

    private void commune(Node province, List<Node> districts) {
        String name = "Đảng bộ " + (random.nextInt(10) < 3 ? "phường " : "xã ") + place();
        counts[1]++;
        if (random.nextInt(10) > 0) {
            Node commune = found("COMMUNE", name, null, province, day(LocalDate.of(1960, 1, 1), LocalDate.of(2000, 12, 31)));
            for (int g = 8 + random.nextInt(18); g > 0; g--) {
                grassroots(commune, null, commune.founded);
            }
            return;
        }
        Node district = districts.get(random.nextInt(districts.size()));
        List<Node> predecessors = new ArrayList<>();
        for (int i = 2 + random.nextInt(2); i > 0; i--) {
            predecessors.add(found("COMMUNE", "Đảng bộ xã " + place(), null, district,
                    day(district.founded, LocalDate.of(2000, 12, 31)), "MERGED"));
        }
        Node commune = found("COMMUNE", name, null, province, REFORM);
        for (Node predecessor : predecessors) {
            lineage.append(predecessor.id).append('\t').append(commune.id).append("\tMERGE\t").append(REFORM)
                    .append("\tQuyết định số ").append(1000 + random.nextInt(2000)).append("-QĐ/TU\n");
        }
        for (int g = 8 + random.nextInt(18); g > 0; g--) {
            Node before = predecessors.get(random.nextInt(predecessors.size()));
            grassroots(commune, before, before.founded);
        }
    }

    /**
     * A grassroots organisation under {@code parent}; when {@code before} is given it sat under that old
     * commune until 01/07/2025 and moved with the merger, and so did everything under it.
     */
    private void grassroots(Node parent, Node before, LocalDate from) {
        counts[2]++;
        boolean committee = random.nextInt(100) < 40;
        String name = committee ? COMMITTEES[random.nextInt(COMMITTEES.length)] + place()
                : GRASSROOTS_CELLS[random.nextInt(GRASSROOTS_CELLS.length)] + place();
        Node g = moved(committee ? "GRASSROOTS_COMMITTEE" : "GRASSROOTS_CELL", name, parent, before,
                day(from, LAST_FOUNDING));
        if (!committee) {
            return;
        }
        if (random.nextInt(100) < 3) {
            for (int s = 1; s <= 2; s++) {
                Node sub = moved("SUB_COMMITTEE", "Đảng bộ bộ phận " + place(), g, null, day(g.founded, LAST_FOUNDING));
                counts[3]++;
                cells(sub, 3 + random.nextInt(4));
            }
        }
        cells(g, 5 + random.nextInt(16));
    }

    private void cells(Node parent, int n) {
        for (int i = 1; i <= n; i++) {
            moved("CELL", CELLS[random.nextInt(CELLS.length)] + place() + " " + i, parent, null,
                    day(parent.founded, LAST_FOUNDING));
            counts[3]++;
        }
    }

    /** Founds a node; if its parent (or {@code before}) has a pre-reform path, it gets two versions. */
    private Node moved(String type, String name, Node parent, Node before, LocalDate founded) {
        Node node = newNode(type, name, null, founded, null);
        if (before != null) {
            node.beforePath = before.path + node.id + "/";
            node.beforeParent = before.id;
        } else if (parent.beforePath != null) {
            node.beforePath = parent.beforePath + node.id + "/";
            node.beforeParent = parent.id;
        }
        node.path = parent.path + node.id + "/";
        if (node.beforePath != null) {
            version(node, name, type, node.beforeParent, node.beforePath, founded, REFORM);
            version(node, name, type, parent.id, node.path, REFORM, null);
        } else {
            version(node, name, type, parent.id, node.path, founded, null);
        }
        return node;
    }

    private Node found(String type, String name, String code, Node parent, LocalDate founded) {
        return found(type, name, code, parent, founded, null);
    }

    /** Founds a node with one version; with an end reason, it ended on 01/07/2025 (merged or dissolved). */
    private Node found(String type, String name, String code, Node parent, LocalDate founded, String endReason) {
        Node node = newNode(type, name, code, founded, endReason);
        node.path = (parent == null ? "/" : parent.path) + node.id + "/";
        version(node, name, type, parent == null ? null : parent.id, node.path, founded,
                endReason == null ? null : REFORM);
        return node;
    }

    private Node newNode(String type, String name, String code, LocalDate founded, String endReason) {
        Node node = new Node(nextId++, founded);
        organizations.append(node.id).append('\t').append(code == null ? "NB" + node.id : code).append('\t')
                .append(founded).append('\t').append(endReason == null ? "\\N\t\\N" : REFORM + "\t" + endReason)
                .append('\n');
        events.append(node.id).append("\tFOUNDED\t").append(founded).append("\tThành lập ").append(name)
                .append("\tbench\t2026-01-01 00:00:00+07\n");
        if (endReason != null) {
            events.append(node.id).append('\t').append(endReason.equals("MERGED") ? "MERGED_INTO" : endReason)
                    .append('\t').append(REFORM).append("\tKết thúc hoạt động\tbench\t2026-01-01 00:00:00+07\n");
        }
        return node;
    }

    private void version(Node node, String name, String type, Long parent, String path, LocalDate from, LocalDate to) {
        versions.append(node.id).append('\t').append(name).append('\t').append(VietnameseText.fold(name)).append('\t')
                .append(type).append('\t').append(parent == null ? "\\N" : parent).append('\t').append(path).append('\t')
                .append(depth(path)).append('\t').append(from).append('\t').append(to == null ? "\\N" : to).append('\n');
        versionRows++;
    }

    private static int depth(String path) {
        int slashes = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                slashes++;
            }
        }
        return slashes - 2;
    }

    private String place() {
        return SYLLABLES[random.nextInt(SYLLABLES.length)] + " " + SYLLABLES[random.nextInt(SYLLABLES.length)];
    }

    private LocalDate day(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
    }

    /** {@code total} spread over {@code n} parts of uneven size (from about half to one and a half of the mean). */
    private int[] spread(int total, int n) {
        double[] weights = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            weights[i] = 0.5 + random.nextDouble();
            sum += weights[i];
        }
        int[] parts = new int[n];
        int given = 0;
        for (int i = 0; i < n; i++) {
            parts[i] = (int) Math.round(total * weights[i] / sum);
            given += parts[i];
        }
        parts[n - 1] += total - given;
        return parts;
    }

    private static final class Node {
        final long id;
        final LocalDate founded;
        String path;
        String beforePath;
        long beforeParent;

        Node(long id, LocalDate founded) {
            this.id = id;
            this.founded = founded;
        }
    }
}
