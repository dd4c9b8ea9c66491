package vn.tochuc.demo;

import static vn.tochuc.organization.OrganizationType.GRASSROOTS_CELL;
import static vn.tochuc.organization.OrganizationType.GRASSROOTS_COMMITTEE;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.tochuc.demo.PlanNode.Origin;

/** The grassroots organisations of the demo province: villages, schools, clinics, companies, agencies. */
final class Institutions {

    /** A district's own units and what becomes of them on 01/07/2025. */
    record DistrictUnits(PlanNode court, PlanNode procuracy, PlanNode healthCentre, PlanNode boardingSchool,
            List<PlanNode> dissolved, String place) {
    }

    private static final List<String> HIGH_SCHOOL = List.of("Chi bộ Tổ Toán - Tin", "Chi bộ Tổ Ngữ văn",
            "Chi bộ Tổ Khoa học Tự nhiên", "Chi bộ Tổ Khoa học Xã hội", "Chi bộ Tổ Ngoại ngữ", "Chi bộ Tổ Văn phòng",
            "Chi bộ Tổ Thể dục - Quốc phòng");
    private static final List<String> HEALTH_CENTRE = List.of("Chi bộ Khoa Khám bệnh", "Chi bộ Khoa Nội",
            "Chi bộ Khoa Ngoại", "Chi bộ Khoa Sản", "Chi bộ Khoa Nhi", "Chi bộ Khoa Hồi sức cấp cứu",
            "Chi bộ Khoa Xét nghiệm - Chẩn đoán hình ảnh", "Chi bộ Khoa Dược", "Chi bộ Khoa Y học cổ truyền",
            "Chi bộ Khoa Kiểm soát bệnh tật", "Chi bộ Phòng Kế hoạch - Nghiệp vụ", "Chi bộ Phòng Tổ chức - Hành chính",
            "Chi bộ Phòng Tài chính - Kế toán", "Chi bộ Khoa Truyền nhiễm");
    private static final List<String> COMMUNE_AGENCIES = List.of("Chi bộ Văn phòng Đảng ủy",
            "Chi bộ Văn phòng HĐND và UBND", "Chi bộ Phòng Kinh tế", "Chi bộ Phòng Văn hóa - Xã hội",
            "Chi bộ Trung tâm Phục vụ hành chính công", "Chi bộ Ủy ban Mặt trận Tổ quốc và các đoàn thể",
            "Chi bộ Trung tâm Dịch vụ tổng hợp");

    private final ProvincePlanner plan;
    private final ProvinceLevel provinceLevel;

    Institutions(ProvincePlanner plan) {
        this.plan = plan;
        this.provinceLevel = new ProvinceLevel(plan);
    }

    /** An old commune's own organisations: its agency cell, militia, clinic, schools, companies and villages. */
    void commune(PlanNode node, String commune) {
        String place = Geography.place(commune);
        boolean urban = Geography.urban(commune);
        LocalDate f = node.foundedOn;
        cell(node, "Chi bộ Cơ quan Đảng ủy - HĐND - UBND " + commune, f, f.plusYears(5));
        cell(node, "Chi bộ Quân sự " + commune, later(f, 1985), LocalDate.of(2012, 12, 31));
        cell(node, "Chi bộ Trạm Y tế " + commune, later(f, 1980), LocalDate.of(2010, 12, 31));
        if (urban || plan.random.nextInt(100) < 85) {
            cell(node, "Chi bộ Trường Mầm non " + place, later(f, 1990), LocalDate.of(2015, 12, 31));
        }
        cell(node, "Chi bộ Trường Tiểu học " + place, later(f, 1975), LocalDate.of(2010, 12, 31));
        boolean boarding = !urban && plan.random.nextInt(100) < 35;
        cell(node, boarding ? "Chi bộ Trường Phổ thông Dân tộc Bán trú THCS " + place : "Chi bộ Trường THCS " + place,
                later(f, 1980), LocalDate.of(2012, 12, 31));
        if (urban || place.equals("Chiềng Mai") || plan.random.nextInt(100) < 40) {
            plan.holder(GRASSROOTS_COMMITTEE, "Đảng bộ Trường THPT " + place, node,
                    plan.date(later(f, 1975), LocalDate.of(2008, 12, 31)), Origin.EARLY, HIGH_SCHOOL::get, 3,
                    HIGH_SCHOOL.size(), plan.earlyCap());
        }
        if (!urban) {
            for (int i = 1 + plan.random.nextInt(3); i > 0; i--) {
                company(node, place);
            }
            if (plan.random.nextInt(100) < 30) {
                List<String> fixed = List.of("Chi bộ Văn phòng Ban");
                plan.holder(GRASSROOTS_COMMITTEE, "Đảng bộ Ban Quản lý rừng phòng hộ " + place, node,
                        plan.date(later(f, 1995), LocalDate.of(2010, 12, 31)), Origin.EARLY,
                        named(fixed, "Chi bộ Trạm Quản lý bảo vệ rừng bản "), 3, 15, plan.earlyCap());
            }
        } else if (place.equals("Đồi Thông")) {
            plan.holder(GRASSROOTS_COMMITTEE, "Đảng bộ Công ty Cổ phần Xi măng Sơn Lâm", node,
                    plan.date(LocalDate.of(1998, 1, 1), LocalDate.of(2004, 12, 31)), Origin.EARLY,
                    numbered(List.of("Chi bộ Văn phòng Công ty", "Chi bộ Phòng Kỹ thuật - Công nghệ"),
                            "Chi bộ Phân xưởng "), 4, 12, plan.earlyCap());
        }
        plan.villages(node);
    }

    private void company(PlanNode node, String place) {
        Enterprise kind = ENTERPRISES.get(plan.random.nextInt(ENTERPRISES.size()));
        String name = "Đảng bộ Công ty " + kind.form() + " " + kind.trade() + " " + place;
        if (plan.all().stream().anyMatch(n -> n.name.equals(name))) {
            return;
        }
        plan.holder(GRASSROOTS_COMMITTEE, name, node, plan.date(later(node.foundedOn, 1995), LocalDate.of(2012, 12, 31)),
                Origin.EARLY, named(List.of("Chi bộ Văn phòng Công ty", "Chi bộ " + kind.works()), kind.team()), 3,
                kind.maxCells(), plan.earlyCap());
    }

    /** A kind of enterprise in the hills, with the production teams its cells are named after. */
    private record Enterprise(String form, String trade, String works, String team, int maxCells) {
    }

    private static final List<Enterprise> ENTERPRISES = List.of(
            new Enterprise("Cổ phần", "Chè", "Xưởng chế biến chè", "Chi bộ Đội chè bản ", 45),
            new Enterprise("Cổ phần", "Cà phê", "Xưởng chế biến cà phê", "Chi bộ Đội cà phê bản ", 45),
            new Enterprise("TNHH MTV", "Lâm nghiệp", "Xưởng chế biến lâm sản", "Chi bộ Đội trồng rừng bản ", 40),
            new Enterprise("Cổ phần", "Giống bò sữa", "Nhà máy sữa", "Chi bộ Đội bò sữa bản ", 45),
            new Enterprise("Cổ phần", "Dược liệu", "Xưởng sơ chế dược liệu", "Chi bộ Đội dược liệu bản ", 30),
            new Enterprise("Cổ phần", "Nông sản", "Kho vận", "Chi bộ Đội sản xuất bản ", 40),
            new Enterprise("Cổ phần", "Mía đường", "Nhà máy đường", "Chi bộ Đội mía bản ", 45),
            new Enterprise("Cổ phần", "Thủy điện", "Phân xưởng Vận hành", "Chi bộ Đội quản lý hồ chứa bản ", 6));

    /** A district's own units: court, procuracy, treasury, tax, front, health centre, boarding school. */
    DistrictUnits district(PlanNode node, String district) {
        boolean city = district.startsWith("thị xã");
        String unit = city ? "thành phố Sơn Lâm" : district;
        LocalDate from = city ? ProvincePlanner.CITY_RENAMED : node.foundedOn.plusYears(5);
        LocalDate to = city ? LocalDate.of(2012, 12, 31) : LocalDate.of(2001, 12, 31);
        PlanNode court = cell(node, "Chi bộ Tòa án nhân dân " + unit, from, to);
        PlanNode procuracy = cell(node, "Chi bộ Viện Kiểm sát nhân dân " + unit, from, to);
        List<PlanNode> dissolved = List.of(cell(node, "Chi bộ Kho bạc Nhà nước " + unit, from, to),
                cell(node, "Chi bộ Chi cục Thuế " + unit, from, to),
                cell(node, "Chi bộ Cơ quan Mặt trận Tổ quốc và các đoàn thể " + unit, from, to));
        PlanNode health = plan.holder(GRASSROOTS_COMMITTEE, "Đảng bộ Trung tâm Y tế " + unit, node,
                plan.date(later(from, 1995), to.plusYears(3)), Origin.EARLY, HEALTH_CENTRE::get, 7,
                HEALTH_CENTRE.size(), plan.earlyCap());
        PlanNode boarding = city ? null : plan.holder(GRASSROOTS_COMMITTEE,
                "Đảng bộ Trường Phổ thông Dân tộc Nội trú THCS và THPT " + unit, node, plan.date(from, to), Origin.EARLY,
                HIGH_SCHOOL::get, 3, 6, plan.earlyCap());
        return new DistrictUnits(court, procuracy, health, boarding, dissolved,
                city ? "Sơn Lâm" : Geography.place(district));
    }

    void province(PlanNode province) {
        provinceLevel.build(province);
    }

    /** The 2023 split and the 2025 press-agency merger, both at province level. */
    void historyBeforeReform(PlanNode province, List<PlanStep> history) {
        provinceLevel.history(province, history);
    }

    /** District courts and procuracies merge into regional ones directly under the province (01/07/2025). */
    void regionalJustice(PlanNode province, Map<String, DistrictUnits> units, List<PlanStep> history) {
        List<DistrictUnits> all = List.copyOf(units.values());
        for (int region = 1; region <= 2; region++) {
            List<DistrictUnits> pair = all.subList(region * 2 - 2, region * 2);
            String decision = "Quyết định số " + (1219 + region) + "-QĐ/TU";
            merge(province, "Chi bộ Tòa án nhân dân khu vực " + region,
                    pair.stream().map(DistrictUnits::court).toList(), decision, history);
            merge(province, "Chi bộ Viện Kiểm sát nhân dân khu vực " + region,
                    pair.stream().map(DistrictUnits::procuracy).toList(), decision, history);
        }
    }

    /** A district's health centre and boarding school move to the commune of the old district town. */
    void moveDistrictUnits(DistrictUnits units, PlanNode commune, List<PlanStep> history) {
        String decision = "Quyết định số " + (1260 + plan.random.nextInt(40)) + "-QĐ/TU";
        units.dissolved().forEach(u -> plan.dissolve(u, ProvincePlanner.REFORM, decision));
        history.add(new PlanStep.Move(units.healthCentre().key, commune.key, ProvincePlanner.REFORM, decision));
        history.add(new PlanStep.Rename(units.healthCentre().key, "Đảng bộ Trung tâm Y tế khu vực " + units.place(),
                ProvincePlanner.REFORM, decision));
        if (units.boardingSchool() != null) {
            history.add(new PlanStep.Move(units.boardingSchool().key, commune.key, ProvincePlanner.REFORM, decision));
        }
    }

    /** Each new commune-level committee gets its agencies' party committee (HD 31-HD/BTCTW: by 15/08/2025). */
    void communeAgencies(PlanNode commune, String name) {
        plan.holder(GRASSROOTS_COMMITTEE, "Đảng bộ Cơ quan " + name, commune, ProvincePlanner.REFORM, Origin.LATE,
                COMMUNE_AGENCIES::get, 4, COMMUNE_AGENCIES.size(), plan.lateCap());
    }

    void communePolice(Map<String, PlanNode> communes) {
        provinceLevel.communePolice(communes.keySet());
    }

    /** The high school's committee of a commune: the organisation of the demo clerk. */
    int firstSchoolOf(PlanNode commune) {
        return commune.children.stream().filter(c -> c.name.startsWith("Đảng bộ Trường THPT")).findFirst()
                .orElseThrow().key;
    }

    private void merge(PlanNode province, String name, List<PlanNode> sources, String decision,
            List<PlanStep> history) {
        PlanNode target = plan.node(GRASSROOTS_CELL, name, null, province, ProvincePlanner.REFORM, decision,
                Origin.BY_STEP);
        history.add(new PlanStep.Merge(sources.stream().map(plan::end).toList(), null, target.org(),
                ProvincePlanner.REFORM, decision));
    }

    private PlanNode cell(PlanNode parent, String name, LocalDate from, LocalDate to) {
        return plan.node(GRASSROOTS_CELL, name, null, parent, plan.date(from, to), plan.ref(parent), Origin.EARLY);
    }

    /** Fixed names first, then "prefix + a village name" (each village name used once in the province). */
    Function<Integer, String> named(List<String> fixed, String prefix) {
        return i -> i < fixed.size() ? fixed.get(i) : prefix + PlaceNames.village(plan.random, plan.villageNames);
    }

    static Function<Integer, String> numbered(List<String> fixed, String prefix) {
        return i -> i < fixed.size() ? fixed.get(i) : prefix + "số " + (i - fixed.size() + 1);
    }

    private static LocalDate later(LocalDate date, int year) {
        LocalDate floor = LocalDate.of(year, 1, 1);
        return date.isAfter(floor) ? date : floor;
    }
}
