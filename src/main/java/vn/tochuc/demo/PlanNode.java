package vn.tochuc.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.tochuc.organization.OrganizationType;

/** An organisation while the plan is being drawn up: where it was founded, and how its cells are named. */
final class PlanNode {

    /** How the organisation comes into being. */
    enum Origin {
        /** Founded before the history steps run. */
        EARLY,
        /** Founded after the 2025 reorganisation. */
        LATE,
        /** Created by a merge or a split step. */
        BY_STEP
    }

    final int key;
    final OrganizationType type;
    final String name;
    final String code;
    final PlanNode parent;
    final LocalDate foundedOn;
    final String decisionRef;
    final Origin origin;
    final List<PlanNode> children = new ArrayList<>();
    boolean ended;

    /** Cells still to be added under this organisation: names by index, count within bounds, founded until. */
    Function<Integer, String> cellName;
    int cellCount;
    int minCells;
    int maxCells;
    LocalDate cellsUntil;

    PlanNode(int key, OrganizationType type, String name, String code, PlanNode parent, LocalDate foundedOn,
            String decisionRef, Origin origin) {
        this.key = key;
        this.type = type;
        this.name = name;
        this.code = code;
        this.parent = parent;
        this.foundedOn = foundedOn;
        this.decisionRef = decisionRef;
        this.origin = origin;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    PlanStep.Org org() {
        return new PlanStep.Org(key, parent == null ? -1 : parent.key, type, name, code);
    }

    boolean elastic() {
        return maxCells > minCells;
    }
}
