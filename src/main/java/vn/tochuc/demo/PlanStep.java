package vn.tochuc.demo;

import java.time.LocalDate;
import java.util.List;
import vn.tochuc.organization.OrganizationType;

/**
 * One change of the demo province's history, in the order it is applied. Organisations are named by
 * their key in the plan; the seeder maps keys to the ids the organisation module hands out.
 */
sealed interface PlanStep {

    LocalDate day();

    /** An organisation as it is founded: key, parent key (-1 for the root), type, name, code (may be null). */
    record Org(int key, int parentKey, OrganizationType type, String name, String code) {
    }

    record Found(Org org, LocalDate day, String decisionRef) implements PlanStep {
    }

    record Rename(int key, String newName, LocalDate day, String decisionRef) implements PlanStep {
    }

    record Move(int key, int newParentKey, LocalDate day, String decisionRef) implements PlanStep {
    }

    /** Sources merged into an existing organisation ({@code targetKey}) or a new one ({@code newTarget}). */
    record Merge(List<Integer> sourceKeys, Integer targetKey, Org newTarget, LocalDate day, String decisionRef)
            implements PlanStep {
    }

    record SplitPart(Org org, List<Integer> childKeys) {
    }

    record Split(int key, List<SplitPart> parts, LocalDate day, String decisionRef) implements PlanStep {
    }

    record Dissolve(int key, LocalDate day, String decisionRef) implements PlanStep {
    }
}
