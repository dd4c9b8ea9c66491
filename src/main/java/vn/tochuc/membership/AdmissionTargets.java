package vn.tochuc.membership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.membership.internal.TargetStore;
import vn.tochuc.membership.internal.TargetStore.PathCount;
import vn.tochuc.membership.internal.TargetStore.Target;
import vn.tochuc.organization.OrganizationPaths;
import vn.tochuc.organization.OrganizationView;
import vn.tochuc.organization.Organizations;
import vn.tochuc.organization.TreeNode;
import vn.tochuc.shared.Actor;
import vn.tochuc.shared.Actors;
import vn.tochuc.shared.Conflict;
import vn.tochuc.shared.DomainException;
import vn.tochuc.shared.Percentage;
import vn.tochuc.shared.Permission;

/**
 * Admission targets (chỉ tiêu kết nạp) per organisation and year, and the progress of any subtree against them.
 * A target is set by a user with MEMBER_WRITE whose scope holds the organisation (its own clerks, or those of any
 * level above; others are forbidden); every change is audited; a stale version is a conflict.
 */
@Service
@Transactional
public class AdmissionTargets {

    static final int MAX_QUOTA = 1_000_000;

    private final TargetStore store;
    private final Organizations organizations;
    private final OrganizationPaths paths;
    private final Actors actors;
    private final ApplicationEventPublisher events;

    public AdmissionTargets(TargetStore store, Organizations organizations, OrganizationPaths paths, Actors actors,
            ApplicationEventPublisher events) {
        this.store = store;
        this.organizations = organizations;
        this.paths = paths;
        this.actors = actors;
        this.events = events;
    }

    /** Sets the organisation's target for the year; {@code version} is required when a target already exists. */
    public void set(long organizationId, int year, int quota, Integer version) {
        Actor actor = actors.current();
        String path = paths.pathOf(organizationId)
                .orElseThrow(() -> new DomainException("organizationId", "member.error.organization"));
        actor.require(Permission.MEMBER_WRITE, path);
        OrganizationView org = organizations.get(organizationId);
        requireYear(year);
        if (quota < 0 || quota > MAX_QUOTA) {
            throw new DomainException("quota", "member.error.targetQuota");
        }
        var existing = store.find(organizationId, year);
        try {
            if (existing.isEmpty()) {
                store.insert(organizationId, year, quota);
            } else if (version == null || !store.update(organizationId, year, quota, version)) {
                throw new Conflict("error.conflict");
            }
        } catch (DuplicateKeyException e) {
            throw new Conflict("error.conflict");
        }
        events.publishEvent(new AdmissionChanged("ADMISSION_TARGET_SET", "admission_target",
                organizationId + "/" + year, organizationId, org.path(),
                "Giao chỉ tiêu kết nạp năm " + year + " cho " + org.name() + ": " + quota + " đảng viên"));
    }

    /** The subtree's admissions in {@code year} against its targets, with a line for each organisation under it. */
    @Transactional(readOnly = true)
    public TargetProgress progress(long organizationId, int year) {
        OrganizationView root = organizations.get(organizationId);
        requireYear(year);
        List<Target> targets = store.under(root.path(), year);
        List<PathCount> admissions = store.admissionsThrough(organizationId, LocalDate.of(year, 1, 1),
                LocalDate.of(year + 1, 1, 1));
        List<TreeNode> children = root.active() ? organizations.children(organizationId, organizations.today())
                : List.of();
        List<TargetProgress> lines = new ArrayList<>();
        for (TreeNode child : children) {
            lines.add(line(child.id(), child.name(), child.path(), year, targets, admissions, List.of()));
        }
        return line(root.id(), root.name(), root.path(), year, targets, admissions, lines);
    }

    private static TargetProgress line(long id, String name, String path, int year, List<Target> targets,
            List<PathCount> admissions, List<TargetProgress> children) {
        long admitted = admissions.stream().filter(a -> a.path().contains("/" + id + "/"))
                .mapToLong(PathCount::admitted).sum();
        Target own = targets.stream().filter(t -> t.organizationId() == id).findFirst().orElse(null);
        long below = topmost(targets.stream().filter(t -> t.organizationId() != id && t.path().startsWith(path))
                .toList());
        long target = own != null ? own.quota() : below;
        return new TargetProgress(id, name, year, admitted, target, Percentage.of(admitted, target).value(),
                own == null ? null : own.quota(), own == null ? null : own.version(), below, children);
    }

    /** The sum of the targets not covered by another target above them in the list. */
    static long topmost(List<Target> targets) {
        // in path order a subtree's paths follow its root's path, so one pass finds the uncovered ones
        List<Target> sorted = targets.stream().sorted(java.util.Comparator.comparing(Target::path)).toList();
        long sum = 0;
        String covering = null;
        for (Target t : sorted) {
            if (covering == null || !t.path().startsWith(covering)) {
                covering = t.path();
                sum += t.quota();
            }
        }
        return sum;
    }

    private static void requireYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new DomainException("year", "member.error.targetYear");
        }
    }
}
