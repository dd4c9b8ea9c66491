package vn.tochuc.election.counting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellPolicyTest {

    private final CellRules rules = CellRules.DEFAULT;

    @Test
    void cellCommitteeAboveSevenIsWarned() {
        // QĐ 294-QĐ/TW: "chi bộ đông đảng viên bầu không quá 7 chi ủy viên"
        assertThat(CellPolicy.warnings(ElectionKind.CELL_COMMITTEE, 8, 40, 1, 8, rules))
                .containsExactly(TallyWarning.CELL_COMMITTEE_ABOVE_SEVEN);
        assertThat(CellPolicy.warnings(ElectionKind.CELL_COMMITTEE, 7, 40, 1, 7, rules)).isEmpty();
    }

    @Test
    void cellWithFewerThanNineOfficialMembersDoesNotElectACommittee() {
        // QĐ 294-QĐ/TW: "Chi bộ có 9 đảng viên chính thức trở lên bầu chi ủy"
        assertThat(CellPolicy.warnings(ElectionKind.CELL_COMMITTEE, 3, 8, 1, 3, rules))
                .containsExactly(TallyWarning.CELL_TOO_SMALL_FOR_COMMITTEE);
        assertThat(CellPolicy.warnings(ElectionKind.CELL_COMMITTEE, 3, 9, 1, 3, rules)).isEmpty();
        assertThat(CellPolicy.warnings(ElectionKind.CELL_COMMITTEE, 3, null, 1, 3, rules)).isEmpty();
    }

    @Test
    void thirdRoundWithoutASecretaryMeansAppointmentFromAbove() {
        // QĐ 294-QĐ/TW: "bầu đến lần thứ ba mà không có đồng chí nào đủ số phiếu … cấp ủy cấp trên … chỉ định"
        assertThat(CellPolicy.warnings(ElectionKind.CELL_SECRETARY, 1, 12, 3, 0, rules))
                .containsExactly(TallyWarning.SECRETARY_APPOINTED_BY_HIGHER_COMMITTEE);
    }

    @Test
    void secondRoundWithoutASecretaryIsNotYetAppointment() {
        // QĐ 294-QĐ/TW: only from the third round
        assertThat(CellPolicy.warnings(ElectionKind.CELL_SECRETARY, 1, 12, 2, 0, rules)).isEmpty();
    }

    @Test
    void secretaryElectedAtTheThirdRoundIsNotAppointed() {
        // QĐ 294-QĐ/TW
        assertThat(CellPolicy.warnings(ElectionKind.CELL_SECRETARY, 1, 12, 3, 1, rules)).isEmpty();
    }

    @Test
    void appointmentRuleIsForCellSecretariesOnly() {
        // QĐ 294-QĐ/TW speaks of "bí thư chi bộ"
        assertThat(CellPolicy.secretaryAppointedByHigherCommittee(ElectionKind.SECRETARY, 4, 0, rules)).isFalse();
    }
}
