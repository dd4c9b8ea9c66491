package vn.tochuc.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.tochuc.organization.ChangeKind;
import vn.tochuc.organization.CodedOrganization;
import vn.tochuc.organization.HistoryEntry;
import vn.tochuc.organization.Lineage;
import vn.tochuc.organization.OrganizationType;
import vn.tochuc.organization.OrganizationView;
import vn.tochuc.organization.TreeNode;
import vn.tochuc.shared.VietnameseText;

/** SQL for the tree. Every read takes the day it is asked about; "now" is just today. */
@Repository
public class OrganizationStore {

    /** A version is in force on :day when it started on or before and did not end by then. */
    static final String AT = "%1$s.valid_from <= :day AND (%1$s.valid_to IS NULL OR %1$s.valid_to > :day)";

    private static final String CHILD_COUNT = """
            (SELECT COUNT(*) FROM organization_version c
              WHERE c.parent_id = v.organization_id AND %s)""".formatted(AT.formatted("c"));

    private static final String VIEW = """
            SELECT v.organization_id, o.code, v.name, v.type, v.parent_id, pv.name AS parent_name, v.path, v.depth,
                   o.founded_on, o.ended_on, o.end_reason, o.version, %s AS child_count
              FROM organization_version v
              JOIN party_organization o ON o.id = v.organization_id
              LEFT JOIN organization_version pv ON pv.organization_id = v.parent_id AND %s
             WHERE v.organization_id = :id AND %s""".formatted(CHILD_COUNT, AT.formatted("pv"), AT.formatted("v"));

    private static final String NODE = """
            SELECT v.organization_id, v.name, v.type, v.parent_id, v.path, v.depth, %s AS child_count
              FROM organization_version v""".formatted(CHILD_COUNT);

    private final JdbcClient jdbc;

    public OrganizationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<OrganizationView> view(long id, LocalDate day) {
        return jdbc.sql(VIEW).param("id", id).param("day", day).query(OrganizationStore::view).optional();
    }

    public List<TreeNode> children(long parentId, LocalDate day) {
        return jdbc.sql(NODE + " WHERE v.parent_id = :parent AND " + AT.formatted("v"))
                .param("parent", parentId).param("day", day).query(OrganizationStore::node).list();
    }

    /**
     * The subtree under {@code path} on {@code day}. Child counts are counted from the rows themselves (every
     * child of a node in the subtree is in it) instead of one sub-query per row: on a province of 14,000
     * organisations that is one index range scan instead of 14,000 probes (docs/performance.md, issue #2).
     */
    public List<TreeNode> subtree(String path, LocalDate day) {
        List<TreeNode> rows = jdbc.sql("""
                        SELECT v.organization_id, v.name, v.type, v.parent_id, v.path, v.depth, 0 AS child_count
                          FROM organization_version v WHERE v.path LIKE :prefix AND """ + " " + AT.formatted("v"))
                .param("prefix", path + "%").param("day", day).query(OrganizationStore::node).list();
        Map<Long, Integer> children = new HashMap<>();
        for (TreeNode row : rows) {
            if (row.parentId() != null) {
                children.merge(row.parentId(), 1, Integer::sum);
            }
        }
        return rows.stream().map(r -> new TreeNode(r.id(), r.name(), r.type(), r.parentId(), r.path(), r.depth(),
                children.getOrDefault(r.id(), 0))).toList();
    }

    public List<TypeCount> countByType(String path, LocalDate day) {
        return jdbc.sql("SELECT v.type, COUNT(*) FROM organization_version v WHERE v.path LIKE :prefix AND "
                        + AT.formatted("v") + " GROUP BY v.type")
                .param("prefix", path + "%").param("day", day)
                .query((rs, n) -> new TypeCount(OrganizationType.valueOf(rs.getString(1)), rs.getInt(2))).list();
    }

    public List<TreeNode> search(String scopePath, String foldedQuery, LocalDate day, int limit) {
        return jdbc.sql(NODE + " WHERE v.path LIKE :prefix AND v.name_key LIKE :q AND " + AT.formatted("v")
                        + " ORDER BY v.depth, v.name_key FETCH FIRST " + limit + " ROWS ONLY")
                .param("prefix", scopePath + "%").param("q", "%" + foldedQuery + "%").param("day", day)
                .query(OrganizationStore::node).list();
    }

    /** Organisations of the given types under {@code scopePath} on {@code day}: candidate parents or merge targets. */
    public List<TreeNode> ofTypes(String scopePath, java.util.Collection<OrganizationType> types, LocalDate day) {
        if (types.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(NODE + " WHERE v.path LIKE :prefix AND v.type IN (:types) AND " + AT.formatted("v"))
                .param("prefix", scopePath + "%").param("types", types.stream().map(Enum::name).toList())
                .param("day", day).query(OrganizationStore::node).list();
    }

    public Optional<String> currentPath(long id, LocalDate day) {
        return jdbc.sql("SELECT v.path FROM organization_version v WHERE v.organization_id = :id AND " + AT.formatted("v"))
                .param("id", id).param("day", day).query(String.class).optional();
    }

    /** Organisations in force on {@code day} with their codes, names, paths and founding days. */
    public List<CodedOrganization> codedInForce(LocalDate day) {
        return jdbc.sql("SELECT o.id, o.code, o.founded_on, v.name, v.path FROM party_organization o"
                + " JOIN organization_version v ON v.organization_id = o.id AND " + AT.formatted("v"))
                .param("day", day).query((rs, n) -> new CodedOrganization(rs.getLong("id"), rs.getString("code"),
                        rs.getString("name"), rs.getString("path"), rs.getObject("founded_on", LocalDate.class)))
                .list();
    }

    /** The version of an organisation in force on {@code day}. */
    public Optional<VersionRow> versionAt(long organizationId, LocalDate day) {
        return jdbc.sql("SELECT * FROM organization_version v WHERE v.organization_id = :id AND " + AT.formatted("v"))
                .param("id", organizationId).param("day", day).query(OrganizationStore::version).optional();
    }

    public void assignCode(long organizationId, String code) {
        jdbc.sql("UPDATE party_organization SET code = :code WHERE id = :id").param("code", code)
                .param("id", organizationId).update();
    }

    /** The latest version of an organisation, open or closed. */
    public Optional<VersionRow> latestVersion(long organizationId) {
        return jdbc.sql("SELECT * FROM organization_version WHERE organization_id = :id ORDER BY valid_from DESC FETCH FIRST 1 ROWS ONLY")
                .param("id", organizationId).query(OrganizationStore::version).optional();
    }

    /** The latest version of every organisation under {@code path} (the organisation itself included). */
    public List<VersionRow> latestVersionsUnder(String path) {
        return jdbc.sql("""
                SELECT v.* FROM organization_version v
                 WHERE v.path LIKE :prefix AND v.valid_to IS NULL""")
                .param("prefix", path + "%").query(OrganizationStore::version).list();
    }

    /** The latest start date of any version in a subtree: no change may be dated before it. */
    public Optional<LocalDate> latestChangeUnder(String path) {
        return jdbc.sql("SELECT MAX(valid_from) FROM organization_version WHERE path LIKE :prefix")
                .param("prefix", path + "%").query(LocalDate.class).optional();
    }

    public boolean codeTaken(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM party_organization WHERE code = :code").param("code", code)
                .query(Integer.class).single() > 0;
    }

    public long insertOrganization(String code, LocalDate foundedOn) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO party_organization (code, founded_on) VALUES (:code, :founded)")
                .param("code", code).param("founded", foundedOn).update(keys, "id");
        return keys.getKey().longValue();
    }

    public void insertVersion(long organizationId, String name, OrganizationType type, Long parentId, String path,
            LocalDate from) {
        jdbc.sql("""
                INSERT INTO organization_version (organization_id, name, name_key, type, parent_id, path, depth, valid_from)
                VALUES (:org, :name, :key, :type, :parent, :path, :depth, :from)""")
                .param("org", organizationId).param("name", name).param("key", VietnameseText.fold(name))
                .param("type", type.name()).param("parent", parentId).param("path", path)
                .param("depth", depth(path)).param("from", from).update();
    }

    /** Ends a version the day before {@code on} (valid_to is exclusive). */
    public void closeVersion(long versionId, LocalDate on) {
        jdbc.sql("UPDATE organization_version SET valid_to = :on WHERE id = :id").param("on", on)
                .param("id", versionId).update();
    }

    public void replaceOpenVersion(VersionRow row, String name, Long parentId, String path) {
        jdbc.sql("UPDATE organization_version SET name = :name, name_key = :key, parent_id = :parent, path = :path, depth = :depth WHERE id = :id")
                .param("name", name).param("key", VietnameseText.fold(name)).param("parent", parentId)
                .param("path", path).param("depth", depth(path)).param("id", row.id()).update();
    }

    public void end(long organizationId, LocalDate on, String reason) {
        jdbc.sql("UPDATE party_organization SET ended_on = :on, end_reason = :reason WHERE id = :id")
                .param("on", on).param("reason", reason).param("id", organizationId).update();
    }

    /** Bumps the optimistic-lock version; false when someone else changed the organisation first. */
    public boolean bumpVersion(long organizationId, Integer expected) {
        if (expected == null) {
            return jdbc.sql("UPDATE party_organization SET version = version + 1 WHERE id = :id")
                    .param("id", organizationId).update() == 1;
        }
        return jdbc.sql("UPDATE party_organization SET version = version + 1 WHERE id = :id AND version = :v")
                .param("id", organizationId).param("v", expected).update() == 1;
    }

    public void insertEvent(long organizationId, ChangeKind kind, LocalDate on, String decisionRef, String description,
            boolean planned, String actor, OffsetDateTime at) {
        jdbc.sql("""
                INSERT INTO organization_event (organization_id, kind, effective_on, decision_ref, description, planned, recorded_by, recorded_at)
                VALUES (:org, :kind, :on, :ref, :description, :planned, :actor, :at)""")
                .param("org", organizationId).param("kind", kind.name()).param("on", on).param("ref", decisionRef)
                .param("description", description).param("planned", planned).param("actor", actor).param("at", at)
                .update();
    }

    public void insertLineage(long predecessor, long successor, String kind, LocalDate on, String decisionRef) {
        jdbc.sql("""
                INSERT INTO organization_lineage (predecessor_id, successor_id, kind, effective_on, decision_ref)
                VALUES (:p, :s, :kind, :on, :ref)""")
                .param("p", predecessor).param("s", successor).param("kind", kind).param("on", on)
                .param("ref", decisionRef).update();
    }

    public List<HistoryEntry> history(long organizationId) {
        return jdbc.sql("SELECT * FROM organization_event WHERE organization_id = :id ORDER BY effective_on, id")
                .param("id", organizationId)
                .query((rs, n) -> new HistoryEntry(rs.getLong("id"), rs.getLong("organization_id"),
                        ChangeKind.valueOf(rs.getString("kind")), rs.getObject("effective_on", LocalDate.class),
                        rs.getString("decision_ref"), rs.getString("description"), rs.getBoolean("planned"),
                        rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class)))
                .list();
    }

    public List<Lineage> lineage(long organizationId) {
        return jdbc.sql("""
                SELECT l.*, (SELECT v.name FROM organization_version v WHERE v.organization_id = l.predecessor_id
                              ORDER BY v.valid_from DESC FETCH FIRST 1 ROWS ONLY) AS predecessor_name,
                            (SELECT v.name FROM organization_version v WHERE v.organization_id = l.successor_id
                              ORDER BY v.valid_from DESC FETCH FIRST 1 ROWS ONLY) AS successor_name
                  FROM organization_lineage l
                 WHERE l.predecessor_id = :id OR l.successor_id = :id
                 ORDER BY l.effective_on""")
                .param("id", organizationId)
                .query((rs, n) -> new Lineage(rs.getLong("predecessor_id"), rs.getString("predecessor_name"),
                        rs.getLong("successor_id"), rs.getString("successor_name"), rs.getString("kind"),
                        rs.getObject("effective_on", LocalDate.class), rs.getString("decision_ref")))
                .list();
    }

    static int depth(String path) {
        int slashes = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                slashes++;
            }
        }
        return slashes - 2;
    }

    private static OrganizationView view(ResultSet rs, int n) throws SQLException {
        return new OrganizationView(rs.getLong("organization_id"), rs.getString("code"), rs.getString("name"),
                OrganizationType.valueOf(rs.getString("type")), (Long) rs.getObject("parent_id", Long.class),
                rs.getString("parent_name"), rs.getString("path"), rs.getInt("depth"),
                rs.getObject("founded_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class),
                rs.getString("end_reason"), rs.getInt("child_count"), rs.getInt("version"));
    }

    private static TreeNode node(ResultSet rs, int n) throws SQLException {
        return new TreeNode(rs.getLong("organization_id"), rs.getString("name"),
                OrganizationType.valueOf(rs.getString("type")), rs.getObject("parent_id", Long.class),
                rs.getString("path"), rs.getInt("depth"), rs.getInt("child_count"));
    }

    private static VersionRow version(ResultSet rs, int n) throws SQLException {
        return new VersionRow(rs.getLong("id"), rs.getLong("organization_id"), rs.getString("name"),
                OrganizationType.valueOf(rs.getString("type")), rs.getObject("parent_id", Long.class),
                rs.getString("path"), rs.getInt("depth"), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class));
    }

    /** How many organisations of a type. */
    public record TypeCount(OrganizationType type, int count) {
    }

}
