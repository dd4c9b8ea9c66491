package vn.tochuc.election.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tochuc.election.counting.Fixtures.concat;
import static vn.tochuc.election.counting.Fixtures.times;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TallyTest {

    private static final Map<String, Integer> EXAMPLE_EXCLUSIONS = Map.of("TEMPORARY_TRANSFER", 2, "EXEMPT_ABSENT", 1,
            "SUSPENDED_OR_PROSECUTED", 0, "ABSENT_WITH_APPROVED_REASON", 3);

    private static ElectionSpec exampleCongress() {
        return new ElectionSpec(ElectionKind.EXECUTIVE_COMMITTEE, CongressKind.MEMBERS, 2,
                List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"), 230, EXAMPLE_EXCLUSIONS);
    }

    @Test
    void votesOnASurplusListGoToEveryNameNotStruck() {
        // QĐ 244-QĐ/TW Điều 17 khoản 1 (giữ nguyên trong QĐ 190): the voter strikes those not elected
        var result = Fixtures.count(exampleCongress(), concat(times(150, BallotInput.striking(3)),
                times(70, BallotInput.striking(1))));
        assertThat(result.denominator()).isEqualTo(224);
        assertThat(result.threshold()).isEqualTo(113);
        assertThat(result.candidates()).extracting(TallyResult.CandidateResult::votes).containsExactly(150, 220, 70);
        assertThat(result.elected()).containsExactly("Trần Thị Bình", "Nguyễn Văn An");
        assertThat(result.candidates().getFirst().percent()).isEqualTo("66.96");
    }

    @Test
    void explanationReadsTheDenominatorThresholdAndEachName() {
        // QĐ 244-QĐ/TW Điều 32 khoản 2; minutes show each name's % against D
        var result = Fixtures.count(exampleCongress(), concat(times(150, BallotInput.striking(3)),
                times(70, BallotInput.striking(1))));
        assertThat(result.explanation()).contains(
                "Mẫu số tính kết quả: 230 đảng viên chính thức được triệu tập, trừ 2 đảng viên sinh hoạt tạm thời ở"
                        + " đảng bộ khác; 1 đảng viên được miễn công tác và sinh hoạt đảng không có mặt; 3 đảng viên vắng"
                        + " mặt suốt thời gian đại hội có lý do chính đáng được cấp ủy đồng ý, còn 224.",
                "Người trúng cử phải đạt ít nhất 113 phiếu (quá một nửa của 224).",
                "Đồng chí Nguyễn Văn An đạt 150 phiếu (66,96%), trúng cử.",
                "Đồng chí Lê Văn Cường đạt 70 phiếu (31,25%), không đạt quá một nửa, không trúng cử.");
    }

    @Test
    void validBallotsAreNotTheBase() {
        // Điều lệ Đảng Điều 12 khoản 3: over half of D, even if over half of the valid ballots
        var election = Fixtures.members(ElectionKind.CELL_SECRETARY, 1, 1, 20);
        var result = Fixtures.count(election, times(10, Fixtures.marks("1", Mark.APPROVE)));
        assertThat(result.elected()).isEmpty();
        assertThat(result.candidates().getFirst().overHalf()).isFalse();
    }

    @Test
    void invalidBallotsAreCountedByReasonInDeclarationOrder() {
        // QĐ 244-QĐ/TW Điều 17 khoản 2
        var election = Fixtures.members(ElectionKind.DELEGATES, 2, 4, 20);
        var result = Fixtures.count(election, List.of(BallotInput.declaredInvalid(InvalidReason.OTHER),
                BallotInput.striking(1), BallotInput.striking(1, 2, 3, 4), BallotInput.striking(1, 2)));
        assertThat(result.ballots().invalidByReason()).containsExactly(Map.entry(InvalidReason.TOO_MANY_KEPT, 1),
                Map.entry(InvalidReason.ALL_STRUCK, 1), Map.entry(InvalidReason.OTHER, 1));
        assertThat(result.ballots().valid()).isEqualTo(1);
        assertThat(result.candidates()).extracting(TallyResult.CandidateResult::votes).containsExactly(0, 0, 1, 1);
    }

    @Test
    void positionMissingFromMarksCountsAsNeither() {
        // QĐ 244-QĐ/TW Điều 17 khoản 2: no X for a person on a list without surplus, the ballot stays valid
        var election = Fixtures.members(ElectionKind.INSPECTION_COMMITTEE, 3, 3, 10);
        var result = Fixtures.count(election, times(7, Fixtures.marks("2", Mark.APPROVE)));
        assertThat(result.ballots().valid()).isEqualTo(7);
        assertThat(result.elected()).containsExactly("Ứng viên 2");
        assertThat(result.unfilledSeats()).isEqualTo(2);
    }

    @Test
    void aCongressMayPassItsOwnSurplusMaximum() {
        // QĐ 190-QĐ/TW Điều 14 khoản 1: the congress decides the maximum, not above 30 %
        var election = Fixtures.members(ElectionKind.EXECUTIVE_COMMITTEE, 10, 12, 20);
        var strict = TallyRules.DEFAULT.withSurplus(new SurplusRules(15, 10, 15, 3, 5, 1));
        var result = Tally.count(new TallyRequest(election, List.of()), strict);
        assertThat(result.warnings()).containsExactly(TallyWarning.SURPLUS_ABOVE_MAXIMUM,
                TallyWarning.SURPLUS_OUTSIDE_PREPARED_RANGE);
        assertThat(result.explanation()).contains("Lưu ý: số dư 2 người vượt mức tối đa 15% số lượng cần bầu"
                + " (không quá 1 người) theo QĐ 190-QĐ/TW Điều 14 khoản 1.");
    }

    @Test
    void singleCandidateRuleSwitchedOffKeepsBlankBallotsValid() {
        // [R] TallyRules.SINGLE_CANDIDATE_NEEDS_ONE_MARK
        var election = Fixtures.members(ElectionKind.SECRETARY, 1, 1, 10);
        var lenient = new TallyRules(SurplusRules.DEFAULT, CellRules.DEFAULT, false, true);
        var result = Tally.count(new TallyRequest(election, List.of(Fixtures.marks())), lenient);
        assertThat(result.ballots().valid()).isEqualTo(1);
    }
}
