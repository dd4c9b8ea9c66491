package vn.tochuc.demo;

import static vn.tochuc.organization.OrganizationType.CELL;
import static vn.tochuc.organization.OrganizationType.COMMUNE;
import static vn.tochuc.organization.OrganizationType.DISTRICT;
import static vn.tochuc.organization.OrganizationType.GRASSROOTS_CELL;
import static vn.tochuc.organization.OrganizationType.GRASSROOTS_COMMITTEE;
import static vn.tochuc.organization.OrganizationType.PROVINCIAL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import vn.tochuc.demo.PlanNode.Origin;
import vn.tochuc.organization.OrganizationType;

/**
 * Draws up the fictional province of Sơn Lâm from a seed. The shape follows QĐ 294-QĐ/TW: until
 * 30/06/2025 four district-level committees with 26 communes under them; on 01/07/2025 the communes
 * are merged or moved so that 20 commune-level committees sit directly under the province, and the
 * districts are dissolved. The sizes follow the press figures the project was seeded with: 595
 * grassroots organisations ("595 đảng bộ, chi bộ cơ sở") and 1,719 cells under grassroots committees
 * ("1.352/1.719 chi bộ").
 */
final class ProvincePlanner {

    static final int COMMUNES = 20;
    static final int GRASSROOTS = 595;
    static final int CELLS = 1_719;
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    static final LocalDate SPLIT_DAY = LocalDate.of(2023, 6, 1);
    static final LocalDate PRESS_MERGE_DAY = LocalDate.of(2025, 3, 1);
    static final LocalDate CITY_RENAMED = LocalDate.of(2008, 9, 3);
    private static final LocalDate EARLY_CAP = LocalDate.of(2024, 12, 31);
    private static final LocalDate LATE_CAP = LocalDate.of(2025, 8, 15);

    final Random random;
    final Set<String> villageNames = new HashSet<>();
    final List<PlanNode> holders = new ArrayList<>();
    private final List<PlanNode> nodes = new ArrayList<>();
    private final List<PlanStep> history = new ArrayList<>();
    private final List<PlanNode> villageHolders = new ArrayList<>();
    private final Map<String, PlanNode> oldCommunes = new LinkedHashMap<>();
    private final Map<String, PlanNode> newCommunes = new LinkedHashMap<>();
    private final Map<String, PlanNode> districts = new LinkedHashMap<>();
    private int decisionNumber = 1180;

    private ProvincePlanner(long seed) {
        this.random = new Random(seed);
    }

    static ProvincePlan plan(long seed) {
        return new ProvincePlanner(seed).draw();
    }

    private ProvincePlan draw() {
        PlanNode province = node(PROVINCIAL, "Đảng bộ tỉnh Sơn Lâm", "SL", null, LocalDate.of(1945, 10, 1), null,
                Origin.EARLY);
        for (Geography.District d : Geography.DISTRICTS) {
            PlanNode district = node(DISTRICT, "Đảng bộ " + d.foundingName(), d.code(), province, d.founded(),
                    "Quyết định số " + d.decision() + "-QĐ/TU", Origin.EARLY);
            districts.put(d.name(), district);
            for (int i = 0; i < d.communes().size(); i++) {
                String commune = d.communes().get(i);
                LocalDate from = commune.startsWith("phường") ? LocalDate.of(1962, 1, 1) : d.founded().plusYears(2);
                oldCommunes.put(commune, node(COMMUNE, "Đảng bộ " + commune, d.code() + "." + two(i + 1), district,
                        date(from, LocalDate.of(1996, 12, 31)), ref(district), Origin.EARLY));
            }
        }
        var institutions = new Institutions(this);
        oldCommunes.forEach((commune, node) -> institutions.commune(node, commune));
        Map<String, Institutions.DistrictUnits> districtUnits = new LinkedHashMap<>();
        districts.forEach((name, node) -> districtUnits.put(name, institutions.district(node, name)));
        institutions.province(province);
        reorganise(province, districtUnits, institutions);
        new Sizing(this).fit(villageHolders);
        return new ProvincePlan(steps(province), province.key, newCommunes.get("xã Mường Khoa").key,
                newCommunes.get("phường Tô Hiệu").key, institutions.firstSchoolOf(oldCommunes.get("xã Chiềng Mai")));
    }

    /** 01/07/2025: districts end, communes are merged or moved directly under the province (QĐ 294-QĐ/TW). */
    private void reorganise(PlanNode province, Map<String, Institutions.DistrictUnits> districtUnits,
            Institutions institutions) {
        history.add(new PlanStep.Rename(districts.get("thị xã Sơn Lâm").key, "Đảng bộ thành phố Sơn Lâm",
                CITY_RENAMED, "Quyết định số 312-QĐ/TU"));
        institutions.historyBeforeReform(province, history);
        for (PlanNode commune : oldCommunes.values()) {
            for (PlanNode child : commune.children) {
                if (child.name.startsWith("Chi bộ Cơ quan Đảng ủy")) {
                    dissolve(child, REFORM, ref(commune));
                }
            }
        }
        institutions.regionalJustice(province, districtUnits, history);
        for (int i = 0; i < Geography.NEW_COMMUNES.size(); i++) {
            Geography.NewCommune spec = Geography.NEW_COMMUNES.get(i);
            newCommunes.put(spec.name(), reformCommune(spec, i + 1, province));
        }
        districtUnits.forEach((district, units) -> institutions.moveDistrictUnits(units,
                newCommunes.get(Geography.townCommuneOf(district)), history));
        for (PlanNode district : districts.values()) {
            dissolve(district, REFORM, "Quyết định số " + (decisionNumber++) + "-QĐ/TU");
        }
        newCommunes.forEach((name, node) -> institutions.communeAgencies(node, name));
        institutions.communePolice(newCommunes);
    }

    /** One commune of 01/07/2025: an old one moved (and renamed), or the merger of several old ones. */
    private PlanNode reformCommune(Geography.NewCommune spec, int index, PlanNode province) {
        String decision = "Quyết định số " + (1233 + index) + "-QĐ/TU";
        PlanNode first = oldCommunes.get(spec.predecessors().getFirst());
        if (spec.predecessors().size() == 1 || spec.intoFirst()) {
            history.add(new PlanStep.Move(first.key, province.key, REFORM, decision));
            if (!first.name.equals("Đảng bộ " + spec.name())) {
                history.add(new PlanStep.Rename(first.key, "Đảng bộ " + spec.name(), REFORM, decision));
            }
            if (spec.intoFirst()) {
                List<Integer> sources = spec.predecessors().stream().skip(1).map(p -> end(oldCommunes.get(p))).toList();
                history.add(new PlanStep.Merge(sources, first.key, null, REFORM, decision));
            }
            return first;
        }
        PlanNode merged = node(COMMUNE, "Đảng bộ " + spec.name(), "SL.X" + two(index), province, REFORM, decision,
                Origin.BY_STEP);
        List<Integer> sources = spec.predecessors().stream().map(p -> end(oldCommunes.get(p))).toList();
        history.add(new PlanStep.Merge(sources, null, merged.org(), REFORM, decision));
        return merged;
    }

    private List<PlanStep> steps(PlanNode province) {
        List<PlanStep> steps = new ArrayList<>();
        emit(province, Origin.EARLY, steps);
        steps.addAll(history);
        for (PlanNode node : nodes) {
            if (node.origin == Origin.LATE && node.parent.origin != Origin.LATE) {
                emit(node, Origin.LATE, steps);
            }
        }
        return steps;
    }

    private void emit(PlanNode node, Origin origin, List<PlanStep> steps) {
        steps.add(new PlanStep.Found(node.org(), node.foundedOn, node.decisionRef));
        for (PlanNode child : node.children) {
            if (child.origin == origin) {
                emit(child, origin, steps);
            }
        }
    }

    // ---- helpers shared with Institutions and Sizing ----

    PlanNode node(OrganizationType type, String name, String code, PlanNode parent, LocalDate founded,
            String decisionRef, Origin origin) {
        PlanNode node = new PlanNode(nodes.size(), type, name, code, parent, founded, decisionRef, origin);
        nodes.add(node);
        return node;
    }

    /** A grassroots committee or sub-committee whose cells are named later, once the sizes are fitted. */
    PlanNode holder(OrganizationType type, String name, PlanNode parent, LocalDate founded, Origin origin,
            Function<Integer, String> cellName, int min, int max, LocalDate cellsUntil) {
        PlanNode node = node(type, name, null, parent, founded, ref(parent), origin);
        node.cellName = cellName;
        node.minCells = min;
        node.maxCells = max;
        node.cellCount = min + random.nextInt(max - min + 1);
        node.cellsUntil = cellsUntil;
        holders.add(node);
        return node;
    }

    /** Cells named now (their keys are needed by a history step). */
    List<PlanNode> cellsNow(PlanNode parent, List<String> names, LocalDate until) {
        return names.stream().map(n -> node(CELL, n, null, parent, date(parent.foundedOn, until), ref(parent),
                parent.origin == Origin.BY_STEP ? Origin.LATE : parent.origin)).toList();
    }

    void villages(PlanNode commune) {
        villageHolders.add(commune);
    }

    void dissolve(PlanNode node, LocalDate day, String decisionRef) {
        history.add(new PlanStep.Dissolve(end(node), day, decisionRef));
    }

    int end(PlanNode node) {
        node.ended = true;
        return node.key;
    }

    LocalDate earlyCap() {
        return EARLY_CAP;
    }

    LocalDate lateCap() {
        return LATE_CAP;
    }

    /** A day between {@code from} and {@code to} (both included); {@code from} when the range is empty. */
    LocalDate date(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
    }

    /** The decision reference of the committee that founds an organisation under {@code parent}. */
    String ref(PlanNode parent) {
        String issuer = switch (parent.type) {
            case PROVINCIAL, CENTRAL -> "QĐ/TU";
            case DISTRICT -> parent.name.contains("Sơn Lâm") ? "QĐ/ThU" : "QĐ/HU";
            default -> "QĐ/ĐU";
        };
        return "Quyết định số " + (1 + random.nextInt(parent.type == PROVINCIAL ? 2900 : 480)) + "-" + issuer;
    }

    List<PlanNode> all() {
        return nodes;
    }

    static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    static boolean isCell(OrganizationType type) {
        return type == CELL;
    }

    static boolean isGrassroots(OrganizationType type) {
        return type == GRASSROOTS_CELL || type == GRASSROOTS_COMMITTEE;
    }
}
