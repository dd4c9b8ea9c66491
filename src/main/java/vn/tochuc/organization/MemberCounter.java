package vn.tochuc.organization;

import java.time.LocalDate;

/**
 * How many party members an organisation's subtree holds on a day. Implemented by the membership
 * module; until members are recorded there is no implementation and the count is zero.
 */
public interface MemberCounter {

    long countUnder(String path, LocalDate day);

    /** Members filed in this organisation itself on {@code day} (not in those under it). */
    long countDirectlyIn(long organizationId, LocalDate day);

    /** Members filed in this organisation itself now, whatever the day of their last event. */
    long countFiledIn(long organizationId);
}
