package vn.tochuc.membership.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.tochuc.membership.DisciplineForm;
import vn.tochuc.membership.EventKind;
import vn.tochuc.membership.EventView;
import vn.tochuc.membership.LifeEvent;
import vn.tochuc.membership.MemberRecord;
import vn.tochuc.membership.MemberState;
import vn.tochuc.membership.MemberStatus;
import vn.tochuc.membership.MemberSummary;
import vn.tochuc.membership.Sex;

/** SQL for members and their events; organisation names and paths come from the organisation directory view. */
@Repository
public class MemberStore {

    private static final String SELECT = """
            SELECT m.*, d.name AS organization_name, d.path AS organization_path, h.name AS host_name
              FROM member m JOIN organization_directory d ON d.id = m.organization_id
              LEFT JOIN organization_directory h ON h.id = m.host_organization_id""";

    private static final String SUMMARY = """
            SELECT m.id, m.full_name, m.sex, m.birth_date, m.birth_year_only, m.card_number, %s AS status,
                   %s AS organization_id, d.name AS organization_name
              FROM member m""";

    private final JdbcClient jdbc;
    private volatile Boolean postgres;

    public MemberStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored member: the record, the state columns and where it is filed. */
    public record Row(long id, MemberRecord record, MemberState state, int version, String organizationName,
            String organizationPath, String hostName) {
    }

    public Optional<Row> find(long id) {
        return jdbc.sql(SELECT + " WHERE m.id = :id").param("id", id).query(MemberStore::row).optional();
    }

    /** The members with these ids, in no particular order (callers ask for a few hundred at a time). */
    public List<Row> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE m.id IN (:ids)").param("ids", ids).query(MemberStore::row).list();
    }

    public long insert(MemberRecord r, String nameKey, MemberState s) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO member (full_name, name_key, sex, birth_date, birth_year_only, birth_place, home_town,
                    ethnicity, religion, citizen_id, general_education, qualification, academic_title, academic_degree,
                    political_theory, occupation, card_number, dossier_number, status, organization_id,
                    host_organization_id, exempt, decision_on, ceremony_on, official_on, left_on, readmissions)
                VALUES (:fullName, :nameKey, :sex, :birthDate, :yearOnly, :birthPlace, :homeTown, :ethnicity, :religion,
                    :citizenId, :education, :qualification, :title, :degree, :theory, :occupation, :card, :dossier,
                    :status, :org, :host, :exempt, :decision, :ceremony, :official, :left, :readmissions)""")
                .paramSource(stateParams(recordParams(r, nameKey), s)).update(keys, "id");
        rememberWords(nameKey);
        return keys.getKey().longValue();
    }

    public boolean updateRecord(long id, int version, MemberRecord r, String nameKey) {
        rememberWords(nameKey);
        return jdbc.sql("""
                UPDATE member SET full_name = :fullName, name_key = :nameKey, sex = :sex, birth_date = :birthDate,
                    birth_year_only = :yearOnly, birth_place = :birthPlace, home_town = :homeTown, ethnicity = :ethnicity,
                    religion = :religion, citizen_id = :citizenId, general_education = :education,
                    qualification = :qualification, academic_title = :title, academic_degree = :degree,
                    political_theory = :theory, occupation = :occupation, card_number = :card,
                    dossier_number = :dossier, version = version + 1
                 WHERE id = :id AND version = :v""")
                .paramSource(recordParams(r, nameKey).addValue("id", id).addValue("v", version)).update() == 1;
    }

    /** Writes the state derived from the events; false when someone else changed the member first. */
    public boolean updateState(long id, int version, MemberState s) {
        return jdbc.sql("""
                UPDATE member SET status = :status, organization_id = :org, host_organization_id = :host,
                    exempt = :exempt, decision_on = :decision, ceremony_on = :ceremony, official_on = :official,
                    left_on = :left, readmissions = :readmissions, version = version + 1
                 WHERE id = :id AND version = :v""")
                .paramSource(stateParams(new MapSqlParameterSource("id", id).addValue("v", version), s))
                .update() == 1;
    }

    private static MapSqlParameterSource stateParams(MapSqlParameterSource params, MemberState s) {
        return params.addValue("status", s.status().name()).addValue("org", s.organizationId())
                .addValue("host", s.hostOrganizationId()).addValue("exempt", s.exempt())
                .addValue("decision", s.decisionOn()).addValue("ceremony", s.ceremonyOn())
                .addValue("official", s.officialOn()).addValue("left", s.leftOn())
                .addValue("readmissions", s.readmissions());
    }

    public void insertEvent(long memberId, int seq, LifeEvent e, MemberState after, String actor, OffsetDateTime at) {
        jdbc.sql("""
                INSERT INTO member_event (member_id, seq, kind, effective_on, organization_id, decision_on, votes_for,
                    votes_total, discipline, decision_ref, details, status_after, organization_after, recorded_by,
                    recorded_at)
                VALUES (:member, :seq, :kind, :on, :org, :decision, :for, :total, :discipline, :ref, :details,
                    :status, :orgAfter, :actor, :at)""")
                .param("member", memberId).param("seq", seq).param("kind", e.kind().name())
                .param("on", e.effectiveOn()).param("org", e.organizationId()).param("decision", e.decisionOn())
                .param("for", e.votesFor()).param("total", e.votesTotal())
                .param("discipline", e.discipline() == null ? null : e.discipline().name())
                .param("ref", e.decisionRef()).param("details", e.details()).param("status", after.status().name())
                .param("orgAfter", after.organizationId()).param("actor", actor).param("at", at).update();
    }

    public List<EventView> events(long memberId) {
        return jdbc.sql("""
                SELECT e.*, d.name AS organization_name FROM member_event e
                  LEFT JOIN organization_directory d ON d.id = e.organization_id
                 WHERE e.member_id = :id ORDER BY e.seq""").param("id", memberId).query(MemberStore::event).list();
    }

    /**
     * Members filed under {@code path} whose folded name holds every one of {@code nameParts} (each inside one of
     * its words, in any order), or whose card, dossier or citizen ID number matches exactly; at most
     * {@code limit} of each kind.
     */
    public List<MemberSummary> search(String path, List<String> nameParts, String number, String citizenId, int limit) {
        Map<Long, MemberSummary> found = new LinkedHashMap<>();
        if (number != null || citizenId != null) {
            String citizen = citizenId == null ? "" : " OR m.citizen_id = :citizenId";
            jdbc.sql(SUMMARY.formatted("m.status", "m.organization_id") + """
                     JOIN organization_directory d ON d.id = m.organization_id
                    WHERE d.path LIKE :prefix AND (m.card_number = :number OR m.dossier_number = :number%s)
                    FETCH FIRST %d ROWS ONLY""".formatted(citizen, limit))
                    .param("prefix", path + "%").param("number", number).param("citizenId", citizenId)
                    .query(MemberStore::summary).list().forEach(s -> found.put(s.id(), s));
        }
        if (!nameParts.isEmpty()) {
            byName(path, nameParts, limit).forEach(s -> found.putIfAbsent(s.id(), s));
        }
        return List.copyOf(found.values());
    }

    /**
     * On PostgreSQL each typed word becomes the set of vocabulary words that contain it. With two or more such
     * words, pairs of them covering every typed word become the sets of word pairs a name may hold ({@code name_pairs}, stored by
     * V17_2 from {@code member_name_pairs}: "duc
     * pham" for "pham duc"), rare keys even when both words are common; a single word goes through the index on
     * the name's words. A word contained in too many vocabulary words to help ("h", "n") is checked on the rows
     * found. Two typed words found inside one and the same word of a name ("ng uyen") do not match through the
     * pairs: each typed word stands for a word of the name. Elsewhere (H2, the demo) every word is a LIKE.
     */
    private List<MemberSummary> byName(String path, List<String> parts, int limit) {
        StringBuilder where = new StringBuilder();
        var params = new MapSqlParameterSource("prefix", path + "%");
        List<List<String>> indexed = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            List<String> words = postgres() ? vocabulary(part) : null;
            if (words != null && words.isEmpty()) {
                return List.of();
            }
            if (words != null && words.size() <= MAX_WORDS_PER_PART) {
                indexed.add(words);
            } else {
                where.append(" AND m.name_key LIKE :part").append(i);
                params.addValue("part" + i, "%" + part + "%");
            }
        }
        if (indexed.size() == 1) {
            where.append(" AND string_to_array(m.name_key, ' ') && CAST(:words AS text[])");
            params.addValue("words", indexed.getFirst().toArray(String[]::new));
        }
        // Pairs that cover every typed word once (1-2, 3-4, and the last with the first when odd) rather than every
        // pair: each pair is one more posting list for the index to intersect, and one more check on each row read.
        for (int i = 0; indexed.size() > 1 && i < indexed.size(); i += 2) {
            int j = i + 1 < indexed.size() ? i + 1 : 0;
            where.append(" AND m.name_pairs && CAST(:pairs").append(i).append(" AS text[])");
            params.addValue("pairs" + i, pairs(indexed.get(i), indexed.get(j)));
        }
        String scope = " d.path LIKE :prefix";
        Long key = postgres() ? scopeKey(path) : null;
        if (postgres()) {
            // Each search is planned for its own words (every PostgreSQL connection plans per execution, see
            // PostgresPlans): "nguyen" (a third of the nation: read in order and stop early) is not "quyen" (the index).
            // A common word pair ("lo van": Lò Văn, Long Văn, Loan Văn…) marks some 100,000 rows: in the default
            // 4 MB the index's bitmap turns into whole pages, and every name on them is checked again.
            jdbc.sql("SET LOCAL work_mem = '" + SEARCH_WORK_MEM + "'").update();
        }
        if (key != null) {
            params.addValue("scope", key);
            scope = path.equals(scopeKeyPath(path)) ? " m.scope_id = :scope" : " m.scope_id = :scope AND" + scope;
        }
        return jdbc.sql(SUMMARY.formatted("m.status", "m.organization_id") + """
                 JOIN organization_directory d ON d.id = m.organization_id
                WHERE%s%s
                FETCH FIRST %d ROWS ONLY""".formatted(scope, where, limit))
                .paramSource(params).query(MemberStore::summary).list();
    }

    /**
     * The scope key of the members under {@code path} (PostgreSQL keeps it on each member, V15_1): the organisation one
     * level below the root, the second id of the path; none for a root's own path, which is the whole tree.
     */
    static Long scopeKey(String path) {
        String keyPath = scopeKeyPath(path);
        if (keyPath == null) {
            return null;
        }
        String[] ids = keyPath.split("/");
        return Long.valueOf(ids[2]);
    }

    /** The first two ids of {@code path} ("/1/5/" of "/1/5/77/"), or null when it holds fewer. */
    private static String scopeKeyPath(String path) {
        int first = path.indexOf('/', 1);
        int second = first < 0 ? -1 : path.indexOf('/', first + 1);
        return second < 0 ? null : path.substring(0, second + 1);
    }

    /** Every unordered pair of a word of {@code a} and a word of {@code b}, as member_name_pairs spells it. */
    private static String[] pairs(List<String> a, List<String> b) {
        Set<String> pairs = new TreeSet<>();
        for (String x : a) {
            for (String y : b) {
                pairs.add(x.compareTo(y) <= 0 ? x + " " + y : y + " " + x);
            }
        }
        return pairs.toArray(String[]::new);
    }

    /** Memory for one name search's bitmap of matching rows (PostgreSQL), exact for a few hundred thousand rows. */
    static final String SEARCH_WORK_MEM = "32MB";

    /** A typed word matching more vocabulary words than this is checked on the rows instead of through the index. */
    static final int MAX_WORDS_PER_PART = 60;

    /** The vocabulary words that contain {@code part}; one more than the maximum when there are too many. */
    private List<String> vocabulary(String part) {
        return jdbc.sql("SELECT word FROM member_name_word WHERE word LIKE :part FETCH FIRST "
                        + (MAX_WORDS_PER_PART + 1) + " ROWS ONLY")
                .param("part", "%" + part + "%").query(String.class).list();
    }

    /** Keeps every word of a folded name in the search vocabulary (the bulk writer does the same per chunk). */
    public void rememberWords(String nameKey) {
        for (String word : nameKey.split(" ")) {
            if (!word.isEmpty()) {
                jdbc.sql("INSERT INTO member_name_word (word) VALUES (:word) ON CONFLICT DO NOTHING")
                        .param("word", word).update();
            }
        }
    }

    private boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            known = jdbc.sql("SELECT 1").query((java.sql.ResultSet rs) -> {
                rs.next();
                return rs.getStatement().getConnection().getMetaData().getDatabaseProductName()
                        .equalsIgnoreCase("PostgreSQL");
            });
            postgres = known;
        }
        return known;
    }

    /**
     * The events that were a member's last on or before {@code day} and left the member probationary or official in
     * an organisation whose path on that day starts with {@code :prefix}. The organisation versions valid on the day
     * give the subtree as it stood then (a cell that moved with a merger is counted where it sat); "last" is "no
     * later event of the same member on or before the day", which PostgreSQL runs as an anti-join on
     * (member_id, seq) and H2 as a probe per row.
     */
    private static final String LAST_EVENTS_UNDER = """
              FROM organization_version v
              JOIN member_event e ON e.organization_after = v.organization_id%s
             WHERE v.path LIKE :prefix AND v.valid_from <= :day AND (v.valid_to IS NULL OR v.valid_to > :day)
               AND e.effective_on <= :day AND e.status_after IN ('PROBATIONARY', 'OFFICIAL')
               AND NOT EXISTS (SELECT 1 FROM member_event x
                                WHERE x.member_id = e.member_id AND x.seq > e.seq AND x.effective_on <= :day)""";

    /** Members of the subtree whose path was {@code path} on {@code day}, as they stood that day; at most {@code limit}. */
    public List<MemberSummary> asOf(String path, LocalDate day, int limit) {
        return jdbc.sql("""
                SELECT m.id, m.full_name, m.sex, m.birth_date, m.birth_year_only, m.card_number,
                       e.status_after AS status, e.organization_after AS organization_id, d.name AS organization_name
                """ + LAST_EVENTS_UNDER.formatted("""

                  JOIN member m ON m.id = e.member_id
                  JOIN organization_directory d ON d.id = e.organization_after""") + "\nFETCH FIRST " + limit
                + " ROWS ONLY").param("prefix", path + "%").param("day", day).query(MemberStore::summary).list();
    }

    /** How many members {@link #asOf} would list, without reading them. */
    public long countAsOf(String path, LocalDate day) {
        return jdbc.sql("SELECT COUNT(*)" + LAST_EVENTS_UNDER.formatted("")).param("prefix", path + "%").param("day", day)
                .query(Long.class).single();
    }

    /** The members filed in the organisation itself on {@code day}: their last event on or before it put them there. */
    private static final String DIRECTLY_IN = """
             FROM member_event e
            WHERE e.organization_after = :org AND e.effective_on <= :day
              AND e.status_after IN ('PROBATIONARY', 'OFFICIAL')
              AND NOT EXISTS (SELECT 1 FROM member_event x
                               WHERE x.member_id = e.member_id AND x.seq > e.seq AND x.effective_on <= :day)""";

    /** How many members were filed in the organisation itself on {@code day}. */
    public long countDirectlyIn(long organizationId, LocalDate day) {
        return jdbc.sql("SELECT COUNT(*)" + DIRECTLY_IN).param("org", organizationId).param("day", day)
                .query(Long.class).single();
    }

    /** The member who holds a party card number, if any (the lowest id should the register hold it twice). */
    public Optional<Long> cardHolder(String cardNumber) {
        return jdbc.sql("SELECT id FROM member WHERE card_number = :card ORDER BY id FETCH FIRST 1 ROWS ONLY")
                .param("card", cardNumber).query(Long.class).list().stream().findFirst();
    }

    /** The members (probationary or official) filed in the organisation now. */
    private static final String FILED_IN = " FROM member WHERE organization_id = :org AND status IN ('PROBATIONARY', 'OFFICIAL')";

    /** The ids of the members filed in the organisation now, in id order. */
    public List<Long> idsFiledIn(long organizationId) {
        return jdbc.sql("SELECT id" + FILED_IN + " ORDER BY id").param("org", organizationId).query(Long.class).list();
    }

    /** How many members are filed in the organisation now. */
    public long countFiledIn(long organizationId) {
        return jdbc.sql("SELECT COUNT(*)" + FILED_IN).param("org", organizationId).query(Long.class).single();
    }

    /** The ids of the members now attached temporarily to the organisation (filed elsewhere), in id order. */
    public List<Long> idsHostedIn(long organizationId) {
        return jdbc.sql("""
                SELECT id FROM member WHERE host_organization_id = :org AND status IN ('PROBATIONARY', 'OFFICIAL')
                 ORDER BY id""").param("org", organizationId).query(Long.class).list();
    }

    /** The ids of the members filed in the organisation itself on {@code day}, in id order. */
    public List<Long> idsDirectlyIn(long organizationId, LocalDate day) {
        return jdbc.sql("SELECT e.member_id" + DIRECTLY_IN + " ORDER BY e.member_id").param("org", organizationId)
                .param("day", day).query(Long.class).list();
    }

    private static MapSqlParameterSource recordParams(MemberRecord r,
            String nameKey) {
        return new MapSqlParameterSource().addValue("fullName", r.fullName())
                .addValue("nameKey", nameKey).addValue("sex", r.sex().name()).addValue("birthDate", r.birthDate())
                .addValue("yearOnly", r.birthYearOnly()).addValue("birthPlace", r.birthPlace())
                .addValue("homeTown", r.homeTown()).addValue("ethnicity", r.ethnicity())
                .addValue("religion", r.religion()).addValue("citizenId", r.citizenId())
                .addValue("education", r.generalEducation()).addValue("qualification", r.qualification())
                .addValue("title", r.academicTitle()).addValue("degree", r.academicDegree())
                .addValue("theory", r.politicalTheory()).addValue("occupation", r.occupation())
                .addValue("card", r.cardNumber()).addValue("dossier", r.dossierNumber());
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        MemberRecord record = new MemberRecord(rs.getString("full_name"), Sex.valueOf(rs.getString("sex")),
                rs.getObject("birth_date", LocalDate.class), rs.getBoolean("birth_year_only"),
                rs.getString("birth_place"), rs.getString("home_town"), rs.getString("ethnicity"),
                rs.getString("religion"), rs.getString("citizen_id"), rs.getString("general_education"),
                rs.getString("qualification"), rs.getString("academic_title"), rs.getString("academic_degree"),
                rs.getString("political_theory"), rs.getString("occupation"), rs.getString("card_number"),
                rs.getString("dossier_number"));
        MemberState state = new MemberState(MemberStatus.valueOf(rs.getString("status")), rs.getLong("organization_id"),
                rs.getObject("host_organization_id", Long.class), rs.getBoolean("exempt"),
                rs.getObject("decision_on", LocalDate.class), rs.getObject("ceremony_on", LocalDate.class),
                rs.getObject("official_on", LocalDate.class), rs.getObject("left_on", LocalDate.class),
                rs.getInt("readmissions"), 0, null);
        return new Row(rs.getLong("id"), record, state, rs.getInt("version"), rs.getString("organization_name"),
                rs.getString("organization_path"), rs.getString("host_name"));
    }

    private static EventView event(ResultSet rs, int n) throws SQLException {
        String discipline = rs.getString("discipline");
        LifeEvent event = new LifeEvent(EventKind.valueOf(rs.getString("kind")),
                rs.getObject("effective_on", LocalDate.class), rs.getObject("organization_id", Long.class),
                rs.getObject("decision_on", LocalDate.class), rs.getObject("votes_for", Integer.class),
                rs.getObject("votes_total", Integer.class),
                discipline == null ? null : DisciplineForm.valueOf(discipline), rs.getString("decision_ref"),
                rs.getString("details"));
        return new EventView(rs.getLong("id"), rs.getInt("seq"), event, rs.getString("organization_name"),
                MemberStatus.valueOf(rs.getString("status_after")), rs.getString("recorded_by"),
                rs.getObject("recorded_at", OffsetDateTime.class));
    }

    private static MemberSummary summary(ResultSet rs, int n) throws SQLException {
        return new MemberSummary(rs.getLong("id"), rs.getString("full_name"), Sex.valueOf(rs.getString("sex")),
                rs.getObject("birth_date", LocalDate.class), rs.getBoolean("birth_year_only"),
                MemberStatus.valueOf(rs.getString("status")), rs.getLong("organization_id"),
                rs.getString("organization_name"), rs.getString("card_number"));
    }
}
