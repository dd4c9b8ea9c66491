package vn.tochuc.demo;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.tochuc.organization.OrganizationType;

/**
 * The demo province as a list of dated changes, and the organisations the demo accounts are scoped to.
 * The same seed always gives the same plan.
 *
 * @param provinceKey key of the root (the province)
 * @param commune1Key commune of account {@code xa1}
 * @param commune2Key commune of account {@code xa2}
 * @param grassrootsKey grassroots organisation of account {@code coso1}, under {@code commune1Key}
 */
record ProvincePlan(List<PlanStep> steps, int provinceKey, int commune1Key, int commune2Key, int grassrootsKey) {

    /** How many organisations of each type are in force once every step has been applied. */
    Map<OrganizationType, Integer> finalCounts() {
        Map<Integer, OrganizationType> alive = new HashMap<>();
        for (PlanStep step : steps) {
            switch (step) {
                case PlanStep.Found f -> alive.put(f.org().key(), f.org().type());
                case PlanStep.Merge m -> {
                    m.sourceKeys().forEach(alive::remove);
                    if (m.newTarget() != null) {
                        alive.put(m.newTarget().key(), m.newTarget().type());
                    }
                }
                case PlanStep.Split s -> {
                    alive.remove(s.key());
                    s.parts().forEach(p -> alive.put(p.org().key(), p.org().type()));
                }
                case PlanStep.Dissolve d -> alive.remove(d.key());
                case PlanStep.Rename r -> { }
                case PlanStep.Move m -> { }
            }
        }
        Map<OrganizationType, Integer> counts = new EnumMap<>(OrganizationType.class);
        alive.values().forEach(type -> counts.merge(type, 1, Integer::sum));
        return counts;
    }

    /** Every organisation the plan founds, in the order it founds them. */
    List<PlanStep.Org> organizations() {
        return steps.stream().<PlanStep.Org>mapMulti((step, out) -> {
            switch (step) {
                case PlanStep.Found f -> out.accept(f.org());
                case PlanStep.Merge m when m.newTarget() != null -> out.accept(m.newTarget());
                case PlanStep.Split s -> s.parts().forEach(p -> out.accept(p.org()));
                default -> { }
            }
        }).toList();
    }

    /** The key of the organisation founded under {@code name} (names are unique in the plan). */
    int keyNamed(String name) {
        return organizations().stream().filter(o -> o.name().equals(name)).mapToInt(PlanStep.Org::key).findFirst()
                .orElseThrow(() -> new IllegalStateException("no organisation named " + name + " in the demo plan"));
    }
}
