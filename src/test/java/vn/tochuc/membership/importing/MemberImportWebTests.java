package vn.tochuc.membership.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.tochuc.membership.importing.ImportFiles.row;
import static vn.tochuc.organization.OrganizationType.COMMUNE;
import static vn.tochuc.organization.OrganizationType.GRASSROOTS_CELL;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.tochuc.PostgresTest;
import vn.tochuc.access.Role;
import vn.tochuc.access.SignedInUser;
import vn.tochuc.access.SystemTasks;
import vn.tochuc.access.TestUsers;
import vn.tochuc.organization.Organizations;
import vn.tochuc.organization.TestOrganizations;

/** The import over HTTP: the template, the pages, the JSON API; reports in Vietnamese, never a server error. */
@PostgresTest
class MemberImportWebTests {

    @Autowired WebApplicationContext context;
    @Autowired TestOrganizations build;
    @Autowired TestUsers users;
    @Autowired MemberImports imports;
    @Autowired Organizations organizations;
    @Autowired JdbcClient jdbc;
    final ObjectMapper json = new ObjectMapper();

    MockMvc mvc;
    long cell;
    String code;
    SignedInUser clerk;
    SignedInUser viewer;
    SignedInUser otherClerk;

    @BeforeEach
    void aCommune() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        long province = build.province();
        long commune = build.found(province, COMMUNE, "Đảng bộ xã Nà Hang " + TestOrganizations.next());
        cell = build.found(commune, GRASSROOTS_CELL, "Chi bộ thôn Bản Vàn " + TestOrganizations.next());
        code = SystemTasks.run(() -> organizations.get(cell).code());
        clerk = users.create(Role.CLERK, commune);
        viewer = users.create(Role.VIEWER, commune);
        otherClerk = users.create(Role.CLERK, build.found(province, COMMUNE, "Đảng bộ xã Khác " + TestOrganizations.next()));
    }

    MockHttpServletResponse call(org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request,
            SignedInUser as) throws Exception {
        return mvc.perform(request.with(user(as)).with(csrf())).andReturn().getResponse();
    }

    @Test
    void theTemplateHasTheColumnsTheGuideAndTheCodesAndHidesSensitiveColumnsFromViewers() throws Exception {
        MockHttpServletResponse response = call(get("/members/import/template.xlsx"), clerk);
        assertThat(response.getStatus()).isEqualTo(200);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            var header = workbook.getSheet("Đảng viên").getRow(0);
            List<String> headers = new ArrayList<>();
            header.forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).contains("Họ và tên", "Giới tính", "Dân tộc", "Số định danh cá nhân", "Mã tổ chức đảng");
            assertThat(workbook.getSheet("Hướng dẫn").getRow(4).getCell(3).getStringCellValue()).contains("dd/MM/yyyy");
            StringBuilder codes = new StringBuilder();
            workbook.getSheet("Mã tổ chức").forEach(r -> codes.append(r.getCell(0).getStringCellValue()).append(' '));
            assertThat(codes.toString()).contains(code);
            assertThat(workbook.getSheet("Đảng viên").getDataValidations()).hasSize(2);
        }
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(
                call(get("/members/import/template.xlsx"), viewer).getContentAsByteArray()))) {
            List<String> headers = new ArrayList<>();
            workbook.getSheet("Đảng viên").getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).contains("Họ và tên").doesNotContain("Dân tộc", "Tôn giáo", "Số định danh cá nhân");
        }
    }

    @Test
    void theApiValidatesReportsInVietnameseAndImportsOnConfirmation() throws Exception {
        String name = "Tráng A Páo " + TestOrganizations.next();
        byte[] file = ImportFiles.utf8Csv(List.of(row(name, "Nam", "01/01/1990", code, "01/03/2021", "20/03/2021"),
                row("Tráng A Chư", "Nam", "31/02/1990", code, "01/03/2021", "20/03/2021")));
        MockHttpServletResponse started = call(multipart("/api/v1/members/imports")
                .file(new MockMultipartFile("file", "api.csv", "text/csv", file)), clerk);
        assertThat(started.getStatus()).isEqualTo(202);
        String id = json.readTree(started.getContentAsString()).get("id").asText();
        ImportFiles.settled(imports, clerk, id);

        JsonNode report = json.readTree(call(get("/api/v1/members/imports/" + id), clerk).getContentAsString());
        assertThat(report.get("state").asText()).isEqualTo("VALIDATED");
        assertThat(report.get("problems").get(0).get("row").asInt()).isEqualTo(3);
        assertThat(report.get("problems").get(0).get("column").asText()).isEqualTo("D");
        assertThat(report.get("problems").get(0).get("message").asText())
                .isEqualTo("Ngày \"31/02/1990\" không hợp lệ: ghi theo dạng dd/MM/yyyy và là ngày có thật.");
        assertThat(call(get("/api/v1/members/imports/" + id), otherClerk).getStatus()).isEqualTo(404);

        MockHttpServletResponse refused = call(post("/api/v1/members/imports/" + id + "/confirm")
                .contentType(MediaType.APPLICATION_JSON).content("{\"validOnly\":false}"), clerk);
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("Chỉ nhập các dòng hợp lệ");
        MockHttpServletResponse confirmed = call(post("/api/v1/members/imports/" + id + "/confirm")
                .contentType(MediaType.APPLICATION_JSON).content("{\"validOnly\":true,\"acceptConversions\":false}"), clerk);
        assertThat(confirmed.getStatus()).isEqualTo(200);
        assertThat(ImportFiles.settled(imports, clerk, id).imported()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM member WHERE full_name = :n").param("n", name).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void thePagesShowTheReportByRowAndColumnAndTheResult() throws Exception {
        byte[] file = ImportFiles.xlsx(row("Giàng Thị Mỷ", "Nữ", "01/01/1990", code, "01/03/2021", "20/03/2021"),
                ImportFiles.with(row("Giàng Văn Sử", "Nam", "01/01/1990", code, "01/03/2021", "20/03/2021"),
                        "Số định danh cá nhân", "0011900000012"));
        MockHttpServletResponse uploaded = call(multipart("/members/import")
                .file(new MockMultipartFile("file", "trang.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file)), clerk);
        assertThat(uploaded.getStatus()).isEqualTo(302);
        String page = uploaded.getRedirectedUrl();
        String id = page.substring(page.lastIndexOf('/') + 1);
        ImportFiles.settled(imports, clerk, id);

        String body = call(get(page), clerk).getContentAsString();
        assertThat(body).contains("Báo cáo kiểm tra", "F (Số định danh cá nhân)",
                "Số định danh cá nhân phải gồm đúng 12 chữ số (ô này có 13)", "Chỉ nhập các dòng hợp lệ (1 dòng)");
        assertThat(call(get(page), otherClerk).getStatus()).isEqualTo(404);
        MockHttpServletResponse refused = call(post(page + "/confirm"), clerk);
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("Tệp còn 1 dòng có lỗi");
        assertThat(call(post(page + "/confirm").param("validOnly", "true"), clerk).getStatus()).isEqualTo(302);
        ImportFiles.settled(imports, clerk, id);
        assertThat(call(get(page), clerk).getContentAsString()).contains("Đã nhập 1 đảng viên.");
        MockHttpServletResponse progress = call(get(page + "/progress"), clerk);
        assertThat(progress.getHeader("HX-Refresh")).isEqualTo("true");
    }

    @Test
    void anUploadWithoutAFileOrWithAnUnknownTypeIsAnsweredInWords() throws Exception {
        MockHttpServletResponse none = call(post("/members/import"), clerk);
        assertThat(none.getStatus()).isEqualTo(422);
        assertThat(none.getContentAsString()).contains("Cần chọn một tệp để nhập.");
        MockHttpServletResponse api = call(post("/api/v1/members/imports").contentType(MediaType.APPLICATION_JSON)
                .content("{}"), clerk);
        assertThat(api.getStatus()).isBetween(400, 499);
        MockHttpServletResponse pdf = call(multipart("/members/import")
                .file(new MockMultipartFile("file", "ds.pdf", "application/pdf", "%PDF-1.4".getBytes())), clerk);
        String id = pdf.getRedirectedUrl().substring(pdf.getRedirectedUrl().lastIndexOf('/') + 1);
        ImportFiles.settled(imports, clerk, id);
        assertThat(call(get(pdf.getRedirectedUrl()), clerk).getContentAsString())
                .contains("Chỉ nhận tệp Excel (.xlsx) hoặc CSV (.csv).");
        assertThat(call(multipart("/members/import")
                .file(new MockMultipartFile("file", "a.csv", "text/csv", "x".getBytes())), viewer).getStatus()).isEqualTo(403);
        TestUsers.as(clerk, () -> imports.cancel(id));
    }
}
