package vn.tochuc.organization;

import java.time.LocalDate;
import vn.tochuc.organization.Commands.Effect;
import vn.tochuc.shared.DomainException;

/**
 * The rules every change to the tree must pass, as plain Java (rules §5.7; QĐ 294-QĐ/TW):
 * which type may sit under which, effective dates that are neither in the future (unless planned)
 * nor before the last recorded change (history never overlaps itself), and the district level that
 * is read-only for new work from the day it was abolished.
 *
 * @param districtLevelAbolishedOn 01/07/2025 by QĐ 294-QĐ/TW ("hệ thống tổ chức của Đảng … không còn cấp huyện")
 */
public record TreeRules(LocalDate districtLevelAbolishedOn) {

    public static final LocalDate DISTRICT_LEVEL_ABOLISHED_ON = LocalDate.of(2025, 7, 1);

    public static TreeRules standard() {
        return new TreeRules(DISTRICT_LEVEL_ABOLISHED_ON);
    }

    /** A cell has nothing under it; a grassroots committee cannot sit under a cell; and so on. */
    public void requireChildAllowed(OrganizationType parent, OrganizationType child) {
        if (!parent.mayHave(child)) {
            throw new DomainException("parentId", "organization.error.childType", child, parent);
        }
    }

    /** The effective date is given, not after today unless the change is planned. */
    public void requireEffectiveDate(Effect effect, LocalDate today) {
        if (effect == null || effect.effectiveOn() == null) {
            throw new DomainException("effectiveOn", "organization.error.dateMissing");
        }
        if (effect.effectiveOn().isAfter(today) && !effect.planned()) {
            throw new DomainException("effectiveOn", "organization.error.dateInFuture", effect.effectiveOn());
        }
        if (effect.effectiveOn().isBefore(LocalDate.of(1930, 2, 3))) {
            throw new DomainException("effectiveOn", "organization.error.dateTooEarly", effect.effectiveOn());
        }
    }

    /** History never overlaps itself: a change may not be dated before the last recorded one. */
    public void requireAfterLastChange(LocalDate effectiveOn, LocalDate lastChange) {
        if (lastChange != null && effectiveOn.isBefore(lastChange)) {
            throw new DomainException("effectiveOn", "organization.error.dateBeforeHistory", effectiveOn, lastChange);
        }
    }

    /** Ending an organisation (merge, split, dissolution) must come strictly after its last change. */
    public void requireEndAfter(LocalDate effectiveOn, LocalDate lastChange) {
        if (!effectiveOn.isAfter(lastChange)) {
            throw new DomainException("effectiveOn", "organization.error.endNotAfterStart", effectiveOn, lastChange);
        }
    }

    /**
     * From the day the district level was abolished, nothing new is founded at that level, put under it
     * or renamed in it; moving organisations out of it and dissolving it stay possible.
     */
    public void requireNotNewDistrictWork(OrganizationType type, LocalDate effectiveOn) {
        if (type == OrganizationType.DISTRICT && !effectiveOn.isBefore(districtLevelAbolishedOn)) {
            throw new DomainException("type", "organization.error.districtAbolished", districtLevelAbolishedOn);
        }
    }

    /** A name is required and reasonably short. */
    public String requireName(String name) {
        String normalized = vn.tochuc.shared.VietnameseText.normalize(name);
        if (normalized == null || normalized.isEmpty()) {
            throw new DomainException("name", "organization.error.nameMissing");
        }
        if (normalized.length() > 300) {
            throw new DomainException("name", "organization.error.nameTooLong", 300);
        }
        return normalized;
    }
}
