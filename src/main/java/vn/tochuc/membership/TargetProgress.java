package vn.tochuc.membership;

import java.math.BigDecimal;
import java.util.List;
import vn.tochuc.shared.Percentage;
import vn.tochuc.shared.VietnameseNumbers;

/**
 * Admissions of a year against the admission targets (chỉ tiêu kết nạp) of a subtree.
 *
 * @param admitted ADMISSION events with the ceremony in the year, in the subtree as it stood on the ceremony's day
 * @param target the subtree's targets: the organisation's own if set, otherwise the sum of the targets set below it,
 *        each counted once (a target set on an organisation covers those set under it)
 * @param percent {@code admitted / target} in per cent, two decimals (0 when there is no target)
 * @param ownQuota the target set on this organisation itself, {@code null} when none is
 * @param ownVersion its version (for optimistic locking when it is changed), {@code null} when none is
 * @param assignedBelow the sum of the targets set below this organisation, each counted once
 * @param children the same for each organisation directly under it, empty for a child line
 */
public record TargetProgress(long organizationId, String organizationName, int year, long admitted, long target,
        BigDecimal percent, Integer ownQuota, Integer ownVersion, long assignedBelow, List<TargetProgress> children) {

    /** "1.344/2.629 = 51,12%". */
    public String shown() {
        return VietnameseNumbers.grouped(admitted) + "/" + VietnameseNumbers.grouped(target) + " = "
                + Percentage.of(admitted, target).toVietnamese();
    }
}
