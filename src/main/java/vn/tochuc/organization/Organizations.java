package vn.tochuc.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.organization.internal.OrganizationStore;
import vn.tochuc.organization.internal.VersionRow;
import vn.tochuc.shared.Actor;
import vn.tochuc.shared.Actors;
import vn.tochuc.shared.DateFormats;
import vn.tochuc.shared.NotFound;
import vn.tochuc.shared.VietnameseText;

/**
 * Reading the organisation tree, on any day, within the acting user's scope. Anything outside the
 * scope is reported as not found. Changes go through {@link TreeChanges}.
 */
@Service
@Transactional(readOnly = true)
public class Organizations {

    /** Siblings are listed by type (communes, grassroots committees, grassroots cells, …), then by name. */
    private static final Comparator<TreeNode> BY_NAME = Comparator.comparing(TreeNode::type)
            .thenComparing(TreeNode::name, VietnameseText.collator());

    private final OrganizationStore store;
    private final Actors actors;
    private final Clock clock;

    public Organizations(OrganizationStore store, Actors actors, Clock clock) {
        this.store = store;
        this.actors = actors;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(DateFormats.ZONE));
    }

    /** The organisation as it stands today, or as it last stood if it has ended. */
    public OrganizationView get(long id) {
        Optional<OrganizationView> now = store.view(id, today());
        if (now.isPresent()) {
            return visible(now.get());
        }
        VersionRow last = store.latestVersion(id).orElseThrow(() -> new NotFound("organization", id));
        LocalDate lastDay = last.validTo() == null ? last.validFrom() : last.validTo().minusDays(1);
        return getAsOf(id, lastDay);
    }

    public OrganizationView getAsOf(long id, LocalDate day) {
        Optional<OrganizationView> onDay = store.view(id, day);
        if (onDay.isPresent()) {
            return visible(onDay.get());
        }
        // one the user may see, asked about a day outside its life: say so, and where its history was before
        OrganizationView latest = get(id);
        if (latest.endedOn() != null && !day.isBefore(latest.endedOn())) {
            throw NotFound.because("organization.error.endedBefore", latest.name(), latest.endedOn(), day);
        }
        List<String> before = store.lineage(id).stream().filter(l -> l.successorId() == id)
                .map(l -> l.predecessorName() + " (" + DateFormats.format(l.effectiveOn()) + ")").toList();
        if (before.isEmpty()) {
            throw NotFound.because("organization.error.notYetFounded", latest.name(), latest.foundedOn(), day);
        }
        throw NotFound.because("organization.error.notYetFoundedFrom", latest.name(), latest.foundedOn(), day,
                String.join(", ", before));
    }

    /** The acting user's own organisation: the root of everything they may see. */
    public OrganizationView scopeRoot() {
        return get(actors.current().scopeOrganizationId());
    }

    /** Organisations directly under {@code id} on {@code day}, in Vietnamese name order. */
    public List<TreeNode> children(long id, LocalDate day) {
        getAsOf(id, day);
        List<TreeNode> children = new ArrayList<>(store.children(id, day));
        children.sort(BY_NAME);
        return children;
    }

    /** The whole subtree of {@code id} exactly as it stood on {@code day}, depth first, siblings by name. */
    public List<TreeNode> tree(long id, LocalDate day) {
        OrganizationView root = getAsOf(id, day);
        Map<Long, List<TreeNode>> byParent = new HashMap<>();
        TreeNode top = null;
        for (TreeNode node : store.subtree(root.path(), day)) {
            if (node.id() == id) {
                top = node;
            } else {
                byParent.computeIfAbsent(node.parentId(), k -> new ArrayList<>()).add(node);
            }
        }
        List<TreeNode> ordered = new ArrayList<>();
        walk(top, byParent, ordered);
        return ordered;
    }

    /** Accent-insensitive search by name within the scope: "dang uy xa" finds "Đảng ủy xã …". */
    public List<TreeNode> search(String query, LocalDate day, int limit) {
        String escaped = VietnameseText.fold(query).replace("\\", "").replace("%", "").replace("_", "").strip();
        if (escaped.isEmpty()) {
            return List.of();
        }
        return store.search(actors.current().scopePath(), escaped, day, Math.min(Math.max(limit, 1), 200));
    }

    /** Organisations in scope on {@code day} of the given types, in Vietnamese name order. */
    public List<TreeNode> ofTypes(java.util.Set<OrganizationType> types, LocalDate day) {
        List<TreeNode> nodes = new ArrayList<>(store.ofTypes(actors.current().scopePath(), types, day));
        nodes.sort(BY_NAME);
        return nodes;
    }

    /** Organisations in scope that may receive {@code type} under them on {@code day}. */
    public List<TreeNode> possibleParents(OrganizationType type, LocalDate day) {
        java.util.Set<OrganizationType> parents = java.util.EnumSet.noneOf(OrganizationType.class);
        for (OrganizationType candidate : OrganizationType.values()) {
            if (candidate.mayHave(type)) {
                parents.add(candidate);
            }
        }
        return ofTypes(parents, day);
    }

    /** How many organisations of each type the subtree of {@code id} held on {@code day} (itself included). */
    public Map<OrganizationType, Integer> countByType(long id, LocalDate day) {
        OrganizationView root = getAsOf(id, day);
        Map<OrganizationType, Integer> counts = new EnumMap<>(OrganizationType.class);
        store.countByType(root.path(), day).forEach(c -> counts.put(c.type(), c.count()));
        return counts;
    }

    public List<HistoryEntry> history(long id) {
        get(id);
        return store.history(id);
    }

    public List<Lineage> lineage(long id) {
        get(id);
        return store.lineage(id);
    }

    private OrganizationView visible(OrganizationView view) {
        Actor actor = actors.current();
        actor.requireVisible(view.path(), "organization", view.id());
        return view;
    }

    private static void walk(TreeNode node, Map<Long, List<TreeNode>> byParent, List<TreeNode> out) {
        if (node == null) {
            return;
        }
        out.add(node);
        List<TreeNode> children = byParent.get(node.id());
        if (children == null) {
            return;
        }
        children.sort(BY_NAME);
        children.forEach(child -> walk(child, byParent, out));
    }
}
