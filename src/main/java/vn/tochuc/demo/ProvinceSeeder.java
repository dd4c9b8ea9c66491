package vn.tochuc.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.tochuc.organization.Commands;
import vn.tochuc.organization.Commands.Effect;
import vn.tochuc.organization.TreeChanges;
import vn.tochuc.shared.DomainException;

/**
 * Applies a {@link ProvincePlan} through the organisation module's own write facade, so every founding,
 * move, merge, split and dissolution passes the tree rules, is dated, kept as history and audited.
 * The caller runs it as the system, inside one transaction.
 */
@Component
class ProvinceSeeder {

    private final TreeChanges changes;

    ProvinceSeeder(TreeChanges changes) {
        this.changes = changes;
    }

    /** Applies every step in order; returns the organisation id of each plan key. */
    Map<Integer, Long> apply(ProvincePlan plan) {
        Map<Integer, Long> ids = new HashMap<>();
        for (PlanStep step : plan.steps()) {
            try {
                apply(step, ids);
            } catch (DomainException e) {
                throw new IllegalStateException("Demo step refused (" + e.getMessage() + " " + List.of(e.arguments())
                        + "): " + step, e);
            }
        }
        return ids;
    }

    private void apply(PlanStep step, Map<Integer, Long> ids) {
        switch (step) {
            case PlanStep.Found f when f.org().parentKey() < 0 ->
                    ids.put(f.org().key(), changes.foundRoot(f.org().name(), f.org().code(), f.org().type(), f.day()));
            case PlanStep.Found f -> ids.put(f.org().key(), changes.found(found(f.org(), ids, effect(step, f.decisionRef()))));
            case PlanStep.Rename r -> changes.rename(new Commands.Rename(ids.get(r.key()), r.newName(),
                    effect(step, r.decisionRef())), null);
            case PlanStep.Move m -> changes.move(new Commands.Move(ids.get(m.key()), ids.get(m.newParentKey()),
                    effect(step, m.decisionRef())), null);
            case PlanStep.Dissolve d -> changes.dissolve(new Commands.Dissolve(ids.get(d.key()),
                    effect(step, d.decisionRef())), null);
            case PlanStep.Merge m -> merge(m, ids);
            case PlanStep.Split s -> split(s, ids);
        }
    }

    private void merge(PlanStep.Merge m, Map<Integer, Long> ids) {
        Effect effect = effect(m, m.decisionRef());
        List<Long> sources = m.sourceKeys().stream().map(ids::get).toList();
        Long target = m.targetKey() == null ? null : ids.get(m.targetKey());
        Commands.Found newTarget = m.newTarget() == null ? null : found(m.newTarget(), ids, effect);
        long merged = changes.merge(new Commands.Merge(sources, target, newTarget, effect));
        if (m.newTarget() != null) {
            ids.put(m.newTarget().key(), merged);
        }
    }

    private void split(PlanStep.Split s, Map<Integer, Long> ids) {
        List<Commands.SplitPart> parts = s.parts().stream().map(p -> new Commands.SplitPart(p.org().name(),
                p.org().code(), p.org().type(), p.childKeys().stream().map(ids::get).toList())).toList();
        List<Long> created = changes.split(new Commands.Split(ids.get(s.key()), parts, effect(s, s.decisionRef())));
        for (int i = 0; i < created.size(); i++) {
            ids.put(s.parts().get(i).org().key(), created.get(i));
        }
    }

    private static Commands.Found found(PlanStep.Org org, Map<Integer, Long> ids, Effect effect) {
        return new Commands.Found(org.name(), org.code(), org.type(), ids.get(org.parentKey()), effect);
    }

    private static Effect effect(PlanStep step, String decisionRef) {
        return Effect.on(step.day(), decisionRef);
    }
}
