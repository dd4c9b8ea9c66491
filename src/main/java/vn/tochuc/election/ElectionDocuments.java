package vn.tochuc.election;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.election.counting.CongressKind;
import vn.tochuc.election.counting.TallyResult;
import vn.tochuc.election.documents.BallotPaperSpec;
import vn.tochuc.election.documents.BallotPapers;
import vn.tochuc.election.documents.CountingMinutes;
import vn.tochuc.election.documents.MinutesSpec;
import vn.tochuc.election.documents.PaperSize;
import vn.tochuc.election.internal.Guard;
import vn.tochuc.shared.DateFormats;
import vn.tochuc.shared.DomainException;
import vn.tochuc.shared.NotFound;

/**
 * The printed papers of an election: ballot papers once the list is fixed, and the counting minutes of a
 * published round. Serial numbers, when asked for, are drawn at random at printing time and stored
 * nowhere, so a ballot can never be linked to a voter.
 */
@Service
@Transactional(readOnly = true)
public class ElectionDocuments {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SERIAL_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final Elections elections;
    private final ElectionResults results;
    private final Guard guard;
    private final Clock clock;

    public ElectionDocuments(Elections elections, ElectionResults results, Guard guard, Clock clock) {
        this.elections = elections;
        this.results = results;
        this.guard = guard;
        this.clock = clock;
    }

    /** Ballot papers, for the organising staff or the counting board only: {@code perPage} (1, 2 or 4) to an A4 or A5 sheet, as many as the ballots to issue. */
    public byte[] ballots(long id, PaperSize paper, int perPage) {
        ElectionView election = guard.seat(id).isPresent() ? elections.get(id) : guard.preparing(id);
        if (election.status() == ElectionStatus.DRAFT) {
            throw new DomainException("status", "election.error.listNotFixed");
        }
        int copies = election.ballotsIssued() != null ? election.ballotsIssued()
                : election.attendees() != null ? election.attendees() : election.convened();
        if (perPage != 1 && perPage != 2 && perPage != 4) {
            throw new DomainException("perPage", "election.error.perPage");
        }
        BallotPaperSpec spec = new BallotPaperSpec(election.organizationName(), ballotTitle(election),
                "Nhiệm kỳ " + election.term(), elections.ballotNames(id), election.seats(),
                paper == null ? PaperSize.A5 : paper, perPage, Math.max(copies, 1),
                election.useSerials() ? serials(Math.max(copies, 1)) : null);
        if (!BallotPapers.fits(spec)) {
            throw new DomainException("perPage", "election.error.ballotTooLong", elections.ballotNames(id).size());
        }
        return BallotPapers.render(spec);
    }

    /** The counting minutes of a published round, with the entry log's final hash, ready to sign. */
    public byte[] minutes(long id) {
        ElectionView election = elections.get(id);
        TallyResult result = results.published(id).orElseThrow(() -> new NotFound("election", id));
        List<BoardMemberView> board = elections.board(id);
        String head = board.stream().filter(m -> m.role() == BoardRole.HEAD).map(BoardMemberView::fullName)
                .findFirst().orElseThrow(() -> new DomainException("board", "election.error.noHead"));
        List<String> members = board.stream().filter(m -> m.role() != BoardRole.HEAD).map(BoardMemberView::fullName).toList();
        var heading = new MinutesSpec.Heading(election.organizationName(), election.congressName(), election.term(),
                ballotTitle(election), election.seats(), election.round());
        var base = new MinutesSpec.Base(election.congressKind() == CongressKind.MEMBERS ? "đảng viên" : "đại biểu",
                election.convened(), election.exclusions().entrySet().stream()
                        .map(x -> new MinutesSpec.Part(x.getKey().description(), x.getValue())).toList(),
                result.denominator(), result.threshold());
        Integer present = election.presentAtVoting();
        var ballots = new MinutesSpec.Ballots(present, present == null ? null : election.convened() - present,
                election.ballotsIssued(), result.ballots().total(), result.ballots().valid(), result.ballots().invalid(),
                result.ballots().invalidByReason().entrySet().stream()
                        .map(r -> new MinutesSpec.Part(r.getKey().description(), r.getValue())).toList());
        List<MinutesSpec.Row> rows = result.candidates().stream()
                .map(c -> new MinutesSpec.Row(c.position(), c.name(), c.votes(), c.elected())).toList();
        var outcome = new MinutesSpec.Outcome(result.elected(), result.tied(), result.unfilledSeats(), result.explanation());
        LocalDate day = election.publishedAt() == null ? LocalDate.now(clock)
                : election.publishedAt().atZoneSameInstant(DateFormats.ZONE).toLocalDate();
        String place = election.congressPlace() == null || election.congressPlace().isBlank()
                ? election.organizationName() : election.congressPlace();
        return CountingMinutes.render(new MinutesSpec(heading, elections.ballotNames(id), new MinutesSpec.Board(head, members),
                base, ballots, rows, outcome, election.logHash(), place, day));
    }

    private static String ballotTitle(ElectionView election) {
        return "Phiếu bầu " + election.kind().body() + (election.round() > 1 ? " (lần " + election.round() + ")" : "");
    }

    private static List<String> serials(int count) {
        Set<String> seen = new HashSet<>();
        List<String> serials = new ArrayList<>(count);
        while (serials.size() < count) {
            StringBuilder serial = new StringBuilder(8);
            for (int i = 0; i < 8; i++) {
                serial.append(SERIAL_ALPHABET.charAt(RANDOM.nextInt(SERIAL_ALPHABET.length())));
            }
            if (seen.add(serial.toString())) {
                serials.add(serial.toString());
            }
        }
        return serials;
    }
}
