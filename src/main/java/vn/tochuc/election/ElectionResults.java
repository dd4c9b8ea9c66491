package vn.tochuc.election;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.tochuc.calendar.HolidayCalendar;
import vn.tochuc.election.counting.TallyResult;
import vn.tochuc.election.internal.ElectionStore;
import vn.tochuc.election.internal.EntryChain;
import vn.tochuc.election.internal.EntryStore;
import vn.tochuc.election.internal.Guard;
import vn.tochuc.shared.DomainException;

/**
 * Publishing results, after which they never change; further rounds; the higher committee's approval
 * (chuẩn y) or annulment; the 15-working-day complaint window and the 6-month ballot retention
 * (QĐ 190-QĐ/TW Điều 33–35).
 */
@Service
@Transactional
public class ElectionResults {

    /** QĐ 190-QĐ/TW: complaints within 15 working days of the congress's close. */
    public static final int COMPLAINT_WORKING_DAYS = 15;
    /** QĐ 190-QĐ/TW: sealed ballots are kept for 6 months. */
    public static final int RETENTION_MONTHS = 6;
    /** Longest audit summary written here; the audit trail's column holds 2,000 characters. */
    static final int SUMMARY_LIMIT = 1_000;

    private final ElectionStore store;
    private final EntryStore entries;
    private final Counting counting;
    private final Elections elections;
    private final Guard guard;
    private final HolidayCalendar calendar;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ElectionResults(ElectionStore store, EntryStore entries, Counting counting, Elections elections, Guard guard,
            HolidayCalendar calendar, JsonMapper json, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.entries = entries;
        this.counting = counting;
        this.elections = elections;
        this.guard = guard;
        this.calendar = calendar;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Publishes the result of the reconciled ballots. Every returned ballot must be agreed or resolved.
     * The head of the board or the organising staff may publish.
     */
    public TallyResult publish(long id) {
        ElectionView election = guard.visible(id);
        if (guard.seat(id).filter(s -> s.role() == BoardRole.HEAD).isEmpty()) {
            guard.preparing(id);
        }
        election = store.lock(id).orElseThrow();
        Guard.requireStatus(election, ElectionStatus.COUNTING);
        List<BallotState> states = counting.states(election, elections.ballotNames(id));
        long open = states.stream().filter(s -> !s.counted()).count();
        if (open > 0) {
            throw new DomainException("ballots", "election.error.notReconciled", open);
        }
        TallyResult result = counting.tally(election);
        String text = json.writeValueAsString(result);
        String logHash = entries.last(id).map(EntryStore.Entry::hash).orElse(EntryChain.GENESIS);
        LocalDate closes = election.congressClosesOn();
        store.publish(id, text, sha256(text), logHash, OffsetDateTime.now(clock), guard.actor().username(),
                calendar.workingDays().plusWorkingDays(closes, COMPLAINT_WORKING_DAYS), closes.plusMonths(RETENTION_MONTHS));
        events.publishEvent(new ElectionChanged("ELECTION_RESULT_PUBLISHED", id, election.organizationId(),
                election.organizationPath(), publishedSummary(election, result)));
        return result;
    }

    /**
     * The audit line of a publication: the names elected while they fit in an audit summary; for a long
     * list (a congress electing 180) only how many, since the full result is kept with its hash.
     */
    static String publishedSummary(ElectionView election, TallyResult result) {
        String head = "Công bố kết quả bầu " + election.kind().body() + ": trúng cử ";
        String names = String.join(", ", result.elected());
        return head.length() + names.length() <= SUMMARY_LIMIT ? head + names
                : head + result.elected().size() + " người (danh sách đầy đủ trong kết quả đã công bố)";
    }

    /** The published result, identical to what was published (its hash is checked). */
    @Transactional(readOnly = true)
    public Optional<TallyResult> published(long id) {
        guard.visible(id);
        return store.resultJson(id).map(text -> {
            ElectionView election = store.find(id).orElseThrow();
            if (!sha256(text).equals(resultHash(election))) {
                throw new IllegalStateException("published result of election " + id + " does not match its hash");
            }
            return json.readValue(text, TallyResult.class);
        });
    }

    /**
     * Starts the next round for the seats left open: among the tied for a tie, else the names not elected,
     * optionally with new nominees (the congress decides, QĐ 244-QĐ/TW Điều 20 khoản 2).
     */
    public long nextRound(long id, List<String> newNames) {
        ElectionView election = guard.preparing(id, ElectionStatus.PUBLISHED);
        TallyResult result = published(id).orElseThrow();
        if (result.unfilledSeats() == 0) {
            throw new DomainException("seats", "election.error.noOpenSeats");
        }
        List<String> names = !result.tied().isEmpty() ? result.tied()
                : result.candidates().stream().filter(c -> !c.elected()).map(TallyResult.CandidateResult::name).toList();
        long next = store.insert(election.congressId(), election.kind(), result.unfilledSeats(), election.round() + 1,
                id, election.directSecretary(), election.maxSurplusPercent(), election.entryPasses(), election.useSerials());
        store.setParticipation(next, election.convened(), election.attendees(), null, election.officialMembers(),
                election.exclusions());
        for (String name : names) {
            store.addCandidate(next, name, CandidateRoute.COMMITTEE_LIST, null, true);
        }
        store.board(id).forEach(m -> store.addBoardMember(next, m.fullName(), m.role(), m.username(), m.passNo()));
        events.publishEvent(new ElectionChanged("ELECTION_NEXT_ROUND", next, election.organizationId(),
                election.organizationPath(), "Bầu lần " + (election.round() + 1) + " cho " + result.unfilledSeats()
                        + " chỗ còn trống"));
        for (String name : newNames == null ? List.<String>of() : newNames) {
            if (name != null && !name.isBlank()) {
                elections.addCandidate(next, name, CandidateRoute.DELEGATE_NOMINATION, null, true);
            }
        }
        return next;
    }

    /** The higher committee approves (chuẩn y) the result. */
    public void approve(long id, LocalDate on, String decisionRef) {
        ElectionView election = guard.higherCommittee(id);
        Guard.requireStatus(election, ElectionStatus.PUBLISHED);
        if (on == null || decisionRef == null || decisionRef.isBlank()) {
            throw new DomainException("decisionRef", "election.error.decision");
        }
        store.approve(id, on, decisionRef.strip());
        events.publishEvent(new ElectionChanged("ELECTION_APPROVED", id, election.organizationId(),
                election.organizationPath(), "Chuẩn y kết quả bầu cử (" + decisionRef.strip() + ")"));
    }

    /** The higher committee annuls the result; the published result itself is kept as it was. */
    public void annul(long id, LocalDate on, String decisionRef, String reason) {
        ElectionView election = guard.higherCommittee(id);
        Guard.requireStatus(election, ElectionStatus.PUBLISHED);
        if (on == null || decisionRef == null || decisionRef.isBlank() || reason == null || reason.isBlank()) {
            throw new DomainException("reason", "election.error.annulment");
        }
        store.annul(id, on, decisionRef.strip(), reason.strip());
        events.publishEvent(new ElectionChanged("ELECTION_ANNULLED", id, election.organizationId(),
                election.organizationPath(), "Bãi bỏ kết quả bầu cử (" + decisionRef.strip() + ")"));
    }

    private String resultHash(ElectionView election) {
        return store.resultHash(election.id()).orElse("");
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
