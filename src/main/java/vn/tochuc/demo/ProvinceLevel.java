package vn.tochuc.demo;

import static vn.tochuc.organization.OrganizationType.CELL;
import static vn.tochuc.organization.OrganizationType.GRASSROOTS_CELL;
import static vn.tochuc.organization.OrganizationType.GRASSROOTS_COMMITTEE;
import static vn.tochuc.organization.OrganizationType.SUB_COMMITTEE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import vn.tochuc.demo.PlanNode.Origin;

/** Grassroots organisations directly under the province: police, army, hospitals, schools, companies. */
final class ProvinceLevel {

    private final ProvincePlanner plan;
    private PlanNode police;
    private PlanNode rubber;
    private PlanNode newspaper;
    private PlanNode broadcaster;

    ProvinceLevel(ProvincePlanner plan) {
        this.plan = plan;
    }

    void build(PlanNode province) {
        police = committee(province, "Đảng bộ Công an tỉnh", 1950, 1960, fixed("Chi bộ Phòng Tham mưu",
                "Chi bộ Phòng Tổ chức cán bộ", "Chi bộ Phòng Công tác đảng và công tác chính trị", "Chi bộ Phòng Hậu cần",
                "Chi bộ Phòng An ninh chính trị nội bộ", "Chi bộ Phòng An ninh kinh tế",
                "Chi bộ Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao",
                "Chi bộ Phòng Quản lý xuất nhập cảnh", "Chi bộ Phòng Cảnh sát kinh tế",
                "Chi bộ Phòng Cảnh sát điều tra tội phạm về ma túy",
                "Chi bộ Phòng Cảnh sát quản lý hành chính về trật tự xã hội",
                "Chi bộ Phòng Kỹ thuật hình sự",
                "Chi bộ Phòng Hồ sơ", "Chi bộ Phòng Thanh tra", "Chi bộ Phòng Pháp chế"), 12);
        sub(police, "Đảng bộ bộ phận Phòng Cảnh sát giao thông",
                Institutions.numbered(List.of("Chi bộ Đội Tham mưu, tổng hợp"), "Chi bộ Đội Tuần tra, kiểm soát "), 3, 12);
        sub(police, "Đảng bộ bộ phận Phòng Cảnh sát cơ động",
                Institutions.numbered(List.of(), "Chi bộ Đại đội Cảnh sát cơ động "), 3, 8);
        sub(police, "Đảng bộ bộ phận Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",
                Institutions.numbered(List.of("Chi bộ Đội Tham mưu"), "Chi bộ Đội Chữa cháy và cứu nạn, cứu hộ khu vực "),
                3, 8);
        sub(police, "Đảng bộ bộ phận Phòng Cảnh sát hình sự",
                Institutions.numbered(List.of("Chi bộ Đội Tham mưu tổng hợp"), "Chi bộ Đội Trinh sát "), 3, 8);
        sub(police, "Đảng bộ bộ phận Trại Tạm giam", fixed("Chi bộ Đội Quản giáo", "Chi bộ Đội Cảnh sát bảo vệ",
                "Chi bộ Đội Hậu cần - Y tế", "Chi bộ Đội Tham mưu"), 3);
        PlanNode army = committee(province, "Đảng bộ Bộ Chỉ huy Quân sự tỉnh", 1950, 1965, fixed("Chi bộ Phòng Tham mưu",
                "Chi bộ Phòng Chính trị", "Chi bộ Phòng Hậu cần - Kỹ thuật", "Chi bộ Cơ quan Hậu cứ",
                "Chi bộ Đại đội Trinh sát", "Chi bộ Đại đội Thông tin", "Chi bộ Đại đội Công binh"), 5);
        for (int battalion = 1; battalion <= 2; battalion++) {
            sub(army, "Đảng bộ bộ phận Tiểu đoàn Bộ binh " + battalion,
                    Institutions.numbered(List.of("Chi bộ Cơ quan Tiểu đoàn"), "Chi bộ Đại đội "), 3, 6);
        }
        PlanNode border = committee(province, "Đảng bộ Bộ Chỉ huy Bộ đội Biên phòng tỉnh", 1959, 1965, fixed(
                "Chi bộ Phòng Tham mưu", "Chi bộ Phòng Chính trị", "Chi bộ Phòng Hậu cần - Kỹ thuật",
                "Chi bộ Phòng Trinh sát", "Chi bộ Phòng Phòng chống ma túy và tội phạm",
                "Chi bộ Đại đội Huấn luyện - Cơ động"), 4);
        for (String post : Geography.BORDER) {
            sub(border, "Đảng bộ bộ phận Đồn Biên phòng " + post, fixed("Chi bộ Chỉ huy Đồn",
                    "Chi bộ Đội Vận động quần chúng", "Chi bộ Đội Trinh sát", "Chi bộ Đội Tuần tra, kiểm soát",
                    "Chi bộ Trạm Kiểm soát Biên phòng " + post), 3);
        }
        PlanNode hospital = committee(province, "Đảng bộ Bệnh viện Đa khoa tỉnh", 1960, 1975, fixed(
                "Chi bộ Khoa Khám bệnh", "Chi bộ Khoa Cấp cứu", "Chi bộ Khoa Chẩn đoán hình ảnh", "Chi bộ Khoa Xét nghiệm",
                "Chi bộ Khoa Dược", "Chi bộ Phòng Kế hoạch tổng hợp", "Chi bộ Phòng Tổ chức cán bộ",
                "Chi bộ Phòng Tài chính - Kế toán", "Chi bộ Phòng Điều dưỡng", "Chi bộ Khoa Dinh dưỡng",
                "Chi bộ Khoa Kiểm soát nhiễm khuẩn"), 6);
        sub(hospital, "Đảng bộ bộ phận Khối Nội", fixed("Chi bộ Khoa Nội tổng hợp", "Chi bộ Khoa Nội tim mạch",
                "Chi bộ Khoa Nội tiết", "Chi bộ Khoa Thần kinh", "Chi bộ Khoa Truyền nhiễm",
                "Chi bộ Khoa Hồi sức tích cực - Chống độc", "Chi bộ Khoa Nhi", "Chi bộ Khoa Phục hồi chức năng"), 5);
        sub(hospital, "Đảng bộ bộ phận Khối Ngoại", fixed("Chi bộ Khoa Ngoại tổng hợp",
                "Chi bộ Khoa Chấn thương chỉnh hình", "Chi bộ Khoa Phẫu thuật - Gây mê hồi sức", "Chi bộ Khoa Phụ sản",
                "Chi bộ Khoa Tai Mũi Họng", "Chi bộ Khoa Mắt", "Chi bộ Khoa Răng Hàm Mặt"), 5);
        committee(province, "Đảng bộ Bệnh viện Sản - Nhi tỉnh", 2005, 2012, fixed("Chi bộ Khoa Sản",
                "Chi bộ Khoa Nhi", "Chi bộ Khoa Sơ sinh", "Chi bộ Khoa Khám bệnh", "Chi bộ Khoa Gây mê hồi sức",
                "Chi bộ Phòng Kế hoạch tổng hợp", "Chi bộ Phòng Tổ chức - Hành chính", "Chi bộ Khoa Dược"), 4);
        committee(province, "Đảng bộ Bệnh viện Y học cổ truyền tỉnh", 1985, 1995, fixed("Chi bộ Khoa Nội",
                "Chi bộ Khoa Châm cứu - Dưỡng sinh", "Chi bộ Khoa Dược", "Chi bộ Phòng Hành chính - Tổng hợp",
                "Chi bộ Khoa Phục hồi chức năng"), 3);
        committee(province, "Đảng bộ Trung tâm Kiểm soát bệnh tật tỉnh", 2018, 2019, fixed("Chi bộ Khoa Phòng, chống bệnh truyền nhiễm",
                "Chi bộ Khoa Sức khỏe sinh sản", "Chi bộ Khoa Xét nghiệm", "Chi bộ Khoa Dinh dưỡng",
                "Chi bộ Phòng Tổ chức - Hành chính", "Chi bộ Phòng Kế hoạch - Tài chính"), 4);
        committee(province, "Đảng bộ Trường Cao đẳng Sơn Lâm", 1995, 2005, fixed("Chi bộ Khoa Sư phạm",
                "Chi bộ Khoa Nông Lâm", "Chi bộ Khoa Kinh tế", "Chi bộ Khoa Kỹ thuật - Công nghệ", "Chi bộ Khoa Y Dược",
                "Chi bộ Khoa Văn hóa - Nghệ thuật", "Chi bộ Phòng Đào tạo", "Chi bộ Phòng Tổ chức - Hành chính",
                "Chi bộ Sinh viên"), 5);
        committee(province, "Đảng bộ Trường Chính trị tỉnh", 1960, 1970, fixed("Chi bộ Khoa Lý luận cơ sở",
                "Chi bộ Khoa Nhà nước và Pháp luật", "Chi bộ Khoa Xây dựng Đảng", "Chi bộ Phòng Tổ chức - Hành chính",
                "Chi bộ Phòng Quản lý đào tạo"), 3);
        committee(province, "Đảng bộ Công ty Điện lực Sơn Lâm", 1980, 1995, fixed("Chi bộ Văn phòng Công ty",
                "Chi bộ Phòng Kỹ thuật", "Chi bộ Phòng Kinh doanh", "Chi bộ Điện lực Sơn Lâm", "Chi bộ Điện lực Mường Khoa",
                "Chi bộ Điện lực Tà Lèng", "Chi bộ Điện lực Quỳnh Lâm", "Chi bộ Đội Quản lý vận hành lưới điện cao thế",
                "Chi bộ Phân xưởng Thí nghiệm điện"), 6);
        committee(province, "Đảng bộ Viễn thông Sơn Lâm", 1996, 2000, fixed("Chi bộ Văn phòng",
                "Chi bộ Trung tâm Điều hành thông tin", "Chi bộ Trung tâm Viễn thông khu vực 1",
                "Chi bộ Trung tâm Viễn thông khu vực 2", "Chi bộ Trung tâm Viễn thông khu vực 3"), 3);
        committee(province, "Đảng bộ Viettel Sơn Lâm", 2005, 2010, Institutions.numbered(List.of("Chi bộ Văn phòng",
                "Chi bộ Phòng Kỹ thuật"), "Chi bộ Trung tâm Viettel khu vực "), 4, 9);
        committee(province, "Đảng bộ Ngân hàng Nông nghiệp và Phát triển Nông thôn chi nhánh tỉnh Sơn Lâm", 1990,
                1998, fixed("Chi bộ Văn phòng", "Chi bộ Phòng Khách hàng", "Chi bộ Phòng Kế toán - Ngân quỹ",
                        "Chi bộ Chi nhánh Mường Khoa", "Chi bộ Chi nhánh Tà Lèng", "Chi bộ Chi nhánh Quỳnh Lâm",
                        "Chi bộ Chi nhánh thành phố Sơn Lâm"), 4);
        committee(province, "Đảng bộ Thuế tỉnh Sơn Lâm", 1990, 1995,
                Institutions.numbered(List.of("Chi bộ Văn phòng", "Chi bộ Phòng Nghiệp vụ"), "Chi bộ Thuế cơ sở "), 4, 10);
        committee(province, "Đảng bộ Bảo hiểm xã hội tỉnh", 1995, 2000, Institutions.numbered(List.of(
                "Chi bộ Văn phòng", "Chi bộ Phòng Chế độ bảo hiểm xã hội"), "Chi bộ Bảo hiểm xã hội khu vực "), 3, 6);
        rubber = early(GRASSROOTS_COMMITTEE, province, "Đảng bộ Công ty Cổ phần Cao su Sơn Lâm", 2007, 2008);
        List<String> rubberCells = new ArrayList<>(List.of("Chi bộ Văn phòng Công ty", "Chi bộ Nhà máy chế biến mủ cao su"));
        for (int i = 10 + plan.random.nextInt(7); i > 0; i--) {
            rubberCells.add("Chi bộ Đội cao su bản " + PlaceNames.village(plan.random, plan.villageNames));
        }
        plan.cellsNow(rubber, rubberCells, ProvincePlanner.SPLIT_DAY.minusDays(1));
        newspaper = early(GRASSROOTS_COMMITTEE, province, "Đảng bộ Báo Sơn Lâm", 1975, 1985);
        plan.cellsNow(newspaper, List.of("Chi bộ Ban Thời sự - Chính trị", "Chi bộ Ban Kinh tế - Xã hội",
                "Chi bộ Ban Trị sự"), LocalDate.of(2024, 12, 31));
        broadcaster = early(GRASSROOTS_COMMITTEE, province, "Đảng bộ Đài Phát thanh và Truyền hình Sơn Lâm", 1980, 1990);
        plan.cellsNow(broadcaster, List.of("Chi bộ Phòng Thời sự", "Chi bộ Phòng Chuyên đề",
                "Chi bộ Phòng Kỹ thuật - Công nghệ", "Chi bộ Phòng Hành chính - Tổng hợp"), LocalDate.of(2024, 12, 31));
        for (String name : List.of("Chi bộ Hội Văn học Nghệ thuật tỉnh", "Chi bộ Liên minh Hợp tác xã tỉnh",
                "Chi bộ Công ty Xổ số kiến thiết Sơn Lâm", "Chi bộ Hội Chữ thập đỏ tỉnh")) {
            early(GRASSROOTS_CELL, province, name, 1990, 2010);
        }
    }

    /** 2023: the rubber company splits in two; 01/03/2025: newspaper and broadcaster merge. */
    void history(PlanNode province, List<PlanStep> history) {
        List<PlanNode> cells = rubber.children;
        int half = cells.size() / 2;
        var east = new PlanStep.SplitPart(plan.node(GRASSROOTS_COMMITTEE, "Đảng bộ Công ty Cổ phần Cao su Mường Khoa",
                null, province, ProvincePlanner.SPLIT_DAY, null, Origin.BY_STEP).org(),
                keys(cells.subList(0, 1), cells.subList(2, half)));
        var west = new PlanStep.SplitPart(plan.node(GRASSROOTS_COMMITTEE, "Đảng bộ Công ty Cổ phần Cao su Quỳnh Lâm",
                null, province, ProvincePlanner.SPLIT_DAY, null, Origin.BY_STEP).org(),
                keys(cells.subList(1, 2), cells.subList(half, cells.size())));
        history.add(new PlanStep.Split(plan.end(rubber), List.of(east, west), ProvincePlanner.SPLIT_DAY,
                "Quyết định số 2156-QĐ/TU"));
        PlanNode merged = plan.node(GRASSROOTS_COMMITTEE, "Đảng bộ Báo và Phát thanh, Truyền hình Sơn Lâm", null,
                province, ProvincePlanner.PRESS_MERGE_DAY, null, Origin.BY_STEP);
        history.add(new PlanStep.Merge(List.of(plan.end(newspaper), plan.end(broadcaster)), null, merged.org(),
                ProvincePlanner.PRESS_MERGE_DAY, "Quyết định số 2731-QĐ/TU"));
    }

    /** Commune police cells under the provincial police, one per new commune (01/07/2025). */
    void communePolice(Collection<String> communes) {
        for (String commune : communes) {
            plan.node(CELL, "Chi bộ Công an " + commune, null, police, ProvincePlanner.REFORM,
                    "Quyết định số " + (1 + plan.random.nextInt(400)) + "-QĐ/ĐU", Origin.LATE);
        }
    }

    private PlanNode committee(PlanNode province, String name, int fromYear, int toYear,
            Function<Integer, String> cells, int min, int max) {
        return plan.holder(GRASSROOTS_COMMITTEE, name, province, years(fromYear, toYear), Origin.EARLY, cells, min, max,
                LocalDate.of(2024, 12, 31));
    }

    private PlanNode committee(PlanNode province, String name, int fromYear, int toYear, List<String> cells, int min) {
        return committee(province, name, fromYear, toYear, cells::get, min, cells.size());
    }

    private void sub(PlanNode committee, String name, Function<Integer, String> cells, int min, int max) {
        plan.holder(SUB_COMMITTEE, name, committee, plan.date(committee.foundedOn.plusYears(10), LocalDate.of(2015, 12, 31)),
                Origin.EARLY, cells, min, max, LocalDate.of(2024, 12, 31));
    }

    private void sub(PlanNode committee, String name, List<String> cells, int min) {
        sub(committee, name, cells::get, min, cells.size());
    }

    private PlanNode early(vn.tochuc.organization.OrganizationType type, PlanNode province, String name, int fromYear,
            int toYear) {
        return plan.node(type, name, null, province, years(fromYear, toYear), plan.ref(province), Origin.EARLY);
    }

    private LocalDate years(int from, int to) {
        return plan.date(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31));
    }

    private static List<String> fixed(String... names) {
        return List.of(names);
    }

    private static List<Integer> keys(List<PlanNode> first, List<PlanNode> rest) {
        List<Integer> keys = new ArrayList<>();
        first.forEach(n -> keys.add(n.key));
        rest.forEach(n -> keys.add(n.key));
        return keys;
    }
}
