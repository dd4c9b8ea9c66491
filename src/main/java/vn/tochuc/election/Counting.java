package vn.tochuc.election;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.election.counting.BallotInput;
import vn.tochuc.election.counting.ElectionSpec;
import vn.tochuc.election.counting.InvalidTally;
import vn.tochuc.election.counting.ListKind;
import vn.tochuc.election.counting.Tally;
import vn.tochuc.election.counting.TallyRequest;
import vn.tochuc.election.counting.TallyResult;
import vn.tochuc.election.internal.BallotCodec;
import vn.tochuc.election.internal.ElectionStore;
import vn.tochuc.election.internal.EntryChain;
import vn.tochuc.election.internal.EntryStore;
import vn.tochuc.election.internal.EntryStore.Entry;
import vn.tochuc.election.internal.Guard;
import vn.tochuc.shared.DomainException;

/**
 * The counting board at work: each operator enters every ballot in their pass; the passes are reconciled
 * ballot by ballot; the head resolves a mismatch against the paper. Every entry, correction and
 * resolution goes to the append-only, hash-chained entry log. Only the board sees individual ballots, and
 * no ballot content is ever published as an event or logged.
 */
@Service
@Transactional
public class Counting {

    private final ElectionStore elections;
    private final EntryStore entries;
    private final Guard guard;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public Counting(ElectionStore elections, EntryStore entries, Guard guard, ApplicationEventPublisher events,
            Clock clock) {
        this.elections = elections;
        this.entries = entries;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Enters (or, when the pass entered it before, corrects) ballot {@code ballotNo} as typed by the operator.
     *
     * <p>The operators of all passes enter into one hash chain, so each entry holds the election's row lock
     * from reading the chain's last link until it commits. Everything that does not need the lock is done
     * before taking it: the board seat, reading the typed keys against the list, the validity and the
     * read-back (the list, D and the ballots returned cannot change while the count is open; the status is
     * checked again under the lock).
     */
    public EntryReceipt record(long electionId, int ballotNo, String typed) {
        ElectionView election = guard.visible(electionId);
        BoardMemberView seat = guard.boardSeat(election);
        if (seat.passNo() == null) {
            throw new DomainException("passNo", "election.error.noPass");
        }
        Guard.requireStatus(election, ElectionStatus.COUNTING);
        requireBallotNo(election, ballotNo);
        List<String> names = names(electionId);
        String content = BallotCodec.parse(typed, kind(election, names), names.size());
        String validity = validity(election, names, content);
        String readBack = BallotCodec.readBack(content, names);

        Guard.requireStatus(elections.lockStatus(electionId), ElectionStatus.COUNTING);
        var previous = entries.current(electionId, seat.passNo(), ballotNo);
        boolean correction = previous.isPresent();
        if (!correction || !previous.get().content().equals(content)) {
            append(election, correction ? "CORRECTION" : "ENTRY", seat.passNo(), ballotNo, content,
                    previous.map(Entry::id).orElse(null), null);
            audit(election, correction ? "BALLOT_CORRECTED" : "BALLOT_ENTERED",
                    (correction ? "Sửa phiếu số " : "Nhập phiếu số ") + ballotNo + " (lượt " + seat.passNo() + ")");
        }
        return new EntryReceipt(ballotNo, seat.passNo(), readBack, validity, correction,
                entries.enteredIn(electionId, seat.passNo()), election.ballotsReturned());
    }

    /** Every ballot's state across the passes: for the board only. */
    @Transactional(readOnly = true)
    public List<BallotState> reconciliation(long electionId) {
        guard.boardSeat(electionId);
        ElectionView election = guard.visible(electionId);
        return states(election, names(electionId));
    }

    /** The head of the board decides a ballot against the paper, giving the reason. */
    public void resolve(long electionId, int ballotNo, String typed, String reason) {
        guard.head(electionId);
        ElectionView election = elections.lock(electionId).orElseThrow();
        Guard.requireStatus(election, ElectionStatus.COUNTING);
        requireBallotNo(election, ballotNo);
        if (reason == null || reason.isBlank()) {
            throw new DomainException("reason", "election.error.resolutionReason");
        }
        List<String> names = names(electionId);
        String content = BallotCodec.parse(typed, kind(election, names), names.size());
        append(election, "RESOLUTION", 0, ballotNo, content, null, reason.strip());
        audit(election, "BALLOT_RESOLVED", "Trưởng ban kiểm phiếu quyết định phiếu số " + ballotNo);
    }

    /** The count from the reconciled ballots so far, for the board before publication. */
    @Transactional(readOnly = true)
    public TallyResult preview(long electionId) {
        guard.boardSeat(electionId);
        return tally(guard.visible(electionId));
    }

    /** The entry log with its hashes, and where the chain breaks if it does: for the board only. */
    @Transactional(readOnly = true)
    public EntryLog log(long electionId) {
        guard.boardSeat(electionId);
        List<String> names = names(electionId);
        List<Entry> log = entries.log(electionId);
        List<EntryLog.Row> rows = log.stream().map(e -> new EntryLog.Row(e.seq(), e.kind(), e.passNo(), e.ballotNo(),
                BallotCodec.readBack(e.content(), names), e.operator(), e.reason(), e.enteredAt(), e.hash())).toList();
        return new EntryLog(rows, log.isEmpty() ? EntryChain.GENESIS : log.getLast().hash(), EntryChain.firstBroken(log));
    }

    /** How far each pass has got: counts only, visible to whoever may see the election. */
    @Transactional(readOnly = true)
    public Map<Integer, Integer> progress(long electionId) {
        ElectionView election = guard.visible(electionId);
        Map<Integer, Integer> progress = new HashMap<>();
        for (int pass = 1; pass <= election.entryPasses(); pass++) {
            progress.put(pass, entries.enteredIn(electionId, pass));
        }
        return progress;
    }

    /** Tallies the reconciled ballots (used for the preview and at publication). */
    TallyResult tally(ElectionView election) {
        List<String> names = names(election.id());
        List<BallotInput> ballots = new ArrayList<>();
        for (BallotState state : states(election, names)) {
            if (state.counted()) {
                ballots.add(BallotCodec.toInput(state.agreed()));
            }
        }
        try {
            return Tally.count(new TallyRequest(spec(election, names), ballots));
        } catch (InvalidTally e) {
            throw new DomainException(e.field(), "election.error.tally", e.getMessage());
        }
    }

    List<BallotState> states(ElectionView election, List<String> names) {
        int returned = election.ballotsReturned() == null ? 0 : election.ballotsReturned();
        Map<Integer, Map<Integer, Entry>> byBallot = new HashMap<>();
        for (Entry e : entries.log(election.id())) {
            byBallot.computeIfAbsent(e.ballotNo(), k -> new HashMap<>()).put(e.passNo(), e);
        }
        List<BallotState> states = new ArrayList<>(returned);
        for (int b = 1; b <= returned; b++) {
            states.add(state(b, byBallot.getOrDefault(b, Map.of()), election.entryPasses(), names));
        }
        return states;
    }

    static ElectionSpec spec(ElectionView election, List<String> names) {
        Map<String, Integer> exclusions = new HashMap<>();
        election.exclusions().forEach((k, v) -> exclusions.put(k.name(), v));
        return new ElectionSpec(election.kind(), election.congressKind(), election.seats(), names,
                election.convened(), exclusions, election.round(), election.officialMembers());
    }

    private static BallotState state(int ballotNo, Map<Integer, Entry> byPass, int passes, List<String> names) {
        List<String> readings = new ArrayList<>();
        String first = null;
        boolean complete = true;
        boolean agree = true;
        for (int pass = 1; pass <= passes; pass++) {
            Entry e = byPass.get(pass);
            readings.add(e == null ? null : BallotCodec.readBack(e.content(), names));
            if (e == null) {
                complete = false;
            } else if (first == null) {
                first = e.content();
            } else if (!first.equals(e.content())) {
                agree = false;
            }
        }
        Entry resolution = byPass.get(0);
        if (resolution != null) {
            return new BallotState(ballotNo, BallotState.Status.RESOLVED, readings, resolution.content(),
                    resolution.operator(), resolution.reason());
        }
        BallotState.Status status = !agree ? BallotState.Status.MISMATCH
                : complete ? BallotState.Status.AGREED : BallotState.Status.PENDING;
        return new BallotState(ballotNo, status, readings, status == BallotState.Status.AGREED ? first : null, null, null);
    }

    private String validity(ElectionView election, List<String> names, String content) {
        try {
            TallyResult one = Tally.count(new TallyRequest(spec(election, names), List.of(BallotCodec.toInput(content))));
            if (one.ballots().valid() == 1) {
                return "Phiếu hợp lệ.";
            }
            return "Phiếu không hợp lệ: " + one.ballots().invalidByReason().keySet().iterator().next().description() + ".";
        } catch (InvalidTally e) {
            throw new DomainException("keys", "election.error.tally", e.getMessage());
        }
    }

    private void append(ElectionView election, String kind, int pass, int ballotNo, String content, Long voids,
            String reason) {
        var last = entries.last(election.id());
        String prev = last.map(Entry::hash).orElse(EntryChain.GENESIS);
        int seq = last.map(e -> e.seq() + 1).orElse(1);
        OffsetDateTime at = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        Entry draft = new Entry(0, election.id(), seq, kind, pass, ballotNo, content, voids,
                guard.actor().username(), reason, at, prev, "");
        entries.append(new Entry(0, election.id(), seq, kind, pass, ballotNo, content, voids, draft.operator(),
                reason, at, prev, EntryChain.hash(draft)));
    }

    private List<String> names(long electionId) {
        return elections.candidates(electionId).stream().filter(c -> !c.withdrawn()).map(CandidateView::fullName).toList();
    }

    private static ListKind kind(ElectionView election, List<String> names) {
        return ListKind.of(Math.max(names.size(), election.seats()), election.seats());
    }

    private static void requireBallotNo(ElectionView election, int ballotNo) {
        if (ballotNo < 1 || ballotNo > election.ballotsReturned()) {
            throw new DomainException("ballotNo", "election.error.ballotNo", ballotNo, election.ballotsReturned());
        }
    }

    private void audit(ElectionView election, String action, String summary) {
        events.publishEvent(new ElectionChanged(action, election.id(), election.organizationId(),
                election.organizationPath(), summary));
    }
}
