package vn.tochuc.election.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.tochuc.election.BoardMemberView;
import vn.tochuc.election.CandidateView;
import vn.tochuc.election.ElectionView;
import vn.tochuc.election.ListIssue;
import vn.tochuc.election.counting.ElectionKind;
import vn.tochuc.election.counting.SurplusRules;
import vn.tochuc.shared.VietnameseText;

/**
 * The checks a list must pass before ballot papers are printed, each citing its rule (plain Java).
 *
 * <ul>
 *   <li>QĐ 190-QĐ/TW Điều 14 khoản 1: committee and standing-committee lists are longer than the seats,
 *       with a surplus of at most 30 % (the congress may decide less); 10–15 % is prepared.</li>
 *   <li>Small bodies of 3–5 seats: a surplus of at most 1 [R, SurplusRules].</li>
 *   <li>QĐ 190-QĐ/TW Điều 14 khoản 3: a nominee or self-nominee enters the list only with the approval of
 *       more than 30 % of the attendees.</li>
 *   <li>QĐ 190-QĐ/TW Điều 8: no member of the counting board is on the list.</li>
 *   <li>Only official members stand [R, standard rule].</li>
 *   <li>QĐ 294-QĐ/TW: a cell elects a cell committee only with ≥ 9 official members, and of at most 7.</li>
 * </ul>
 */
public final class ListChecks {

    /** QĐ 190-QĐ/TW Điều 14 khoản 3: "hơn 30% tổng số đại biểu (đảng viên) dự đại hội". */
    public static final int NOMINATION_APPROVAL_PERCENT = 30;

    private ListChecks() {
    }

    public static List<ListIssue> check(ElectionView election, List<CandidateView> list, List<BoardMemberView> board) {
        List<ListIssue> issues = new ArrayList<>();
        int seats = election.seats();
        int size = list.size();
        if (size < seats) {
            issues.add(ListIssue.error("election.issue.tooFewCandidates", size, seats));
        }
        if (election.kind().singleSeat() && seats != 1) {
            issues.add(ListIssue.error("election.issue.singleSeat", election.kind()));
        }
        surplus(election, size, issues);
        cells(election, issues);
        for (CandidateView c : list) {
            candidate(election, c, issues);
        }
        duplicates(list, issues);
        Set<String> names = new HashSet<>();
        list.forEach(c -> names.add(VietnameseText.fold(c.fullName())));
        for (BoardMemberView member : board) {
            if (names.contains(VietnameseText.fold(member.fullName()))) {
                issues.add(ListIssue.error("election.issue.boardOnList", member.fullName()));
            }
        }
        return issues;
    }

    private static void surplus(ElectionView election, int size, List<ListIssue> issues) {
        if (!election.kind().hasSurplusRules() || size < election.seats()) {
            return;
        }
        int seats = election.seats();
        int surplus = size - seats;
        SurplusRules rules = new SurplusRules(election.maxSurplusPercent(), SurplusRules.PREPARED_MINIMUM_PERCENT,
                SurplusRules.PREPARED_MAXIMUM_PERCENT, SurplusRules.SMALL_BODY_MINIMUM_SEATS,
                SurplusRules.SMALL_BODY_MAXIMUM_SEATS, SurplusRules.SMALL_BODY_MAXIMUM_SURPLUS);
        if (surplus == 0) {
            issues.add(ListIssue.error("election.issue.noSurplus", seats));
        } else if (rules.isSmallBody(seats) && surplus > rules.smallBodyMaximumSurplus()) {
            issues.add(ListIssue.error("election.issue.smallBodySurplus", seats, surplus));
        } else if (surplus > rules.maximumSurplus(seats)) {
            issues.add(ListIssue.error("election.issue.surplusAboveMaximum", surplus, election.maxSurplusPercent(),
                    rules.maximumSurplus(seats)));
        } else if (!rules.isSmallBody(seats)
                && (surplus < rules.preparedMinimum(seats) || surplus > rules.preparedMaximum(seats))) {
            issues.add(ListIssue.warning("election.issue.preparedRange", surplus, rules.preparedMinimum(seats),
                    rules.preparedMaximum(seats)));
        }
    }

    private static void cells(ElectionView election, List<ListIssue> issues) {
        if (election.kind() != ElectionKind.CELL_COMMITTEE) {
            return;
        }
        if (election.seats() > 7) {
            issues.add(ListIssue.error("election.issue.cellCommitteeSize", election.seats()));
        }
        if (election.officialMembers() == null || election.officialMembers() < 9) {
            issues.add(ListIssue.error("election.issue.cellTooSmall",
                    election.officialMembers() == null ? "?" : election.officialMembers()));
        }
    }

    private static void candidate(ElectionView election, CandidateView c, List<ListIssue> issues) {
        if (!c.official()) {
            issues.add(ListIssue.error("election.issue.notOfficial", c.fullName()));
        }
        if (!c.route().needsApproval()) {
            return;
        }
        if (election.attendees() == null || c.approvals() == null) {
            issues.add(ListIssue.error("election.issue.approvalMissing", c.fullName()));
        } else if (c.approvals() * 100L <= (long) NOMINATION_APPROVAL_PERCENT * election.attendees()) {
            issues.add(ListIssue.error("election.issue.approvalTooLow", c.fullName(), c.approvals(),
                    election.attendees()));
        }
    }

    private static void duplicates(List<CandidateView> list, List<ListIssue> issues) {
        Set<String> seen = new HashSet<>();
        for (CandidateView c : list) {
            if (!seen.add(VietnameseText.fold(c.fullName()))) {
                issues.add(ListIssue.error("election.issue.duplicateName", c.fullName()));
            }
        }
    }
}
