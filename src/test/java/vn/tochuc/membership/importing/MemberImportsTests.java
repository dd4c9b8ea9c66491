package vn.tochuc.membership.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tochuc.access.TestUsers.as;
import static vn.tochuc.membership.importing.ImportFiles.row;
import static vn.tochuc.membership.importing.ImportFiles.with;
import static vn.tochuc.organization.OrganizationType.COMMUNE;
import static vn.tochuc.organization.OrganizationType.GRASSROOTS_CELL;
import static vn.tochuc.shared.Refusals.refused;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tochuc.PostgresTest;
import vn.tochuc.access.Role;
import vn.tochuc.access.SignedInUser;
import vn.tochuc.access.SystemTasks;
import vn.tochuc.access.TestUsers;
import vn.tochuc.membership.EventKind;
import vn.tochuc.membership.EventView;
import vn.tochuc.membership.MemberStatus;
import vn.tochuc.membership.MemberSummary;
import vn.tochuc.membership.Members;
import vn.tochuc.membership.Sex;
import vn.tochuc.membership.TestMembers;
import vn.tochuc.membership.importing.ImportProblem.Severity;
import vn.tochuc.organization.Organizations;
import vn.tochuc.organization.TestOrganizations;
import vn.tochuc.shared.DomainException;
import vn.tochuc.shared.LegacyFiles;
import vn.tochuc.shared.NotFound;

/** Member import on PostgreSQL: every malformed file gets a report and writes nothing; valid files import whole. */
@PostgresTest
class MemberImportsTests {

    @Autowired TestOrganizations build;
    @Autowired TestUsers users;
    @Autowired MemberImports imports;
    @Autowired Members members;
    @Autowired Organizations organizations;
    @Autowired JdbcClient jdbc;

    long cell;
    long otherCell;
    String code;
    String otherCode;
    SignedInUser clerk;
    SignedInUser otherClerk;

    @BeforeEach
    void twoCommunes() {
        long province = build.province();
        long commune = build.found(province, COMMUNE, "Đảng bộ xã Nà Hang " + TestOrganizations.next());
        long otherCommune = build.found(province, COMMUNE, "Đảng bộ xã Khuổi Nà " + TestOrganizations.next());
        cell = build.found(commune, GRASSROOTS_CELL, "Chi bộ thôn Bản Vàn " + TestOrganizations.next());
        otherCell = build.found(otherCommune, GRASSROOTS_CELL, "Chi bộ thôn Nà Sài " + TestOrganizations.next());
        code = SystemTasks.run(() -> organizations.get(cell).code());
        otherCode = SystemTasks.run(() -> organizations.get(otherCell).code());
        clerk = users.create(Role.CLERK, commune);
        otherClerk = users.create(Role.CLERK, otherCommune);
    }

    long membersInCell() {
        return jdbc.sql("SELECT COUNT(*) FROM member WHERE organization_id = :id").param("id", cell).query(Long.class).single();
    }

    ImportStatus confirmAndWait(SignedInUser user, ImportStatus validated, boolean validOnly, boolean accept) {
        as(user, () -> imports.confirm(validated.id(), validOnly, accept));
        return ImportFiles.settled(imports, user, validated.id());
    }

    static String uniqueName(String base) {
        return base + " " + (char) ('A' + TestOrganizations.next() % 26) + "ình";
    }

    @Test
    void aValidFileImportsEveryRowWithItsAdmissionAndConversionOnRecord() {
        String hoa = uniqueName("Nguyễn Thị Hoa");
        String lam = uniqueName("Hoàng Văn Lâm");
        String id = TestMembers.citizenIdOfWomanBorn1985();
        byte[] file = ImportFiles.xlsx(
                with(with(row(hoa, "Nữ", "05/09/1985", code, "01/03/2021", "20/03/2021"), "Số định danh cá nhân", id),
                        "Ngày chính thức", "20/03/2022"),
                row(lam, "nam", "1979", code, "02/01/2025", "15/01/2025"));
        ImportStatus validated = ImportFiles.validate(imports, clerk, "dang-vien.xlsx", file);
        assertThat(validated.report().problems()).isEmpty();
        assertThat(validated.report().wholeFileValid()).isTrue();

        ImportStatus done = confirmAndWait(clerk, validated, false, false);

        assertThat(done.state()).isEqualTo(ImportStatus.State.IMPORTED);
        assertThat(done.imported()).isEqualTo(2);
        assertThat(done.organizationId()).isEqualTo(cell);
        List<MemberSummary> found = as(clerk, () -> members.search(hoa, 10));
        assertThat(found).singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(MemberStatus.OFFICIAL));
        var view = as(clerk, () -> members.get(found.getFirst().id()));
        assertThat(view.officialOn()).isEqualTo(LocalDate.of(2022, 3, 20));
        assertThat(view.citizenId()).isEqualTo(id);
        assertThat(as(clerk, () -> members.history(found.getFirst().id()))).extracting(e -> e.event().kind())
                .containsExactly(EventKind.ADMISSION, EventKind.CONVERSION_ON_RECORD);
        var lamView = as(clerk, () -> members.get(members.search(lam, 10).getFirst().id()));
        assertThat(lamView.status()).isEqualTo(MemberStatus.PROBATIONARY);
        assertThat(lamView.birthYearOnly()).isTrue();
        assertThat(lamView.sex()).isEqualTo(Sex.MALE);
        List<String> audit = jdbc.sql("SELECT summary FROM audit_record WHERE summary LIKE :f")
                .param("f", "%dang-vien.xlsx%").query(String.class).list();
        assertThat(audit).singleElement().asString().contains("2 đảng viên").doesNotContain(id);
    }

    @Test
    void malformedRowsAreReportedByRowAndColumnAndNothingIsWritten() {
        String taken = TestMembers.citizenIdOfWomanBorn1985();
        TestMembers.admit(members, clerk, cell, TestMembers.withCitizenId("Đinh Thị Mai", Sex.FEMALE, 1985, taken));
        long before = membersInCell();
        String repeated = TestMembers.citizenIdOfWomanBorn1985();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("Lò Văn Bình", "Nam", "31/02/2020", code, "01/03/2021", "20/03/2021"));                 // 2
        rows.add(with(row("Lò Thị Dung", "Nữ", "01/01/1990", code, "01/03/2021", "20/03/2021"),
                "Số định danh cá nhân", "0011850000001"));                                                     // 3: 13 digits
        rows.add(null);                                                                                          // 4: empty
        rows.add(row("Lò Văn Công", "Nan", "01/01/1990", "KHONG-CO-MA", "01/03/2021", "20/03/2021"));          // 5
        rows.add(row("Lò Văn Đức", "Nam", "01/01/1990", code, "20/03/2021", "01/03/2021"));                    // 6
        rows.add(row("Lò Văn Én", "Nam", "01/01/1990", code, "01/03/2021", "20/03/2099"));                     // 7
        rows.add(with(row("Lò Thị Gấm", "Nữ", "05/09/1985", code, "01/03/2021", "20/03/2021"), "Số định danh cá nhân", repeated));
        rows.add(with(row("Lò Thị Hà", "Nữ", "05/09/1985", code, "01/03/2021", "20/03/2021"), "Số định danh cá nhân", repeated));
        rows.add(with(row("Lò Thị Ích", "Nữ", "05/09/1985", code, "01/03/2021", "20/03/2021"), "Số định danh cá nhân", taken));
        rows.add(row("Lò Văn Khánh", "Nam", "01/01/1990", otherCode, "01/03/2021", "20/03/2021"));             // 11
        rows.add(with(row("", "Nam", "01/01/1990", code, "01/03/2021", "20/03/2021"), "Ngày chính thức", "01/01/2021"));
        ImportStatus report = ImportFiles.validate(imports, clerk, "loi.csv", ImportFiles.utf8Csv(rows));

        assertThat(report.report().rows()).isEqualTo(10);
        assertThat(problems(report)).contains(
                "2 D ERROR import.row.date", "3 F ERROR import.row.citizenId", "5 C ERROR import.row.sex",
                "5 G ERROR import.row.organizationUnknown", "6 H ERROR import.row.decisionAfterCeremony",
                "7 I ERROR import.row.future", "9 F ERROR import.row.citizenIdRepeated",
                "10 F ERROR import.row.citizenIdInRegister", "11 G ERROR import.row.organizationOutOfScope",
                "12 B ERROR import.row.required", "12 J ERROR import.row.officialBeforeCeremony");
        assertThat(problems(report)).noneMatch(p -> p.startsWith("4 ") || p.startsWith("8 "));
        assertThat(report.report().validRows()).isEqualTo(1);
        assertThat(report.report().problems()).allSatisfy(p -> assertThat(p.arguments().toString())
                .doesNotContain(taken).doesNotContain(repeated));
        assertThat(refused(() -> as(clerk, () -> imports.confirm(report.id(), false, false))).key())
                .isEqualTo("import.error.notAllValid");
        assertThat(membersInCell()).isEqualTo(before);
    }

    @Test
    void aRowAdmittedBeforeThePersonTurned18IsAnErrorOnTheBirthDateColumn() { // rules §5.1, counted by month
        String young = uniqueName("Lò Văn Trẻ");
        String adult = uniqueName("Lò Văn Đủ");
        String yearOnly = uniqueName("Lò Thị Năm");
        ImportStatus report = ImportFiles.validate(imports, clerk, "tuoi.csv", ImportFiles.utf8Csv(List.of(
                row(young, "Nam", "15/03/2008", code, "28/02/2026", "20/03/2026"),
                row(adult, "Nam", "15/03/2008", code, "01/03/2026", "20/03/2026"),
                row(yearOnly, "Nữ", "2008", code, "31/12/2025", "20/01/2026"))));
        assertThat(problems(report)).containsExactly("2 D ERROR member.error.admissionAge",
                "4 D ERROR member.error.admissionAge");
        assertThat(report.report().problems().getFirst().header()).isEqualTo("Ngày sinh");
        assertThat(report.report().problems().getFirst().arguments())
                .containsExactly(LocalDate.of(2026, 2, 28), "03/2008", "03/2026", 18);
        assertThat(report.report().validRows()).isEqualTo(1);
    }

    @Test
    void aPersonAlreadyInTheSameOrganisationIsAWarningButNotOneElsewhere() {
        String here = uniqueName("Ma Thị Lan");
        String elsewhere = uniqueName("Ma Văn Tùng");
        TestMembers.admit(members, clerk, cell, TestMembers.record(here, Sex.FEMALE, 1985));
        TestMembers.admit(members, otherClerk, otherCell, TestMembers.record(elsewhere, Sex.MALE, 1985));
        ImportStatus report = ImportFiles.validate(imports, clerk, "trung-nguoi.csv", ImportFiles.utf8Csv(List.of(
                row(here, "Nữ", "15/06/1985", code, "01/03/2021", "20/03/2021"),
                row(elsewhere, "Nam", "15/06/1985", code, "01/03/2021", "20/03/2021"))));
        assertThat(problems(report)).containsExactly("2 B WARNING import.row.personInRegister");
    }

    @Test
    void importingOnlyTheValidRowsWritesExactlyThoseRows() {
        String good = uniqueName("Vàng Thị Nhung");
        byte[] file = ImportFiles.utf8Csv(List.of(row(good, "Nữ", "01/01/1990", code, "01/03/2021", "20/03/2021"),
                row("Vàng Văn Pao", "Nam", "1990-13-01", code, "01/03/2021", "20/03/2021")));
        ImportStatus report = ImportFiles.validate(imports, clerk, "mot-dong-loi.csv", file);
        assertThat(report.report().validRows()).isEqualTo(1);
        long before = membersInCell();

        ImportStatus done = confirmAndWait(clerk, report, true, false);

        assertThat(done.imported()).isEqualTo(1);
        assertThat(membersInCell()).isEqualTo(before + 1);
        assertThat(as(clerk, () -> members.search(good, 5))).hasSize(1);
        assertThat(as(clerk, () -> members.search("Vàng Văn Pao", 5))).isEmpty();
    }

    @Test
    void wrongMissingAndRepeatedHeadersAreNamedAndNoRowIsRead() {
        List<String> headers = List.of("Họ tên", "Gioi tinh", "Giới tính", "Ngày kết nạp", "Mã tổ chức đảng");
        byte[] file = ImportFiles.csv(headers, List.of(List.of("A", "Nam", "Nam", "01/01/2020", code)), ';',
                StandardCharsets.UTF_8);
        ImportStatus report = ImportFiles.validate(imports, clerk, "tieu-de.csv", file);
        assertThat(report.report().fileProblems()).extracting(ImportProblem::key, p -> p.arguments().getFirst())
                .contains(org.assertj.core.groups.Tuple.tuple("import.header.unknown", "Họ tên"),
                        org.assertj.core.groups.Tuple.tuple("import.header.repeated", "Giới tính"),
                        org.assertj.core.groups.Tuple.tuple("import.header.missing", "Họ và tên"),
                        org.assertj.core.groups.Tuple.tuple("import.header.missing", "Ngày quyết định kết nạp"));
        assertThat(report.report().someRowsValid()).isFalse();
    }

    @Test
    void aFormulaGivesItsStoredResultOrIsReportedWhenThereIsNone() {
        String name = uniqueName("Triệu Thị Sen");
        byte[] file = ImportFiles.xlsx(
                with(row("", "Nữ", "01/01/1990", code, "01/03/2021", "20/03/2021"), "Họ và tên",
                        new ImportFiles.Formula("\"" + name + "\"", name)),
                with(row("Triệu Văn Tài", "Nam", "01/01/1990", code, "01/03/2021", "20/03/2021"), "Ngày sinh",
                        new ImportFiles.Formula("DATE(1990,1,1)", null)));
        ImportStatus report = ImportFiles.validate(imports, clerk, "cong-thuc.xlsx", file);
        assertThat(problems(report)).containsExactly("3 D ERROR import.cell.formula");
        assertThat(report.report().validRows()).isEqualTo(1);
    }

    @Test
    void aFileThatIsNotExcelButNamedXlsxGetsAReport() {
        ImportStatus report = ImportFiles.validate(imports, clerk, "danh-sach.xlsx",
                "Họ và tên,Giới tính\nA,Nam\n".getBytes(StandardCharsets.UTF_8));
        assertThat(report.state()).isEqualTo(ImportStatus.State.VALIDATED);
        assertThat(report.report().fileProblems()).extracting(ImportProblem::key).containsExactly("import.error.notXlsx");
        assertThat(refused(() -> as(clerk, () -> imports.confirm(report.id(), true, true))).key())
                .isEqualTo("import.error.nothingValid");
    }

    @Test
    void aZipBombIsRefusedWithAReport() throws Exception {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write(new byte[50 * 1024 * 1024]);
            zip.closeEntry();
        }
        ImportStatus report = ImportFiles.validate(imports, clerk, "bom.xlsx", bytes.toByteArray());
        assertThat(report.report().fileProblems()).extracting(ImportProblem::key)
                .containsAnyOf("import.error.zipBomb", "import.error.notXlsx");
    }

    @Test
    void tcvn3AndVniFilesAreConvertedAndEachConversionMustBeAccepted() {
        byte[] tcvn3 = LegacyFiles.tcvn3(new String(ImportFiles.utf8Csv(List.of(
                row("Nguyễn Văn An", "Nam", "01/01/1990", code, "01/03/2021", "20/03/2021"))), StandardCharsets.UTF_8));
        ImportStatus report = ImportFiles.validate(imports, clerk, "tcvn3.csv", tcvn3);
        assertThat(report.report().fileProblems()).isEmpty();
        assertThat(report.report().conversions()).singleElement().satisfies(c -> {
            assertThat(c.row()).isEqualTo(2);
            assertThat(c.column()).isEqualTo("B");
            assertThat(c.converted()).isEqualTo("Nguyễn Văn An");
            assertThat(c.encoding()).isEqualTo("TCVN3");
        });
        assertThat(refused(() -> as(clerk, () -> imports.confirm(report.id(), false, false))).key())
                .isEqualTo("import.error.conversionsNotAccepted");
        as(clerk, () -> imports.cancel(report.id()));

        byte[] vni = LegacyFiles.vni(new String(ImportFiles.utf8Csv(List.of(
                row("Nguyễn Văn An", "Nam", "01/01/1990", code, "01/03/2021", "20/03/2021"))), StandardCharsets.UTF_8));
        ImportStatus vniReport = ImportFiles.validate(imports, clerk, "vni.csv", vni);
        assertThat(vniReport.report().conversions()).singleElement().satisfies(c -> {
            assertThat(c.converted()).isEqualTo("Nguyễn Văn An");
            assertThat(c.encoding()).isEqualTo("VNI");
        });
        long before = membersInCell();
        assertThat(confirmAndWait(clerk, vniReport, false, true).imported()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT full_name FROM member WHERE organization_id = :id ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
                .param("id", cell).query(String.class).single()).isEqualTo("Nguyễn Văn An");
        assertThat(membersInCell()).isEqualTo(before + 1);
    }

    @Test
    void decomposedUnicodeIsShownAsAConversion() {
        String nfd = Normalizer.normalize("Phạm Thị Thủy", Normalizer.Form.NFD);
        ImportStatus report = ImportFiles.validate(imports, clerk, "nfd.csv",
                ImportFiles.utf8Csv(List.of(row(nfd, "Nữ", "01/01/1990", code, "01/03/2021", "20/03/2021"))));
        assertThat(report.report().conversions()).singleElement()
                .satisfies(c -> assertThat(c.converted()).isEqualTo("Phạm Thị Thủy"));
    }

    @Test
    void aFiftyMegabyteFileEndsWithAReportAndWritesNothing() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("tochuc-import-test");
        java.nio.file.Path big = dir.resolve("lon.csv");
        try (var out = new java.io.BufferedWriter(new java.io.OutputStreamWriter(
                java.nio.file.Files.newOutputStream(big), StandardCharsets.UTF_8))) {
            out.write(String.join(",", ImportFiles.HEADERS) + "\r\n");
            long written = 0;
            int n = 0;
            String padding = " Thử".repeat(40);
            while (written < 50L * 1024 * 1024) {
                n++;
                String line = n + ",Nguyễn Văn" + padding + " " + n + ",Nam,01/01/1980,Kinh,," + code + ",01/03/2021,"
                        + (n == 200_000 ? "31/02/2021" : "20/03/2021") + ",,THE-" + n + "\r\n";
                out.write(line);
                written += line.length();
            }
        }
        long before = membersInCell();
        ImportStatus report = ImportFiles.validate(imports, clerk, "lon.csv", java.nio.file.Files.readAllBytes(big));
        org.springframework.util.FileSystemUtils.deleteRecursively(dir);

        assertThat(report.state()).isEqualTo(ImportStatus.State.VALIDATED);
        assertThat(report.report().rows()).isGreaterThan(200_000);
        assertThat(problems(report)).contains("200001 I ERROR import.row.date");
        assertThat(report.report().wholeFileValid()).isFalse();
        assertThat(refused(() -> as(clerk, () -> imports.confirm(report.id(), false, false))).key())
                .isEqualTo("import.error.notAllValid");
        as(clerk, () -> imports.cancel(report.id()));
        assertThat(membersInCell()).isEqualTo(before);
    }

    @Test
    void cancellingStopsTheJobAndWritesNothing() {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            rows.add(row("Hà Văn Hủy " + i, "Nam", "01/01/1980", code, "01/03/2021", "20/03/2021"));
        }
        byte[] file = ImportFiles.utf8Csv(rows);
        long before = membersInCell();
        ImportStatus started = as(clerk, () -> imports.start("huy.csv", new org.springframework.core.io.ByteArrayResource(file)));
        as(clerk, () -> imports.cancel(started.id()));
        ImportStatus cancelled = ImportFiles.settled(imports, clerk, started.id());
        assertThat(cancelled.state()).isEqualTo(ImportStatus.State.CANCELLED);

        ImportStatus validated = ImportFiles.validate(imports, clerk, "huy.csv", file);
        as(clerk, () -> imports.confirm(validated.id(), false, false));
        as(clerk, () -> imports.cancel(validated.id()));
        assertThat(ImportFiles.settled(imports, clerk, validated.id()).state()).isEqualTo(ImportStatus.State.CANCELLED);
        assertThat(membersInCell()).isEqualTo(before);
    }

    @Test
    void anotherUserCannotSeeOrCancelTheJob() {
        ImportStatus report = ImportFiles.validate(imports, clerk, "rieng.csv",
                ImportFiles.utf8Csv(List.of(row("Sầm Văn Riêng", "Nam", "01/01/1980", code, "01/03/2021", "20/03/2021"))));
        refused(NotFound.class, () -> as(otherClerk, () -> imports.status(report.id())));
        refused(NotFound.class, () -> as(otherClerk, () -> imports.cancel(report.id())));
        refused(NotFound.class, () -> as(otherClerk, () -> imports.confirm(report.id(), false, false)));
        assertThat(as(clerk, () -> imports.status(report.id())).state()).isEqualTo(ImportStatus.State.VALIDATED);
    }

    @Test
    void aViewerCannotImport() {
        SignedInUser viewer = users.create(Role.VIEWER, SystemTasks.run(() -> organizations.get(cell).parentId()));
        DomainException refusal = refused(DomainException.class, () -> as(viewer,
                () -> imports.start("x.csv", new org.springframework.core.io.ByteArrayResource(new byte[] {1}))));
        assertThat(refusal).isInstanceOf(vn.tochuc.shared.Forbidden.class);
    }

    /** "row column severity key" for each problem. */
    static List<String> problems(ImportStatus status) {
        return status.report().problems().stream()
                .map(p -> p.row() + " " + p.column() + " " + p.severity() + " " + p.key()).toList();
    }

    static boolean hasKind(List<EventView> history, EventKind kind) {
        return history.stream().anyMatch(e -> e.event().kind() == kind);
    }

    static Severity error() {
        return Severity.ERROR;
    }
}
