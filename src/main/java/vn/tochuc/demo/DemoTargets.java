package vn.tochuc.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.springframework.stereotype.Component;
import vn.tochuc.membership.AdmissionTargets;
import vn.tochuc.organization.OrganizationType;
import vn.tochuc.organization.Organizations;
import vn.tochuc.organization.TreeNode;

/**
 * Each commune's admission targets for last year and this year, sized from the admissions the demo drew, so the
 * targets page shows real progress: last year's targets met or nearly met, this year's about half to four fifths
 * reached. Set through {@link AdmissionTargets} like a clerk would, by the caller's actor.
 */
@Component
class DemoTargets {

    private final AdmissionTargets targets;
    private final Organizations organizations;

    DemoTargets(AdmissionTargets targets, Organizations organizations) {
        this.targets = targets;
        this.organizations = organizations;
    }

    void set(long seed, LocalDate today) {
        SplittableRandom random = new SplittableRandom(seed);
        for (TreeNode commune : organizations.ofTypes(EnumSet.of(OrganizationType.COMMUNE), today)) {
            for (int year : List.of(today.getYear() - 1, today.getYear())) {
                long admitted = targets.progress(commune.id(), year).admitted();
                double reached = year == today.getYear() ? 0.5 + 0.3 * random.nextDouble() : 0.85 + 0.25 * random.nextDouble();
                targets.set(commune.id(), year, (int) Math.max(1, Math.round(admitted / reached)), null);
            }
        }
    }
}
