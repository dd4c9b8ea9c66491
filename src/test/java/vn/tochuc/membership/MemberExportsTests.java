package vn.tochuc.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tochuc.access.TestUsers.as;
import static vn.tochuc.organization.OrganizationType.COMMUNE;
import static vn.tochuc.organization.OrganizationType.GRASSROOTS_CELL;
import static vn.tochuc.shared.Refusals.refused;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tochuc.PostgresTest;
import vn.tochuc.access.Role;
import vn.tochuc.access.SignedInUser;
import vn.tochuc.access.TestUsers;
import vn.tochuc.organization.Organizations;
import vn.tochuc.organization.TestOrganizations;
import vn.tochuc.shared.DomainException;
import vn.tochuc.shared.NotFound;

/** Member lists leave as XLSX and CSV files that read back intact, only in scope, and always audited. */
@PostgresTest
class MemberExportsTests {

    @Autowired TestOrganizations build;
    @Autowired TestUsers users;
    @Autowired Members members;
    @Autowired MemberExports exports;
    @Autowired Organizations organizations;
    @Autowired JdbcClient jdbc;
    @Autowired vn.tochuc.membership.importing.MemberImports imports;

    long commune;
    long cell;
    long foreignCell;
    SignedInUser clerk;
    SignedInUser viewer;
    String citizenId;
    String card;
    String cellName;

    @BeforeEach
    void aCommuneWithThreeMembers() {
        long province = build.province();
        commune = build.found(province, COMMUNE, "Đảng bộ xã Nà Hang " + TestOrganizations.next());
        cellName = "Chi bộ thôn Bản Vàn " + TestOrganizations.next();
        cell = build.found(commune, GRASSROOTS_CELL, cellName);
        long otherCommune = build.found(province, COMMUNE, "Đảng bộ xã Khuổi Nà " + TestOrganizations.next());
        foreignCell = build.found(otherCommune, GRASSROOTS_CELL, "Chi bộ thôn Nà Sài " + TestOrganizations.next());
        clerk = users.create(Role.CLERK, commune);
        viewer = users.create(Role.VIEWER, commune);
        citizenId = TestMembers.citizenIdOfWomanBorn1985();
        // leading zeros kept by the export; unique, as a party card number is
        card = "00" + TestOrganizations.next();
        TestMembers.admit(members, clerk, cell, new MemberRecord("Nguyễn Thị Hoa", Sex.FEMALE,
                LocalDate.of(1985, 6, 15), false, "Xã Nà Hang, Tuyên Quang", "Xã Khuổi Nà", "Tày", "Phật giáo",
                citizenId, "12/12", "Kỹ sư nông nghiệp", null, "Thạc sĩ", "Trung cấp", "Công chức", card,
                "0099"));
        TestMembers.admit(members, clerk, cell, new MemberRecord("Đặng Văn Ấn", Sex.MALE, LocalDate.of(1979, 1, 1),
                true, "=HYPERLINK(\"http://x.example\")", "+84 Hà Giang", "Dao", null, null, null, null, null, null,
                null, "@SUM(A1)", null, null));
        TestMembers.admit(members, users.create(Role.CLERK, otherCommune), foreignCell,
                TestMembers.record("Lò Văn Bí", Sex.MALE, 1980));
    }

    @Test
    void anXlsxExportReadsBackWithTheTemplateHeadersAndEveryValueIntact() throws IOException {
        byte[] file = export(clerk, ExportFormat.XLSX);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Danh sách đảng viên");
            assertThat(texts(sheet.getRow(0))).isEqualTo(MemberColumn.inOrder(true).stream().map(MemberColumn::header)
                    .toList());
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            // Vietnamese name order: "Đặng Văn Ấn" (given name Ấn) before "Nguyễn Thị Hoa"
            Row an = sheet.getRow(1);
            Row hoa = sheet.getRow(2);
            assertThat(an.getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(value(hoa, MemberColumn.FULL_NAME)).isEqualTo("Nguyễn Thị Hoa");
            assertThat(value(hoa, MemberColumn.SEX)).isEqualTo("Nữ");
            assertThat(value(hoa, MemberColumn.BIRTH_DATE)).isEqualTo("15/06/1985");
            assertThat(value(an, MemberColumn.BIRTH_DATE)).isEqualTo("1979");
            assertThat(value(hoa, MemberColumn.BIRTH_PLACE)).isEqualTo("Xã Nà Hang, Tuyên Quang");
            assertThat(value(hoa, MemberColumn.ETHNICITY)).isEqualTo("Tày");
            assertThat(value(hoa, MemberColumn.RELIGION)).isEqualTo("Phật giáo");
            assertThat(hoa.getCell(MemberColumn.inOrder(true).indexOf(MemberColumn.CITIZEN_ID)).getCellType())
                    .isEqualTo(CellType.STRING);
            assertThat(value(hoa, MemberColumn.CITIZEN_ID)).isEqualTo(citizenId).startsWith("00");
            assertThat(value(hoa, MemberColumn.CARD_NUMBER)).isEqualTo(card);
            assertThat(value(hoa, MemberColumn.DOSSIER_NUMBER)).isEqualTo("0099");
            assertThat(value(hoa, MemberColumn.ORGANIZATION_CODE)).isEqualTo(as(clerk, () -> organizations.get(cell)).code());
            assertThat(value(hoa, MemberColumn.ORGANIZATION_NAME)).isEqualTo(cellName);
            assertThat(value(hoa, MemberColumn.DECISION_DATE)).isEqualTo("01/03/2021");
            assertThat(value(hoa, MemberColumn.CEREMONY_DATE)).isEqualTo("20/03/2021");
            assertThat(value(hoa, MemberColumn.OFFICIAL_DATE)).isEmpty();
            assertThat(value(hoa, MemberColumn.STATUS)).isEqualTo("Dự bị");
            // text cells are never formulas
            assertThat(an.getCell(MemberColumn.inOrder(true).indexOf(MemberColumn.BIRTH_PLACE)).getCellType())
                    .isEqualTo(CellType.STRING);
            assertThat(value(an, MemberColumn.BIRTH_PLACE)).isEqualTo("=HYPERLINK(\"http://x.example\")");
        }
    }

    @Test
    void aCsvExportIsUtf8WithABomAndNeutralisesFormulas() throws IOException {
        byte[] file = export(clerk, ExportFormat.CSV);
        assertThat(file).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = csv(file);
        assertThat(records.getFirst().toList()).isEqualTo(MemberColumn.inOrder(true).stream().map(MemberColumn::header)
                .toList());
        assertThat(records).hasSize(3);
        CSVRecord an = records.get(1);
        CSVRecord hoa = records.get(2);
        assertThat(hoa.get(column(MemberColumn.FULL_NAME))).isEqualTo("Nguyễn Thị Hoa");
        assertThat(hoa.get(column(MemberColumn.CITIZEN_ID))).isEqualTo(citizenId);
        assertThat(hoa.get(column(MemberColumn.CARD_NUMBER))).isEqualTo(card);
        assertThat(hoa.get(column(MemberColumn.BIRTH_PLACE))).isEqualTo("Xã Nà Hang, Tuyên Quang");
        assertThat(an.get(column(MemberColumn.BIRTH_DATE))).isEqualTo("1979");
        assertThat(an.get(column(MemberColumn.BIRTH_PLACE))).isEqualTo("'=HYPERLINK(\"http://x.example\")");
        assertThat(an.get(column(MemberColumn.HOME_TOWN))).isEqualTo("'+84 Hà Giang");
        assertThat(an.get(column(MemberColumn.OCCUPATION))).isEqualTo("'@SUM(A1)");
        assertThat(new String(file, StandardCharsets.UTF_8)).contains("\r\n");
    }

    @Test
    void aViewerGetsNoSensitiveColumnsAndAClerkDoes() throws IOException {
        List<String> viewerHeaders = csv(export(viewer, ExportFormat.CSV)).getFirst().toList();
        assertThat(viewerHeaders).doesNotContain("Dân tộc", "Tôn giáo", "Số định danh cá nhân")
                .isEqualTo(MemberColumn.inOrder(false).stream().map(MemberColumn::header).toList());
        String viewerFile = new String(export(viewer, ExportFormat.CSV), StandardCharsets.UTF_8);
        assertThat(viewerFile).contains("Nguyễn Thị Hoa").doesNotContain(citizenId, "Tày", "Phật giáo");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(export(viewer, ExportFormat.XLSX)))) {
            assertThat(texts(workbook.getSheetAt(0).getRow(0))).doesNotContain("Số định danh cá nhân");
        }
        assertThat(csv(export(clerk, ExportFormat.CSV)).getFirst().toList()).contains("Dân tộc", "Số định danh cá nhân");
    }

    @Test
    void aSubtreeOutOfScopeIsNotFoundAndNothingIsWrittenOrAudited() {
        long before = auditCount();
        var opened = new ArrayList<MemberExports.Download>();
        refused(NotFound.class, () -> as(clerk, () -> exports.subtree(foreignCell, null, ExportFormat.XLSX,
                download -> {
                    opened.add(download);
                    return new ByteArrayOutputStream();
                })));
        assertThat(opened).isEmpty();
        assertThat(auditCount()).isEqualTo(before);
    }

    @Test
    void aSearchExportHoldsOnlyMembersInScope() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int count = as(clerk, () -> exports.search("van", ExportFormat.CSV, download -> out));
        assertThat(count).isEqualTo(1);
        List<CSVRecord> records = csv(out.toByteArray());
        assertThat(records).hasSize(2);
        assertThat(records.get(1).get(column(MemberColumn.FULL_NAME))).isEqualTo("Đặng Văn Ấn");
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).doesNotContain("Lò Văn Bí");
    }

    @Test
    void theAuditTrailNamesWhoExportedHowManyOfWhatButNeverTheCitizenId() {
        as(clerk, () -> exports.subtree(commune, null, ExportFormat.XLSX, download -> new ByteArrayOutputStream()));
        as(clerk, () -> exports.search(citizenId, ExportFormat.CSV, download -> new ByteArrayOutputStream()));
        as(viewer, () -> exports.search("nguyen thi", ExportFormat.CSV, download -> new ByteArrayOutputStream()));
        List<String> summaries = jdbc.sql("""
                SELECT actor || ': ' || summary FROM audit_record WHERE action = 'MEMBERS_EXPORTED'
                   AND actor IN (:actors) ORDER BY seq""")
                .param("actors", List.of(clerk.username(), viewer.username())).query(String.class).list();
        String communeName = as(clerk, () -> organizations.get(commune)).name();
        assertThat(summaries).containsExactly(
                clerk.username() + ": Xuất danh sách 2 đảng viên của " + communeName
                        + " (XLSX, có cột dân tộc, tôn giáo, số định danh cá nhân)",
                clerk.username() + ": Xuất 1 đảng viên tìm theo số (không ghi lại) (CSV, có cột dân tộc, tôn giáo, "
                        + "số định danh cá nhân)",
                viewer.username() + ": Xuất 1 đảng viên tìm theo \"nguyen thi\" (CSV)");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE summary LIKE :id").param("id", "%" + citizenId + "%")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aListAsOfAPastDayHoldsWhoWasAMemberThen() throws IOException {
        ByteArrayOutputStream before = new ByteArrayOutputStream();
        assertThat(as(clerk, () -> exports.subtree(commune, LocalDate.of(2020, 12, 31), ExportFormat.CSV,
                download -> before))).isZero();
        assertThat(csv(before.toByteArray())).hasSize(1);
        ByteArrayOutputStream after = new ByteArrayOutputStream();
        var downloads = new ArrayList<MemberExports.Download>();
        as(clerk, () -> exports.subtree(commune, LocalDate.of(2021, 12, 31), ExportFormat.CSV, download -> {
            downloads.add(download);
            return after;
        }));
        assertThat(csv(after.toByteArray())).hasSize(3);
        assertThat(downloads.getFirst().title()).endsWith(" - 31-12-2021").contains(as(clerk, () -> organizations.get(commune)).name());
        assertThat(jdbc.sql("SELECT summary FROM audit_record WHERE action = 'MEMBERS_EXPORTED' AND actor = :a ORDER BY seq")
                .param("a", clerk.username()).query(String.class).list())
                .last().asString().contains("Xuất danh sách 2 đảng viên", "tại ngày 31/12/2021");
    }

    @Test
    void aDownloadThatBreaksOffIsStillAudited() {
        long before = auditCount();
        assertThatThrownBy(() -> as(clerk, () -> exports.subtree(commune, null, ExportFormat.CSV,
                download -> new OutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        throw new IOException("the browser went away");
                    }
                }))).isInstanceOf(UncheckedIOException.class);
        assertThat(auditCount()).isEqualTo(before + 1);
    }

    @Test
    void anUnknownFormatIsRefusedWithAMessage() {
        DomainException refusal = refused(DomainException.class, () -> ExportFormat.parse("pdf"));
        assertThat(refusal.key()).isEqualTo("member.error.exportFormat");
        assertThat(ExportFormat.parse(" XLSX ")).isEqualTo(ExportFormat.XLSX);
    }

    /**
     * An exported file goes back through the import unchanged: dates, year-only births, Nam/Nữ, the apostrophe
     * before formula-like values and the informational columns are all understood, so the only problems are
     * that these very members are already in the register.
     */
    @Test
    void anExportedFileImportsAgainWithOnlyTheRegisterDuplicatesReported() {
        for (ExportFormat format : ExportFormat.values()) {
            var status = vn.tochuc.membership.importing.ImportFiles.validate(imports, clerk,
                    "xuat." + format.name().toLowerCase(java.util.Locale.ROOT), export(clerk, format));
            assertThat(status.report().fileProblems()).as(format.name()).isEmpty();
            assertThat(status.report().rows()).as(format.name()).isEqualTo(2);
            assertThat(status.report().problems()).as(format.name()).isNotEmpty()
                    .allSatisfy(p -> assertThat(p.key()).isIn("import.row.citizenIdInRegister",
                            "import.row.cardInRegister", "import.row.personInRegister"));
            assertThat(status.report().conversionCount()).as(format.name()).isZero();
        }
    }

    private byte[] export(SignedInUser user, ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TestUsers.as(user, () -> exports.subtree(commune, null, format, download -> out));
        return out.toByteArray();
    }

    private long auditCount() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_record").query(Long.class).single();
    }

    private static List<CSVRecord> csv(byte[] file) throws IOException {
        var reader = new InputStreamReader(new ByteArrayInputStream(file, 3, file.length - 3), StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.parse(reader).getRecords();
    }

    private static int column(MemberColumn column) {
        return MemberColumn.inOrder(true).indexOf(column);
    }

    private static String value(Row row, MemberColumn column) {
        Cell cell = row.getCell(column(column));
        return cell == null ? "" : cell.getStringCellValue();
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }
}
