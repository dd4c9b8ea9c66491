package vn.tochuc.election.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.tochuc.election.BallotState;
import vn.tochuc.election.BoardMemberView;
import vn.tochuc.election.BoardRole;
import vn.tochuc.election.CandidateRoute;
import vn.tochuc.election.CandidateView;
import vn.tochuc.election.Counting;
import vn.tochuc.election.ElectionResults;
import vn.tochuc.election.ElectionView;
import vn.tochuc.election.Elections;
import vn.tochuc.election.EntryLog;
import vn.tochuc.election.EntryReceipt;
import vn.tochuc.election.ListIssue;
import vn.tochuc.election.counting.ElectionKind;
import vn.tochuc.election.counting.Exclusion;
import vn.tochuc.election.counting.TallyResult;
import vn.tochuc.shared.NotFound;

/** Elections as JSON, with the same rules as the pages: staff prepare, the counting board counts. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Bầu cử", description = "Bầu cử tại đại hội: danh sách, ban kiểm phiếu, nhập phiếu, kết quả")
class ElectionApi {

    private final Elections elections;
    private final Counting counting;
    private final ElectionResults results;

    ElectionApi(Elections elections, Counting counting, ElectionResults results) {
        this.elections = elections;
        this.counting = counting;
        this.results = results;
    }

    record NewElection(ElectionKind kind, Integer seats, Boolean directSecretary, Integer maxSurplusPercent,
            Integer entryPasses, Boolean useSerials) {
    }

    @PostMapping("/congresses/{id}/elections")
    @ResponseStatus(HttpStatus.CREATED)
    ElectionView define(@PathVariable long id, @RequestBody NewElection body) {
        return elections.get(elections.define(new Elections.NewElection(id, body.kind(),
                body.seats() == null ? 0 : body.seats(), Boolean.TRUE.equals(body.directSecretary()),
                body.maxSurplusPercent(), body.entryPasses(), Boolean.TRUE.equals(body.useSerials()))));
    }

    @GetMapping("/congresses/{id}/elections")
    List<ElectionView> forCongress(@PathVariable long id) {
        return elections.forCongress(id);
    }

    @GetMapping("/elections/{id}")
    ElectionView get(@PathVariable long id) {
        return elections.get(id);
    }

    @GetMapping("/elections/{id}/candidates")
    List<CandidateView> candidates(@PathVariable long id) {
        return elections.candidates(id);
    }

    record NewCandidate(String fullName, CandidateRoute route, Integer approvals, Boolean official) {
    }

    @PostMapping("/elections/{id}/candidates")
    @ResponseStatus(HttpStatus.CREATED)
    List<CandidateView> addCandidate(@PathVariable long id, @RequestBody NewCandidate body) {
        elections.addCandidate(id, body.fullName(), body.route(), body.approvals(), !Boolean.FALSE.equals(body.official()));
        return elections.candidates(id);
    }

    record Withdrawal(String reason) {
    }

    @PostMapping("/elections/{id}/candidates/{candidateId}/withdrawal")
    List<CandidateView> withdraw(@PathVariable long id, @PathVariable long candidateId, @RequestBody Withdrawal body) {
        elections.withdraw(id, candidateId, body.reason());
        return elections.candidates(id);
    }

    record Participation(Integer convened, Map<Exclusion, Integer> exclusions, Integer attendees,
            Integer presentAtVoting, Integer officialMembers) {
    }

    @PutMapping("/elections/{id}/participation")
    ElectionView participation(@PathVariable long id, @RequestBody Participation body) {
        elections.setParticipation(id, new Elections.Participation(body.convened(), body.exclusions(),
                body.attendees(), body.presentAtVoting(), body.officialMembers()));
        return elections.get(id);
    }

    @GetMapping("/elections/{id}/board")
    List<BoardMemberView> board(@PathVariable long id) {
        return elections.board(id);
    }

    record NewBoardMember(String fullName, BoardRole role, String username, Integer passNo) {
    }

    @PostMapping("/elections/{id}/board")
    @ResponseStatus(HttpStatus.CREATED)
    List<BoardMemberView> addBoardMember(@PathVariable long id, @RequestBody NewBoardMember body) {
        elections.addBoardMember(id, body.fullName(), body.role(), body.username(), body.passNo());
        return elections.board(id);
    }

    @GetMapping("/elections/{id}/checks")
    List<ListIssue> checks(@PathVariable long id) {
        return elections.check(id);
    }

    @PostMapping("/elections/{id}/list-approval")
    ElectionView approveList(@PathVariable long id) {
        elections.approveList(id);
        return elections.get(id);
    }

    record Opening(Integer issued, Integer returned) {
    }

    @PostMapping("/elections/{id}/counting")
    ElectionView openCounting(@PathVariable long id, @RequestBody Opening body) {
        elections.openCounting(id, body.issued() == null ? -1 : body.issued(), body.returned() == null ? -1 : body.returned());
        return elections.get(id);
    }

    record BallotEntry(Integer ballotNo, String keys) {
    }

    @PostMapping("/elections/{id}/ballots")
    EntryReceipt enter(@PathVariable long id, @RequestBody BallotEntry body) {
        return counting.record(id, body.ballotNo() == null ? 0 : body.ballotNo(), body.keys());
    }

    @GetMapping("/elections/{id}/reconciliation")
    List<BallotState> reconciliation(@PathVariable long id) {
        return counting.reconciliation(id);
    }

    record Resolution(Integer ballotNo, String keys, String reason) {
    }

    @PostMapping("/elections/{id}/resolutions")
    List<BallotState> resolve(@PathVariable long id, @RequestBody Resolution body) {
        counting.resolve(id, body.ballotNo() == null ? 0 : body.ballotNo(), body.keys(), body.reason());
        return counting.reconciliation(id);
    }

    @GetMapping("/elections/{id}/log")
    EntryLog log(@PathVariable long id) {
        return counting.log(id);
    }

    @GetMapping("/elections/{id}/preview")
    TallyResult preview(@PathVariable long id) {
        return counting.preview(id);
    }

    @PostMapping("/elections/{id}/publication")
    TallyResult publish(@PathVariable long id) {
        return results.publish(id);
    }

    @GetMapping("/elections/{id}/result")
    TallyResult result(@PathVariable long id) {
        return results.published(id).orElseThrow(() -> new NotFound("election", id));
    }

    record NextRound(List<String> newNames) {
    }

    @PostMapping("/elections/{id}/next-round")
    @ResponseStatus(HttpStatus.CREATED)
    ElectionView nextRound(@PathVariable long id, @RequestBody(required = false) NextRound body) {
        return elections.get(results.nextRound(id, body == null ? List.of() : body.newNames()));
    }

    record Decision(LocalDate on, String decisionRef, String reason) {
    }

    @PostMapping("/elections/{id}/approval")
    ElectionView approve(@PathVariable long id, @RequestBody Decision body) {
        results.approve(id, body.on(), body.decisionRef());
        return elections.get(id);
    }

    @PostMapping("/elections/{id}/annulment")
    ElectionView annul(@PathVariable long id, @RequestBody Decision body) {
        results.annul(id, body.on(), body.decisionRef(), body.reason());
        return elections.get(id);
    }
}
