package vn.tochuc.demo;

import static vn.tochuc.organization.OrganizationType.CELL;
import static vn.tochuc.organization.OrganizationType.GRASSROOTS_CELL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Brings the plan to the target sizes: as many village cells as make {@value ProvincePlanner#GRASSROOTS}
 * grassroots organisations in force today, and as many cells under the committees as make
 * {@value ProvincePlanner#CELLS}. Then names and founds those cells.
 */
final class Sizing {

    private static final int MIN_VILLAGES = 6;

    private final ProvincePlanner plan;

    Sizing(ProvincePlanner plan) {
        this.plan = plan;
    }

    void fit(List<PlanNode> villageHolders) {
        int[] villages = villageCounts(villageHolders.size(), ProvincePlanner.GRASSROOTS - count(true));
        fitCells();
        for (PlanNode holder : plan.holders) {
            for (int i = 0; i < holder.cellCount; i++) {
                plan.node(CELL, holder.cellName.apply(i), null, holder, plan.date(holder.foundedOn, holder.cellsUntil),
                        plan.ref(holder), holder.origin);
            }
        }
        for (int i = 0; i < villageHolders.size(); i++) {
            addVillages(villageHolders.get(i), villages[i]);
        }
    }

    /** Grassroots organisations (or cells) in force once the history has run, before villages and cells are added. */
    private int count(boolean grassroots) {
        int n = 0;
        for (PlanNode node : plan.all()) {
            if (!node.ended && (grassroots ? ProvincePlanner.isGrassroots(node.type) : ProvincePlanner.isCell(node.type))) {
                n++;
            }
        }
        return n;
    }

    /** Spreads {@code total} villages over the communes, each keeping at least {@value #MIN_VILLAGES}. */
    private int[] villageCounts(int communes, int total) {
        if (total < communes * MIN_VILLAGES) {
            throw new IllegalStateException("too few village cells left to reach the grassroots target: " + total);
        }
        int[] counts = new int[communes];
        for (int i = 0; i < communes; i++) {
            counts[i] = total / communes + (i < total % communes ? 1 : 0);
        }
        for (int round = 0; round < communes * 4; round++) {
            int from = plan.random.nextInt(communes);
            int to = plan.random.nextInt(communes);
            int shift = Math.min(1 + plan.random.nextInt(4), counts[from] - MIN_VILLAGES);
            counts[from] -= Math.max(shift, 0);
            counts[to] += Math.max(shift, 0);
        }
        return counts;
    }

    /** Adds or removes cells one at a time, at random committees that have room, until the total is met. */
    private void fitCells() {
        int total = count(false);
        for (PlanNode holder : plan.holders) {
            total += holder.cellCount;
        }
        List<PlanNode> elastic = plan.holders.stream().filter(PlanNode::elastic).toList();
        int fixed = count(false);
        int least = fixed + plan.holders.stream().mapToInt(h -> h.minCells).sum();
        int most = fixed + plan.holders.stream().mapToInt(h -> h.maxCells).sum();
        if (ProvincePlanner.CELLS < least || ProvincePlanner.CELLS > most) {
            throw new IllegalStateException("cells target " + ProvincePlanner.CELLS + " outside " + least + ".." + most);
        }
        while (total != ProvincePlanner.CELLS) {
            PlanNode holder = elastic.get(plan.random.nextInt(elastic.size()));
            int step = total < ProvincePlanner.CELLS ? 1 : -1;
            int next = holder.cellCount + step;
            if (next >= holder.minCells && next <= holder.maxCells) {
                holder.cellCount = next;
                total += step;
            }
        }
    }

    private void addVillages(PlanNode commune, int count) {
        String unit = commune.name.substring("Đảng bộ ".length());
        boolean urban = Geography.urban(unit);
        Set<String> hamlets = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String hamlet = !urban && plan.random.nextInt(100) < 25 ? PlaceNames.hamlet(plan.random, hamlets) : null;
            names.add(urban ? "Chi bộ tổ dân phố số " + i
                    : hamlet != null ? "Chi bộ thôn " + hamlet
                    : "Chi bộ bản " + PlaceNames.village(plan.random, plan.villageNames));
        }
        LocalDate from = commune.foundedOn;
        for (String name : names) {
            plan.node(GRASSROOTS_CELL, name, null, commune, plan.date(from, LocalDate.of(2018, 12, 31)),
                    plan.ref(commune), PlanNode.Origin.EARLY);
        }
    }
}
