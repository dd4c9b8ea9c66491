package vn.tochuc.election.counting;

import java.util.ArrayList;
import java.util.List;

/**
 * Party-cell rules of QĐ 294-QĐ/TW (2025): a cell with 9 or more official members elects a cell
 * committee of at most 7; a smaller cell elects only a secretary (and a deputy if needed); after the
 * third round with nobody elected secretary, the higher committee appoints one.
 */
public final class CellPolicy {

    private CellPolicy() {
    }

    /** Cell warnings, in {@link TallyWarning} order. {@code officialMembers} may be null (not given). */
    public static List<TallyWarning> warnings(ElectionKind kind, int seats, Integer officialMembers, int round,
                                              int electedCount, CellRules rules) {
        var warnings = new ArrayList<TallyWarning>();
        if (kind == ElectionKind.CELL_COMMITTEE && seats > rules.committeeMaximumSeats()) {
            warnings.add(TallyWarning.CELL_COMMITTEE_ABOVE_SEVEN);
        }
        if (kind == ElectionKind.CELL_COMMITTEE && officialMembers != null
                && officialMembers < rules.committeeMinimumMembers()) {
            warnings.add(TallyWarning.CELL_TOO_SMALL_FOR_COMMITTEE);
        }
        if (secretaryAppointedByHigherCommittee(kind, round, electedCount, rules)) {
            warnings.add(TallyWarning.SECRETARY_APPOINTED_BY_HIGHER_COMMITTEE);
        }
        return warnings;
    }

    /** Nobody elected cell secretary at the third round or later: the higher committee appoints. */
    public static boolean secretaryAppointedByHigherCommittee(ElectionKind kind, int round, int electedCount,
                                                              CellRules rules) {
        return kind == ElectionKind.CELL_SECRETARY && electedCount == 0
                && round >= rules.secretaryRoundsBeforeAppointment();
    }
}
