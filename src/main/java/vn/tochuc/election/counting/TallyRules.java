package vn.tochuc.election.counting;

import java.util.Objects;

/**
 * Every regulation parameter the engine uses, with defaults. The [R] switches are rules that were not
 * confirmed from a primary text.
 *
 * @param surplus                    surplus limits for committees, QĐ 190-QĐ/TW Điều 14
 * @param cells                      party-cell parameters, QĐ 294-QĐ/TW
 * @param singleCandidateNeedsOneMark [R] on a single-candidate list, X in both boxes or in neither makes the
 *                                   ballot invalid ({@link #SINGLE_CANDIDATE_NEEDS_ONE_MARK}); if false, it
 *                                   stays valid and gives no vote, like a multi-name list without surplus
 * @param alternatesByVotes          [R] alternate delegates replace official delegates in order of votes,
 *                                   high to low, and the explanation says so ({@link #ALTERNATES_BY_VOTES})
 */
public record TallyRules(SurplusRules surplus, CellRules cells, boolean singleCandidateNeedsOneMark,
                         boolean alternatesByVotes) {

    /** [R] QĐ 244-QĐ/TW Điều 17 khoản 2 says a one-name ballot is valid with an X in one of the two boxes. */
    public static final boolean SINGLE_CANDIDATE_NEEDS_ONE_MARK = true;
    /** [R] substitution order of alternate delegates (HD 04-HD/TW 2024 item 9 not read). */
    public static final boolean ALTERNATES_BY_VOTES = true;

    public static final TallyRules DEFAULT = new TallyRules(SurplusRules.DEFAULT, CellRules.DEFAULT,
            SINGLE_CANDIDATE_NEEDS_ONE_MARK, ALTERNATES_BY_VOTES);

    public TallyRules {
        Objects.requireNonNull(surplus, "surplus");
        Objects.requireNonNull(cells, "cells");
    }

    /** The defaults with another surplus limit, e.g. a congress that decided a 20 % maximum. */
    public TallyRules withSurplus(SurplusRules rules) {
        return new TallyRules(rules, cells, singleCandidateNeedsOneMark, alternatesByVotes);
    }
}
