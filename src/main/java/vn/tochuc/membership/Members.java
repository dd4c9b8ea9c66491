package vn.tochuc.membership;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.membership.internal.MemberStore;
import vn.tochuc.organization.OrganizationPaths;
import vn.tochuc.organization.OrganizationView;
import vn.tochuc.organization.Organizations;
import vn.tochuc.shared.Actor;
import vn.tochuc.shared.Actors;
import vn.tochuc.shared.Conflict;
import vn.tochuc.shared.DateFormats;
import vn.tochuc.shared.DomainException;
import vn.tochuc.shared.NotFound;
import vn.tochuc.shared.Permission;
import vn.tochuc.shared.VietnameseText;

/**
 * Party members in the acting user's scope: admit, record life-cycle events, edit the record, search, and
 * list the members of a subtree on any day. Reads outside the scope are not found; writes need MEMBER_WRITE.
 * Ethnicity, religion and citizen ID are shown only with SENSITIVE_READ and never enter audit summaries.
 */
@Service
@Transactional
public class Members {

    private static final Comparator<MemberSummary> NAME_ORDER =
            Comparator.comparing(MemberSummary::fullName, VietnameseText.personalNameOrder());

    private final MemberStore store;
    private final int maxListed;
    private final OrganizationPaths paths;
    private final Organizations organizations;
    private final Actors actors;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MemberRecords records;
    private final MemberLifecycle lifecycle = new MemberLifecycle(LifecycleRules.DEFAULT);

    public Members(MemberStore store, OrganizationPaths paths, Organizations organizations, Actors actors,
            ApplicationEventPublisher events, Clock clock, MemberNumberRule numbers,
            @Value("${tochuc.membership.max-listed:" + MAX_LISTED + "}") int maxListed) {
        this.maxListed = maxListed;
        this.store = store;
        this.paths = paths;
        this.organizations = organizations;
        this.actors = actors;
        this.events = events;
        this.clock = clock;
        this.records = new MemberRecords(numbers, clock);
    }

    /** What is typed to admit a member: the record, where, the decision and the ceremony (rules §5.1). */
    public record NewMember(MemberRecord record, long organizationId, LocalDate decisionOn, LocalDate ceremonyOn,
            String decisionRef) {
    }

    /**
     * Admits a member: probationary from the ceremony. Refused, with nothing written, when the record or the dates
     * are wrong or the person is under 18 (counted by month) on the decision's day (rules §5.1).
     */
    public long admit(NewMember command) {
        Actor actor = actors.current();
        String path = pathOf(command.organizationId());
        actor.require(Permission.MEMBER_WRITE, path);
        MemberRecord record = records.checked(command.record());
        LifeEvent admission = records.checked(new LifeEvent(EventKind.ADMISSION, command.ceremonyOn(),
                command.organizationId(), command.decisionOn(), null, null, null, command.decisionRef(), null));
        MemberState state = lifecycle.apply(null, admission);
        lifecycle.checkAdmissionAge(record.birthDate(), admission);
        requireOrganizationOn(actor, command.organizationId(), command.ceremonyOn());
        requireCardFree(record.cardNumber(), null);
        long id;
        try {
            id = store.insert(record, VietnameseText.fold(record.fullName()), state);
        } catch (DuplicateKeyException e) {
            throw new Conflict("member.error.citizenIdTaken");
        }
        store.insertEvent(id, 1, admission, state, actor.username(), now());
        events.publishEvent(new MemberChanged("MEMBER_ADMISSION", id, command.organizationId(), path,
                "Kết nạp đảng viên " + record.fullName()));
        return id;
    }

    @Transactional(readOnly = true)
    public MemberView get(long id) {
        MemberStore.Row row = visible(id);
        return MemberViews.of(row, actors.current().can(Permission.SENSITIVE_READ), lifecycle.rules());
    }

    /** The member's events in the order they happened. */
    @Transactional(readOnly = true)
    public List<EventView> history(long id) {
        visible(id);
        return store.events(id);
    }

    /** Records a life-cycle event; refused with the rule's reason (nothing changes) when it cannot happen. */
    public void record(long id, int version, LifeEvent event) {
        Actor actor = actors.current();
        write(actor, writable(actor, id), version, event);
    }

    /** Records an event on a member the caller has already checked the actor may change. */
    private void write(Actor actor, MemberStore.Row row, int version, LifeEvent event) {
        long id = row.id();
        LifeEvent checked = records.checked(event);
        if (checked.kind() == EventKind.CONVERSION_ON_RECORD) {
            throw new DomainException("kind", "member.error.conversionOnRecord");
        }
        List<EventView> history = store.events(id);
        MemberState state = lifecycle.replay(history.stream().map(EventView::event).toList(), null);
        MemberState next = lifecycle.apply(state, checked);
        lifecycle.checkAdmissionAge(row.record().birthDate(), checked);
        if (checked.kind() == EventKind.READMISSION || checked.kind() == EventKind.TRANSFER_IN) {
            requireOrganizationOn(actor, checked.organizationId(), checked.effectiveOn());
        } else if (checked.organizationId() != null) {
            pathOf(checked.organizationId());
        }
        if (version != row.version() || !store.updateState(id, version, next)) {
            throw new Conflict("error.conflict");
        }
        store.insertEvent(id, history.size() + 1, checked, next, actor.username(), now());
        events.publishEvent(new MemberChanged("MEMBER_" + checked.kind().name(), id, row.state().organizationId(),
                row.organizationPath(), MemberViews.summary(checked.kind()) + " " + row.record().fullName()));
    }

    /** Changes the record fields; the second of two clerks editing the same version gets a conflict. */
    public void update(long id, int version, MemberRecord record) {
        Actor actor = actors.current();
        MemberStore.Row row = writable(actor, id);
        MemberRecord checked = records.checked(record);
        if (!actor.can(Permission.SENSITIVE_READ)) {
            throw new DomainException("member.error.sensitiveEdit");
        }
        requireCardFree(checked.cardNumber(), id);
        if (checked.birthDate() != null && !checked.birthDate().equals(row.record().birthDate())) {
            // a corrected birth date must still make the person old enough on every admission decision
            for (EventView e : store.events(id)) {
                lifecycle.checkAdmissionAge(checked.birthDate(), e.event());
            }
        }
        try {
            if (!store.updateRecord(id, version, checked, VietnameseText.fold(checked.fullName()))) {
                throw new Conflict("error.conflict");
            }
        } catch (DuplicateKeyException e) {
            throw new Conflict("member.error.citizenIdTaken");
        }
        events.publishEvent(new MemberChanged("MEMBER_UPDATED", id, row.state().organizationId(),
                row.organizationPath(), "Sửa lý lịch đảng viên " + checked.fullName()));
    }

    /** A party card number is the member's own nationally: one held by another member is refused. */
    private void requireCardFree(String cardNumber, Long self) {
        if (cardNumber == null || cardNumber.isBlank()) {
            return;
        }
        store.cardHolder(cardNumber.strip()).filter(holder -> !holder.equals(self)).ifPresent(holder -> {
            throw new DomainException("cardNumber", "member.error.cardTaken", cardNumber.strip());
        });
    }

    /**
     * Members in scope by name (accent-insensitive, every word anywhere: "nguyen thi h" finds "Nguyễn Thị Hoa"),
     * card or dossier number, or citizen ID (only for users who may read it), in Vietnamese name order.
     */
    @Transactional(readOnly = true)
    public List<MemberSummary> search(String query, int limit) {
        Actor actor = actors.current();
        String text = VietnameseText.normalize(query);
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String folded = VietnameseText.fold(text).replace("\\", "").replace("%", "").replace("_", "").strip();
        List<String> parts = folded.isEmpty() ? List.of() : Arrays.stream(folded.split(" ")).limit(6).toList();
        String digits = text.replaceAll("[\\s.]", "");
        String citizenId = actor.can(Permission.SENSITIVE_READ) && digits.matches("\\d{12}") ? digits : null;
        List<MemberSummary> found = new ArrayList<>(store.search(actor.scopePath(), parts, text, citizenId,
                Math.max(limit, 1)));
        found.sort(NAME_ORDER);
        return found.subList(0, Math.min(found.size(), Math.max(limit, 1)));
    }

    /**
     * Members listed at most for one subtree and day (more than twice the largest province): a list is read whole to
     * be put in name order, and a spreadsheet holds at most 1,048,576 rows. Counting has no limit.
     */
    public static final int MAX_LISTED = 500_000;

    /**
     * The members (probationary and official) of the subtree of {@code organizationId} on {@code day}; a subtree
     * holding more than the configured maximum ({@link #MAX_LISTED} unless {@code tochuc.membership.max-listed}
     * says otherwise) is refused with {@code member.error.tooManyToList}, naming the count.
     */
    @Transactional(readOnly = true)
    public List<MemberSummary> asOf(long organizationId, LocalDate day) {
        OrganizationView organization = organizations.getAsOf(organizationId, day);
        List<MemberSummary> found = store.asOf(organization.path(), day, maxListed + 1);
        if (found.size() > maxListed) {
            throw new DomainException("organizationId", "member.error.tooManyToList", organization.name(),
                    store.countAsOf(organization.path(), day), maxListed);
        }
        return inNameOrder(found);
    }

    /** The most members {@link #asOf} lists. */
    public int maxListed() {
        return maxListed;
    }

    /**
     * The members in Vietnamese name order. A province lists some 150,000 members but far fewer distinct names,
     * and comparing two names splits both into parts: the distinct names are sorted once and the members follow
     * their name's rank (ties keep the query's order, as a stable sort would).
     */
    static List<MemberSummary> inNameOrder(List<MemberSummary> members) {
        Map<String, Integer> rank = new HashMap<>();
        for (MemberSummary m : members) {
            rank.put(m.fullName(), 0);
        }
        List<String> names = new ArrayList<>(rank.keySet());
        names.sort(VietnameseText.personalNameOrder());
        for (int i = 0; i < names.size(); i++) {
            rank.put(names.get(i), i);
        }
        List<MemberSummary> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparingInt(m -> rank.get(m.fullName())));
        return sorted;
    }

    /** How many members the subtree of {@code organizationId} held on {@code day}. */
    @Transactional(readOnly = true)
    public long countAsOf(long organizationId, LocalDate day) {
        return store.countAsOf(organizations.getAsOf(organizationId, day).path(), day);
    }

    /** How many members were filed in {@code organizationId} itself on {@code day}. */
    @Transactional(readOnly = true)
    public long countDirectlyIn(long organizationId, LocalDate day) {
        organizations.getAsOf(organizationId, day);
        return store.countDirectlyIn(organizationId, day);
    }

    /**
     * Moves every member filed in {@code fromId} on {@code day} to {@code toId} with a transfer on that day, and
     * attaches those temporarily attached to {@code fromId} to {@code toId} instead, as a merger of organisations
     * does: each transfer is checked, written and audited as a clerk's would be, under the
     * acting user's rights; one that cannot be made (a member whose history goes on after the day) refuses them
     * all, naming the member, and the caller's transaction writes nothing.
     */
    public int transferAll(long fromId, long toId, LocalDate day, String decisionRef, String details) {
        Actor actor = actors.current();
        // those filed there on the day, and those filed there now: one whose history goes on after the day (admitted,
        // moved or disciplined later) cannot follow a merger dated before it, and is named
        Set<Long> ids = new LinkedHashSet<>(store.idsDirectlyIn(fromId, day));
        ids.addAll(store.idsFiledIn(fromId));
        for (long id : ids) {
            MemberStore.Row row = writable(actor, id);
            LocalDate last = store.events(id).getLast().event().effectiveOn();
            if (last.isAfter(day)) {
                throw new DomainException("sourceIds", "member.error.mergerLaterEvent", row.record().fullName(), day,
                        last);
            }
            // attached temporarily elsewhere: the attachment is closed, the membership moves, the attachment goes on
            Long host = row.state().hostOrganizationId();
            if (host != null) {
                row = mergerEvent(actor, row, day, new LifeEvent(EventKind.TEMPORARY_RETURN, day, null, null, null,
                        null, null, decisionRef, details));
            }
            row = mergerEvent(actor, row, day, new LifeEvent(EventKind.TRANSFER, day, toId, null, null, null, null,
                    decisionRef, details));
            if (host != null && host != toId) {
                mergerEvent(actor, row, day, new LifeEvent(EventKind.TEMPORARY_TRANSFER, day, host, null, null, null,
                        null, decisionRef, details));
            }
        }
        // members filed elsewhere (perhaps outside the actor's scope) and attached temporarily to the merged
        // organisation: the hosting side ends the attachment, and they are attached to the receiving organisation
        // from the same day (or are simply back home when that is where they are filed)
        actor.require(Permission.MEMBER_WRITE, pathOf(fromId));
        for (long id : store.idsHostedIn(fromId)) {
            MemberStore.Row back = mergerEvent(actor, store.find(id).orElseThrow(), day, new LifeEvent(
                    EventKind.TEMPORARY_RETURN, day, null, null, null, null, null, decisionRef, details));
            if (back.state().organizationId() != toId) {
                mergerEvent(actor, back, day, new LifeEvent(EventKind.TEMPORARY_TRANSFER, day, toId, null, null, null,
                        null, decisionRef, details));
            }
        }
        return ids.size();
    }

    /** Records one event of a merger and returns the member as it then stands; a refusal names the member. */
    private MemberStore.Row mergerEvent(Actor actor, MemberStore.Row row, LocalDate day, LifeEvent event) {
        try {
            write(actor, row, row.version(), event);
        } catch (DomainException e) {
            throw new DomainException("sourceIds", "member.error.mergerTransfer", row.record().fullName(), day);
        }
        return store.find(row.id()).orElseThrow();
    }

    /** How many members (probationary or official) are filed in {@code organizationId} now. */
    @Transactional(readOnly = true)
    public long countFiledIn(long organizationId) {
        organizations.get(organizationId);
        return store.countFiledIn(organizationId);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(DateFormats.ZONE));
    }

    private MemberStore.Row visible(long id) {
        MemberStore.Row row = store.find(id).orElseThrow(() -> new NotFound("member", id));
        actors.current().requireVisible(row.organizationPath(), "member", id);
        return row;
    }

    /** Writes outside the scope are forbidden (the page or API has already answered not found to a read). */
    private MemberStore.Row writable(Actor actor, long id) {
        MemberStore.Row row = store.find(id).orElseThrow(() -> new NotFound("member", id));
        actor.require(Permission.MEMBER_WRITE, row.organizationPath());
        return row;
    }

    /**
     * Members are filed only in the acting user's scope, in an organisation that existed on the day: otherwise
     * the member would be in no subtree on that day and vanish from every count.
     */
    private void requireOrganizationOn(Actor actor, long organizationId, LocalDate day) {
        paths.pathOf(organizationId).ifPresent(path -> actor.require(Permission.MEMBER_WRITE, path));
        try {
            organizations.getAsOf(organizationId, day);
        } catch (NotFound e) {
            throw new DomainException("organizationId", "member.error.organizationOnDay", day);
        }
    }

    private String pathOf(long organizationId) {
        return paths.pathOf(organizationId)
                .orElseThrow(() -> new DomainException("organizationId", "member.error.organization"));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
