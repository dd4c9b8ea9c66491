package vn.tochuc.membership;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.membership.internal.CitizenIds;
import vn.tochuc.membership.internal.MemberBulkWriter;
import vn.tochuc.membership.internal.OrganizationDays;
import vn.tochuc.shared.Actor;
import vn.tochuc.shared.Actors;
import vn.tochuc.shared.DateFormats;
import vn.tochuc.shared.DomainException;
import vn.tochuc.shared.Permission;
import vn.tochuc.shared.VietnameseText;

/**
 * Whole member histories at once: records carried over from old registers (the import) and generated data.
 * Each history is checked exactly as a clerk's admission and later events would be ({@link MemberRecords},
 * {@link MemberLifecycle} with the admission age, the acting user's scope, organisations that existed on each
 * event's day), except that a missing birth date is accepted (it is listed among the data problems and the age is
 * then not checked). A load writes all or nothing in the caller's transaction and leaves one audit record for the
 * whole load.
 */
@Service
@Transactional
public class MemberHistories {

    /** Histories checked and written per round trip; a load never holds more than this many in memory. */
    static final int CHUNK = 5_000;

    /** A member as carried over or generated: the record and its whole life cycle, in order. */
    public record History(MemberRecord record, List<LifeEvent> events) {
    }

    private final MemberBulkWriter writer;
    private final OrganizationDays organizationDays;
    private final Actors actors;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MemberRecords records;
    private final MemberLifecycle lifecycle = new MemberLifecycle(LifecycleRules.DEFAULT);

    public MemberHistories(MemberBulkWriter writer, OrganizationDays organizationDays, Actors actors,
            ApplicationEventPublisher events, Clock clock, MemberNumberRule numbers) {
        this.writer = writer;
        this.organizationDays = organizationDays;
        this.actors = actors;
        this.events = events;
        this.clock = clock;
        this.records = new MemberRecords(numbers, clock);
    }

    /**
     * The state a history leads to, or a DomainException (field + Vietnamese key) naming what is wrong; checks
     * the record with MemberRecords.checked(record, false), the events with MemberLifecycle, and that the acting
     * user may write (MEMBER_WRITE) in every organisation the history names. Writes nothing.
     */
    @Transactional(readOnly = true)
    public MemberState check(History history) {
        Actor actor = actors.current();
        requireWriter(actor);
        return checked(history, new Scope(actor, null)).states.getLast();
    }

    /**
     * A checker for many histories (an import's validation pass): the same checks and refusals as
     * {@link #check(History)}, against the organisations of the acting user's scope read once here, so checking
     * more histories asks the database nothing more. For one pass on one thread; it keeps the acting user of the
     * moment it was made.
     */
    @Transactional(readOnly = true)
    public Checker checker() {
        Actor actor = actors.current();
        requireWriter(actor);
        return new Checker(new Scope(actor, organizationDays.under(actor.scopePath())));
    }

    /** Checks histories against one scope read once; see {@link #checker()}. */
    public final class Checker {

        private final Scope scope;

        private Checker(Scope scope) {
            this.scope = scope;
        }

        /** The state a history leads to, or the same DomainException as {@link MemberHistories#check(History)}. */
        public MemberState check(History history) {
            return checked(history, scope).states.getLast();
        }
    }

    /**
     * Checks and writes every history in the current transaction, all or nothing (any refusal → exception, the
     * caller's transaction rolls back, nothing stays). Publishes one audit event for the whole load with
     * {@code description} (Vietnamese, no sensitive data). Returns how many members were written.
     */
    public long load(Iterator<History> histories, String description) {
        Actor actor = actors.current();
        requireWriter(actor);
        Scope scope = new Scope(actor, organizationDays.under(actor.scopePath()));
        CitizenIds seen = new CitizenIds();
        OffsetDateTime at = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        List<MemberBulkWriter.Entry> chunk = new ArrayList<>(CHUNK);
        long written = 0;
        long firstId = 0;
        long lastId = 0;
        while (histories.hasNext()) {
            Checked c = checked(histories.next(), scope);
            String citizenId = c.record.citizenId();
            if (citizenId != null && !seen.add(citizenId)) {
                throw new DomainException("citizenId", "member.error.citizenIdTaken");
            }
            // the path of the member's organisation, known from the scope: PostgreSQL gets the scope key with the row
            OrganizationDays.Known where = scope.known.get(c.states.getLast().organizationId());
            chunk.add(new MemberBulkWriter.Entry(c.record, VietnameseText.fold(c.record.fullName()), c.events,
                    c.states, where == null ? null : where.path()));
            if (chunk.size() == CHUNK || !histories.hasNext()) {
                long[] ids = writer.write(chunk, actor.username(), at);
                firstId = written == 0 ? ids[0] : firstId;
                lastId = ids[ids.length - 1];
                written += ids.length;
                chunk.clear();
            }
        }
        if (written > 0) {
            String summary = VietnameseText.normalize(description);
            summary = (summary == null || summary.isEmpty() ? "Nạp hồ sơ đảng viên" : summary) + " ("
                    + written + " đảng viên)";
            events.publishEvent(new MembersLoaded(firstId + "-" + lastId, scope.commonOrganization(),
                    scope.commonPath(), summary.length() > 2000 ? summary.substring(0, 2000) : summary));
        }
        return written;
    }

    private static void requireWriter(Actor actor) {
        actor.require(Permission.MEMBER_WRITE, actor.scopePath());
    }

    /** A history as checked: its record and events normalised, the state after each event. */
    private record Checked(MemberRecord record, List<LifeEvent> events, List<MemberState> states) {
    }

    private Checked checked(History history, Scope scope) {
        if (history == null || history.events() == null || history.events().isEmpty()) {
            throw new DomainException("kind", "member.error.notAdmitted");
        }
        MemberRecord record = records.checked(history.record(), false);
        List<LifeEvent> events = new ArrayList<>(history.events().size());
        List<MemberState> states = new ArrayList<>(history.events().size());
        MemberState state = null;
        for (LifeEvent event : history.events()) {
            LifeEvent checked = records.checked(event);
            state = lifecycle.apply(state, checked);
            lifecycle.checkAdmissionAge(record.birthDate(), checked);
            if (checked.organizationId() != null) {
                scope.requireOn(checked.organizationId(), checked.effectiveOn());
            }
            events.add(checked);
            states.add(state);
        }
        if (state.status().isMember()) {
            scope.requireInForce(state.organizationId());
            if (state.hostOrganizationId() != null) {
                scope.requireInForce(state.hostOrganizationId());
            }
        }
        return new Checked(record, events, states);
    }

    /**
     * The organisations a check may name: in the actor's scope, existing on the event's day, and in force today
     * for a member's current organisation. Looked up once per organisation (a load reads the whole scope first).
     */
    private final class Scope {

        private final Actor actor;
        private final Map<Long, OrganizationDays.Known> known;
        /** Ids asked about that name no organisation: asked once. */
        private final Set<Long> missing = new HashSet<>();
        private final LocalDate today = LocalDate.now(clock.withZone(DateFormats.ZONE));
        private String commonPath;

        Scope(Actor actor, Map<Long, OrganizationDays.Known> known) {
            this.actor = actor;
            this.known = known == null ? new HashMap<>() : known;
        }

        private OrganizationDays.Known known(long id) {
            OrganizationDays.Known k = known.get(id);
            if (k == null) {
                k = missing.contains(id) ? null : organizationDays.of(id).get(id);
                if (k == null) {
                    missing.add(id);
                    throw new DomainException("organizationId", "member.error.organization");
                }
                known.put(id, k);
            }
            actor.require(Permission.MEMBER_WRITE, k.path());
            return k;
        }

        void requireOn(long id, LocalDate day) {
            OrganizationDays.Known k = known(id);
            if (!k.existsOn(day)) {
                throw new DomainException("organizationId", "member.error.organizationOnDay", day);
            }
            commonPath = commonPath == null ? k.path() : common(commonPath, k.path());
        }

        void requireInForce(long id) {
            if (!known(id).inForceOn(today)) {
                throw new DomainException("organizationId", "member.error.organization");
            }
        }

        /** The deepest organisation above every organisation named so far, for the audit record. */
        String commonPath() {
            return commonPath == null ? actor.scopePath() : commonPath;
        }

        long commonOrganization() {
            String path = commonPath();
            if (path.equals(actor.scopePath()) || path.length() < 3) {
                return actor.scopeOrganizationId();
            }
            String trimmed = path.substring(0, path.length() - 1);
            return Long.parseLong(trimmed.substring(trimmed.lastIndexOf('/') + 1));
        }

        private static String common(String a, String b) {
            if (b.startsWith(a) && a.endsWith("/")) {
                return a;
            }
            int n = Math.min(a.length(), b.length());
            int lastSlash = 0;
            for (int i = 0; i < n && a.charAt(i) == b.charAt(i); i++) {
                if (a.charAt(i) == '/') {
                    lastSlash = i;
                }
            }
            return a.substring(0, lastSlash + 1);
        }
    }
}
