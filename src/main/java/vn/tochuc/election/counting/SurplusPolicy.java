package vn.tochuc.election.counting;

import java.util.ArrayList;
import java.util.List;

/**
 * Surplus warnings for the executive committee and the standing committee (QĐ 190-QĐ/TW Điều 14 khoản 1):
 * more than the maximum (30 % by default, the congress may decide less), more than one person for a body
 * of 3–5 seats ([R]), outside the 10–15 % the convening committee prepares. Warnings only: the list was
 * voted on by the congress and the tally stands.
 */
public final class SurplusPolicy {

    private SurplusPolicy() {
    }

    /** The surplus warnings for {@code list} elected as {@code kind}, in {@link TallyWarning} order. */
    public static List<TallyWarning> warnings(ElectionKind kind, BallotList list, SurplusRules rules) {
        var warnings = new ArrayList<TallyWarning>();
        if (!kind.hasSurplusRules()) {
            return warnings;
        }
        int seats = list.seats();
        int surplus = list.surplus();
        if (surplus > rules.maximumSurplus(seats)) {
            warnings.add(TallyWarning.SURPLUS_ABOVE_MAXIMUM);
        }
        if (rules.isSmallBody(seats) && surplus > rules.smallBodyMaximumSurplus()) {
            warnings.add(TallyWarning.SURPLUS_ABOVE_ONE_FOR_SMALL_BODY);
        }
        if (surplus < rules.preparedMinimum(seats) || surplus > rules.preparedMaximum(seats)) {
            warnings.add(TallyWarning.SURPLUS_OUTSIDE_PREPARED_RANGE);
        }
        return warnings;
    }
}
