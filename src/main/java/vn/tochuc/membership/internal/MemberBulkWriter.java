package vn.tochuc.membership.internal;

import java.nio.charset.StandardCharsets;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;
import org.springframework.stereotype.Repository;
import vn.tochuc.membership.LifeEvent;
import vn.tochuc.membership.MemberRecord;
import vn.tochuc.membership.MemberState;
import vn.tochuc.shared.DomainException;

/**
 * Writes checked members and their events in bulk, in the caller's transaction: PostgreSQL COPY (text format)
 * on the Spring-managed connection, JDBC batches elsewhere (H2 for the demo). The rows are exactly those that
 * {@link MemberStore#insert}, {@link MemberStore#insertEvent} and {@link MemberStore#updateState} leave after an
 * admission and the later events: the member row holds the state after the last event and a version that
 * counts the events after the admission. Member ids come from the table's identity: on PostgreSQL a block of
 * sequence values per chunk, on H2 the generated keys of the batch.
 */
@Repository
public class MemberBulkWriter {

    /**
     * A checked member: its record, folded name, events, the state after each event (same length), and the path
     * of the organisation of its last state when the caller knows it (then PostgreSQL gets the scope key in the
     * COPY instead of computing it row by row in a trigger), else {@code null}.
     */
    public record Entry(MemberRecord record, String nameKey, List<LifeEvent> events, List<MemberState> states,
            String organizationPath) {

        public Entry(MemberRecord record, String nameKey, List<LifeEvent> events, List<MemberState> states) {
            this(record, nameKey, events, states, null);
        }
    }

    private static final String MEMBER_COLUMNS = "full_name, name_key, sex, birth_date, birth_year_only, birth_place,"
            + " home_town, ethnicity, religion, citizen_id, general_education, qualification, academic_title,"
            + " academic_degree, political_theory, occupation, card_number, dossier_number, status, organization_id,"
            + " host_organization_id, exempt, decision_on, ceremony_on, official_on, left_on, readmissions, version";
    private static final String EVENT_COLUMNS = "member_id, seq, kind, effective_on, organization_id, decision_on,"
            + " votes_for, votes_total, discipline, decision_ref, details, status_after, organization_after,"
            + " recorded_by, recorded_at";
    private static final int MEMBER_FIELDS = 28;
    private static final int EVENT_FIELDS = 15;
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;

    public MemberBulkWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Writes one chunk; returns the new members' ids in the chunk's order. */
    public long[] write(List<Entry> chunk, String recordedBy, OffsetDateTime recordedAt) {
        if (chunk.isEmpty()) {
            return new long[0];
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            rememberWords(connection, chunk);
            if (connection.isWrapperFor(PGConnection.class)) {
                return copy(connection, chunk, recordedBy, recordedAt);
            }
            return batch(connection, chunk, recordedBy, recordedAt);
        } catch (SQLException e) {
            throw translate(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static RuntimeException translate(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return new DomainException("citizenId", "member.error.citizenIdTaken");
            }
            if (t instanceof BatchUpdateException batch && batch.getNextException() != null
                    && UNIQUE_VIOLATION.equals(batch.getNextException().getSQLState())) {
                return new DomainException("citizenId", "member.error.citizenIdTaken");
            }
        }
        RuntimeException translated = new SQLStateSQLExceptionTranslator().translate("bulk member write", null, e);
        return translated != null ? translated : new IllegalStateException("bulk member write failed", e);
    }

    /** The search vocabulary (see MemberStore#rememberWords): the chunk's distinct name words, one batch. */
    private static void rememberWords(Connection connection, List<Entry> chunk) throws SQLException {
        Set<String> words = new TreeSet<>();
        for (Entry entry : chunk) {
            for (String word : entry.nameKey().split(" ")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        try (PreparedStatement st = connection.prepareStatement(
                "INSERT INTO member_name_word (word) VALUES (?) ON CONFLICT DO NOTHING")) {
            for (String word : words) {
                st.setString(1, word);
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    // ---- PostgreSQL: COPY ----

    private static long[] copy(Connection connection, List<Entry> chunk, String by, OffsetDateTime at)
            throws SQLException {
        long[] ids = new long[chunk.size()];
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT nextval(pg_get_serial_sequence('member', 'id')) FROM generate_series(1, ?)")) {
            st.setInt(1, chunk.size());
            try (ResultSet rs = st.executeQuery()) {
                for (int i = 0; rs.next(); i++) {
                    ids[i] = rs.getLong(1);
                }
            }
        }
        CopyText members = new CopyText(chunk.size() * 320);
        CopyText events = new CopyText(chunk.size() * 480);
        for (int i = 0; i < chunk.size(); i++) {
            Entry entry = chunk.get(i);
            members.value(ids[i]);
            members.value(scopeKey(entry.organizationPath()));
            for (Object value : memberValues(entry)) {
                members.value(value);
            }
            members.endRow();
            for (int e = 0; e < entry.events().size(); e++) {
                events.value(ids[i]);
                for (Object value : eventValues(e + 1, entry.events().get(e), entry.states().get(e), by, at)) {
                    events.value(value);
                }
                events.endRow();
            }
        }
        var api = connection.unwrap(PGConnection.class).getCopyAPI();
        members.send(api.copyIn("COPY member (id, scope_id, " + MEMBER_COLUMNS + ") FROM STDIN"));
        events.send(api.copyIn("COPY member_event (" + EVENT_COLUMNS + ") FROM STDIN"));
        return ids;
    }

    /**
     * The scope key PostgreSQL keeps on each member (V15_1's {@code member_scope_key}): the key a search names
     * ({@link MemberStore#scopeKey}, the second id of the path), or the root's own id for the root's path;
     * {@code null} (the trigger computes it) for an unknown path.
     */
    public static Long scopeKey(String path) {
        if (path == null) {
            return null;
        }
        Long below = MemberStore.scopeKey(path);
        String root = path.replace("/", "");
        return below != null ? below : root.isEmpty() ? null : Long.valueOf(root);
    }

    /** Rows in COPY's text format: tab-separated, {@code \N} for null, backslash escapes. */
    private static final class CopyText {

        private final StringBuilder text;
        private boolean first = true;

        CopyText(int capacity) {
            text = new StringBuilder(capacity);
        }

        void value(Object value) {
            if (!first) {
                text.append('\t');
            }
            first = false;
            if (value == null) {
                text.append("\\N");
            } else if (value instanceof Boolean b) {
                text.append(b ? 't' : 'f');
            } else if (value instanceof String s) {
                escape(s);
            } else {
                text.append(value);
            }
        }

        private void escape(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> text.append("\\\\");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(c);
                }
            }
        }

        void endRow() {
            text.append('\n');
            first = true;
        }

        void send(CopyIn in) throws SQLException {
            try {
                byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                int step = 1 << 20;
                for (int offset = 0; offset < bytes.length; offset += step) {
                    in.writeToCopy(bytes, offset, Math.min(step, bytes.length - offset));
                }
                in.endCopy();
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
        }
    }

    // ---- other databases: JDBC batches ----

    private static long[] batch(Connection connection, List<Entry> chunk, String by, OffsetDateTime at)
            throws SQLException {
        long[] ids = new long[chunk.size()];
        try (PreparedStatement st = connection.prepareStatement("INSERT INTO member (" + MEMBER_COLUMNS
                + ") VALUES (" + placeholders(MEMBER_FIELDS) + ")", new String[] {"id"})) {
            for (Entry entry : chunk) {
                bind(st, memberValues(entry), 0);
                st.addBatch();
            }
            st.executeBatch();
            try (ResultSet keys = st.getGeneratedKeys()) {
                for (int i = 0; keys.next(); i++) {
                    ids[i] = keys.getLong(1);
                }
            }
        }
        if (chunk.size() > 1 && ids[chunk.size() - 1] == 0) {
            throw new IllegalStateException("the database returned no generated key for a batched member");
        }
        try (PreparedStatement st = connection.prepareStatement("INSERT INTO member_event (" + EVENT_COLUMNS
                + ") VALUES (" + placeholders(EVENT_FIELDS) + ")")) {
            for (int i = 0; i < chunk.size(); i++) {
                Entry entry = chunk.get(i);
                for (int e = 0; e < entry.events().size(); e++) {
                    st.setLong(1, ids[i]);
                    bind(st, eventValues(e + 1, entry.events().get(e), entry.states().get(e), by, at), 1);
                    st.addBatch();
                }
            }
            st.executeBatch();
        }
        return ids;
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static void bind(PreparedStatement st, Object[] values, int offset) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                st.setNull(offset + i + 1, Types.NULL);
            } else {
                st.setObject(offset + i + 1, value);
            }
        }
    }

    // ---- the values, in column order ----

    private static Object[] memberValues(Entry entry) {
        MemberRecord r = entry.record();
        MemberState s = entry.states().getLast();
        return new Object[] {r.fullName(), entry.nameKey(), r.sex().name(), r.birthDate(), r.birthYearOnly(),
            r.birthPlace(), r.homeTown(), r.ethnicity(), r.religion(), r.citizenId(), r.generalEducation(),
            r.qualification(), r.academicTitle(), r.academicDegree(), r.politicalTheory(), r.occupation(),
            r.cardNumber(), r.dossierNumber(), s.status().name(), s.organizationId(), s.hostOrganizationId(),
            s.exempt(), s.decisionOn(), s.ceremonyOn(), s.officialOn(), s.leftOn(), s.readmissions(),
            entry.events().size() - 1};
    }

    /** Every event column but {@code member_id}. */
    private static Object[] eventValues(int seq, LifeEvent e, MemberState after, String by, OffsetDateTime at) {
        return new Object[] {seq, e.kind().name(), e.effectiveOn(), e.organizationId(), e.decisionOn(),
            e.votesFor(), e.votesTotal(), e.discipline() == null ? null : e.discipline().name(), e.decisionRef(),
            e.details(), after.status().name(), after.organizationId(), by, at};
    }
}
