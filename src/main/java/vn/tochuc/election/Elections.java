package vn.tochuc.election;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.access.AccountDirectory;
import vn.tochuc.congress.CongressView;
import vn.tochuc.congress.Congresses;
import vn.tochuc.election.counting.ElectionKind;
import vn.tochuc.election.counting.Exclusion;
import vn.tochuc.election.counting.ListKind;
import vn.tochuc.election.counting.TallyResult;
import tools.jackson.databind.json.JsonMapper;
import vn.tochuc.election.internal.ElectionStore;
import vn.tochuc.election.internal.Guard;
import vn.tochuc.election.internal.ListChecks;
import vn.tochuc.shared.DomainException;
import vn.tochuc.shared.Permission;
import vn.tochuc.shared.VietnameseText;

/**
 * Preparing an election at a congress: what is elected and how many, the list in printed order, the
 * denominator's parts, the counting board, the list checks, and opening the count.
 */
@Service
@Transactional
public class Elections {

    private final ElectionStore store;
    private final Congresses congresses;
    private final Guard guard;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final AccountDirectory accounts;

    public Elections(ElectionStore store, Congresses congresses, Guard guard, ApplicationEventPublisher events,
            JsonMapper json, AccountDirectory accounts) {
        this.accounts = accounts;
        this.store = store;
        this.congresses = congresses;
        this.guard = guard;
        this.events = events;
        this.json = json;
    }

    public record NewElection(long congressId, ElectionKind kind, int seats, boolean directSecretary,
            Integer maxSurplusPercent, Integer entryPasses, boolean useSerials) {
    }

    /** Who was convened and who is subtracted from them (QĐ 244-QĐ/TW Điều 32, kept by QĐ 190). */
    public record Participation(Integer convened, Map<Exclusion, Integer> exclusions, Integer attendees,
            Integer presentAtVoting, Integer officialMembers) {
    }

    public long define(NewElection command) {
        CongressView congress = congresses.get(command.congressId());
        guard.actor().require(Permission.ORGANIZATION_WRITE, congress.organizationPath());
        if (command.kind() == null) {
            throw new DomainException("kind", "election.error.kind");
        }
        if (command.seats() < 1 || command.seats() > 1000) {
            throw new DomainException("seats", "election.error.seats");
        }
        int passes = command.entryPasses() == null ? 2 : command.entryPasses();
        if (passes != 2 && passes != 3) {
            throw new DomainException("entryPasses", "election.error.passes");
        }
        int maxSurplus = command.maxSurplusPercent() == null
                ? vn.tochuc.election.counting.SurplusRules.MAXIMUM_PERCENT : command.maxSurplusPercent();
        if (maxSurplus < 0 || maxSurplus > 30) {
            throw new DomainException("maxSurplusPercent", "election.error.maxSurplus");
        }
        long id = store.insert(congress.id(), command.kind(), command.seats(), 1, null, command.directSecretary(),
                maxSurplus, passes, command.useSerials());
        audit("ELECTION_DEFINED", store.find(id).orElseThrow(), "Xác định cuộc bầu " + command.kind().body()
                + ", số lượng " + command.seats() + ", tại " + congress.name());
        return id;
    }

    @Transactional(readOnly = true)
    public ElectionView get(long id) {
        return guard.visible(id);
    }

    @Transactional(readOnly = true)
    public List<ElectionView> forCongress(long congressId) {
        congresses.get(congressId);
        return store.forCongress(congressId);
    }

    /** The list in printed order (withdrawn names after it, without a position). */
    @Transactional(readOnly = true)
    public List<CandidateView> candidates(long id) {
        guard.visible(id);
        return store.candidates(id);
    }

    /** The names voted on, in printed order. */
    @Transactional(readOnly = true)
    public List<String> ballotNames(long id) {
        return candidates(id).stream().filter(c -> !c.withdrawn()).map(CandidateView::fullName).toList();
    }

    @Transactional(readOnly = true)
    public ListKind listKind(long id) {
        ElectionView election = get(id);
        int size = ballotNames(id).size();
        return ListKind.of(Math.max(size, election.seats()), election.seats());
    }

    public long addCandidate(long id, String fullName, CandidateRoute route, Integer approvals, boolean official) {
        ElectionView election = guard.preparing(id, ElectionStatus.DRAFT);
        String name = VietnameseText.normalize(fullName);
        if (name == null || name.isEmpty() || name.length() > 200) {
            throw new DomainException("fullName", "election.error.candidateName");
        }
        if (approvals != null && approvals < 0) {
            throw new DomainException("approvals", "election.error.approvals");
        }
        long candidate = store.addCandidate(id, name, route == null ? CandidateRoute.COMMITTEE_LIST : route, approvals, official);
        renumber(id);
        audit("CANDIDATE_ADDED", election, "Thêm " + name + " vào danh sách bầu cử");
        return candidate;
    }

    public void withdraw(long id, long candidateId, String reason) {
        ElectionView election = guard.preparing(id, ElectionStatus.DRAFT);
        CandidateView candidate = store.candidates(id).stream().filter(c -> c.id() == candidateId && !c.withdrawn())
                .findFirst().orElseThrow(() -> new DomainException("candidateId", "election.error.noCandidate"));
        store.withdraw(candidateId, reason == null ? "" : reason.strip());
        renumber(id);
        audit("CANDIDATE_WITHDRAWN", election, candidate.fullName() + " rút khỏi danh sách bầu cử");
    }

    public void setParticipation(long id, Participation p) {
        ElectionView election = guard.preparing(id, ElectionStatus.DRAFT, ElectionStatus.LIST_APPROVED);
        Map<Exclusion, Integer> exclusions = new EnumMap<>(Exclusion.class);
        for (var entry : (p.exclusions() == null ? Map.<Exclusion, Integer>of() : p.exclusions()).entrySet()) {
            if (entry.getValue() == null || entry.getValue() == 0) {
                continue;
            }
            if (entry.getKey().congress() != election.congressKind() || entry.getValue() < 0) {
                throw new DomainException("exclusions." + entry.getKey().name(), "election.error.exclusion", entry.getKey());
            }
            exclusions.put(entry.getKey(), entry.getValue());
        }
        int excluded = exclusions.values().stream().mapToInt(Integer::intValue).sum();
        if (p.convened() == null || p.convened() - excluded <= 0) {
            throw new DomainException("convened", "election.error.denominator");
        }
        for (Integer n : new Integer[] {p.attendees(), p.presentAtVoting(), p.officialMembers()}) {
            if (n != null && n < 0) {
                throw new DomainException("attendees", "election.error.negative");
            }
        }
        store.setParticipation(id, p.convened(), p.attendees(), p.presentAtVoting(), p.officialMembers(), exclusions);
        audit("ELECTION_PARTICIPATION", election, "Ghi số triệu tập " + p.convened() + ", mẫu số " + (p.convened() - excluded));
    }

    public void addBoardMember(long id, String fullName, BoardRole role, String username, Integer passNo) {
        ElectionView election = guard.preparing(id, ElectionStatus.DRAFT, ElectionStatus.LIST_APPROVED);
        String name = VietnameseText.normalize(fullName);
        if (name == null || name.isEmpty()) {
            throw new DomainException("fullName", "election.error.boardName");
        }
        String account = username == null || username.isBlank() ? null : username.strip().toLowerCase();
        List<BoardMemberView> board = store.board(id);
        if (passNo != null && (passNo < 1 || passNo > election.entryPasses() || account == null
                || board.stream().anyMatch(m -> passNo.equals(m.passNo())))) {
            throw new DomainException("passNo", "election.error.pass", election.entryPasses());
        }
        if (account != null && board.stream().anyMatch(m -> account.equals(m.username()))) {
            throw new DomainException("username", "election.error.boardAccount", account);
        }
        if (account != null && !accounts.scopePathOf(account).map(election.organizationPath()::startsWith).orElse(false)) {
            throw new DomainException("username", "election.error.boardAccountScope", account);
        }
        if (role == BoardRole.HEAD && board.stream().anyMatch(m -> m.role() == BoardRole.HEAD)) {
            throw new DomainException("role", "election.error.secondHead");
        }
        store.addBoardMember(id, name, role == null ? BoardRole.MEMBER : role, account, passNo);
        audit("COUNTING_BOARD_ASSIGNED", election, "Phân công " + name + " vào ban kiểm phiếu"
                + (account == null ? "" : " (tài khoản " + account + (passNo == null ? "" : ", lượt nhập " + passNo) + ")"));
    }

    public void removeBoardMember(long id, long memberId) {
        ElectionView election = guard.preparing(id, ElectionStatus.DRAFT, ElectionStatus.LIST_APPROVED);
        store.removeBoardMember(id, memberId);
        audit("COUNTING_BOARD_REMOVED", election, "Bỏ phân công thành viên số " + memberId + " khỏi ban kiểm phiếu");
    }

    @Transactional(readOnly = true)
    public List<BoardMemberView> board(long id) {
        guard.visible(id);
        return store.board(id);
    }

    @Transactional(readOnly = true)
    public List<ListIssue> check(long id) {
        ElectionView election = guard.visible(id);
        List<CandidateView> list = store.candidates(id).stream().filter(c -> !c.withdrawn()).toList();
        List<ListIssue> issues = new ArrayList<>(ListChecks.check(election, list, store.board(id)));
        if (election.denominator() == null) {
            issues.add(ListIssue.error("election.issue.participationMissing"));
        }
        issues.addAll(fromCellCommittee(election, list));
        return issues;
    }

    /** Fixes the list after its checks pass; ballot papers may then be printed. */
    public void approveList(long id) {
        ElectionView election = guard.preparing(id, ElectionStatus.DRAFT);
        if (check(id).stream().anyMatch(ListIssue::blocking)) {
            throw new DomainException("list", "election.error.listHasErrors");
        }
        store.setStatus(id, ElectionStatus.LIST_APPROVED);
        audit("ELECTION_LIST_APPROVED", election, "Chốt danh sách bầu cử " + ballotNames(id).size() + " người");
    }

    /** Opens the count with the ballots issued and returned; the board then enters ballots 1…returned. */
    public void openCounting(long id, int issued, int returned) {
        ElectionView election = guard.preparing(id, ElectionStatus.LIST_APPROVED);
        if (issued < 0 || returned < 0 || returned > issued) {
            throw new DomainException("returned", "election.error.ballotCounts");
        }
        List<BoardMemberView> board = store.board(id);
        if (board.stream().noneMatch(m -> m.role() == BoardRole.HEAD && m.username() != null)) {
            throw new DomainException("board", "election.error.noHead");
        }
        for (int pass = 1; pass <= election.entryPasses(); pass++) {
            int p = pass;
            if (board.stream().noneMatch(m -> Integer.valueOf(p).equals(m.passNo()))) {
                throw new DomainException("board", "election.error.passUnassigned", pass);
            }
        }
        store.openCounting(id, issued, returned);
        audit("ELECTION_COUNTING_OPENED", election, "Bắt đầu kiểm phiếu: phát ra " + issued + ", thu về " + returned);
    }

    /**
     * QĐ 294-QĐ/TW: a cell that elected a cell committee elects its secretary and one deputy "trong số chi
     * ủy viên": every name on those lists must be among the cell committee's elected.
     */
    private List<ListIssue> fromCellCommittee(ElectionView election, List<CandidateView> list) {
        if (election.kind() != ElectionKind.CELL_SECRETARY && election.kind() != ElectionKind.CELL_DEPUTY_SECRETARY) {
            return List.of();
        }
        java.util.Set<String> committee = new java.util.HashSet<>();
        for (String text : store.publishedResults(election.congressId(), ElectionKind.CELL_COMMITTEE)) {
            json.readValue(text, TallyResult.class).elected().forEach(name -> committee.add(VietnameseText.fold(name)));
        }
        if (committee.isEmpty()) {
            return List.of();
        }
        return list.stream().filter(c -> !committee.contains(VietnameseText.fold(c.fullName())))
                .map(c -> ListIssue.error("election.issue.notOnCellCommittee", c.fullName())).toList();
    }

    private void renumber(long id) {
        List<CandidateView> list = new ArrayList<>(store.candidates(id).stream().filter(c -> !c.withdrawn()).toList());
        list.sort(Comparator.comparing(CandidateView::fullName, VietnameseText.personalNameOrder()));
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).position() != i + 1) {
                store.setPosition(list.get(i).id(), i + 1);
            }
        }
    }

    private void audit(String action, ElectionView election, String summary) {
        events.publishEvent(new ElectionChanged(action, election.id(), election.organizationId(),
                election.organizationPath(), summary));
    }
}
