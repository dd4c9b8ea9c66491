package vn.tochuc.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.tochuc.organization.OrganizationType.COMMUNE;
import static vn.tochuc.organization.OrganizationType.GRASSROOTS_CELL;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.tochuc.PostgresTest;
import vn.tochuc.access.Role;
import vn.tochuc.access.SignedInUser;
import vn.tochuc.organization.TestOrganizations;

/** The export buttons and the export API over HTTP: file headers, scope, POST for searches. */
@PostgresTest
class MemberExportWebTests {

    @Autowired WebApplicationContext context;
    @Autowired TestOrganizations build;
    @Autowired vn.tochuc.access.TestUsers users;
    @Autowired Members members;

    MockMvc mvc;
    long commune;
    long foreignCommune;
    SignedInUser clerk;
    String citizenId;
    String communeName;

    @BeforeEach
    void aCommuneWithOneMember() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        communeName = "Đảng bộ xã Nà Hang " + TestOrganizations.next();
        commune = build.found(build.province(), COMMUNE, communeName);
        foreignCommune = build.found(build.province(), COMMUNE, "Đảng bộ xã Khuổi Nà " + TestOrganizations.next());
        long cell = build.found(commune, GRASSROOTS_CELL, "Chi bộ thôn Bản Vàn " + TestOrganizations.next());
        clerk = users.create(Role.CLERK, commune);
        citizenId = TestMembers.citizenIdOfWomanBorn1985();
        TestMembers.admit(members, clerk, cell, TestMembers.withCitizenId("Nguyễn Thị Hoa", Sex.FEMALE, 1985, citizenId));
    }

    @Test
    void theListPageExportsACsvNamedInAsciiAndInVietnamese() throws Exception {
        String page = call(get("/members").param("organizationId", String.valueOf(commune))).getContentAsString();
        assertThat(page).contains("id=\"export-xlsx\"", "id=\"export-csv\"", "Xuất Excel", "Xuất CSV");
        MockHttpServletResponse file = call(get("/members/export").param("organizationId", String.valueOf(commune))
                .param("day", "31/12/2024").param("format", "csv"));
        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getContentType()).startsWith("text/csv");
        String disposition = file.getHeader("Content-Disposition");
        String ascii = "Danh-sach-dang-vien-" + communeName.replace("Đảng bộ xã Nà Hang", "Dang-bo-xa-Na-Hang")
                .replace(' ', '-') + "-31-12-2024.csv";
        assertThat(disposition).startsWith("attachment; filename=\"" + ascii + "\"")
                .contains("filename*=UTF-8''Danh%20s%C3%A1ch%20%C4%91%E1%BA%A3ng%20vi%C3%AAn%20-%20");
        assertThat(file.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(new String(file.getContentAsByteArray(), StandardCharsets.UTF_8)).contains("Nguyễn Thị Hoa", citizenId);
    }

    @Test
    void anotherCommuneIsNotFoundAndNoFileStarts() throws Exception {
        for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] {
                get("/members/export").param("organizationId", String.valueOf(foreignCommune)),
                get("/api/v1/members/export").param("organizationId", String.valueOf(foreignCommune))}) {
            MockHttpServletResponse response = call(request);
            assertThat(response.getStatus()).isEqualTo(404);
            assertThat(response.getHeader("Content-Disposition")).isNull();
        }
    }

    @Test
    void aSearchIsExportedByPostSoTheCitizenIdStaysOutOfTheUrl() throws Exception {
        String results = call(post("/members/search").param("q", "nguyen thi")).getContentAsString();
        assertThat(results).contains("id=\"export-search-xlsx\"", "formaction=\"/members/search/export\"");
        MockHttpServletResponse file = call(post("/members/search/export").param("q", citizenId).param("format", "xlsx"));
        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getHeader("Content-Disposition")).doesNotContain(citizenId);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file.getContentAsByteArray()))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1);
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo("Nguyễn Thị Hoa");
        }
        assertThat(mvc.perform(post("/members/search/export").param("q", citizenId).with(user(clerk))).andReturn()
                .getResponse().getStatus()).as("without the CSRF token").isEqualTo(403);
    }

    @Test
    void theApiExportsASubtreeAsOfADayAndASearchByPost() throws Exception {
        MockHttpServletResponse subtree = call(get("/api/v1/members/export").param("organizationId", String.valueOf(commune))
                .param("format", "xlsx").param("asOf", "2021-12-31"));
        assertThat(subtree.getStatus()).isEqualTo(200);
        assertThat(subtree.getContentType()).isEqualTo(ExportFormat.XLSX.contentType());
        assertThat(subtree.getHeader("Content-Disposition")).contains("31-12-2021.xlsx");
        MockHttpServletResponse search = call(post("/api/v1/members/export").contentType(MediaType.APPLICATION_JSON)
                .content("{\"query\":\"" + citizenId + "\",\"format\":\"csv\"}"));
        assertThat(search.getStatus()).isEqualTo(200);
        assertThat(new String(search.getContentAsByteArray(), StandardCharsets.UTF_8)).contains("Nguyễn Thị Hoa");
        MockHttpServletResponse pdf = call(get("/api/v1/members/export").param("organizationId", String.valueOf(commune))
                .param("format", "pdf"));
        assertThat(pdf.getStatus()).isEqualTo(400);
        assertThat(pdf.getContentAsString()).contains("xlsx");
        assertThat(pdf.getHeader("Content-Disposition")).isNull();
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(clerk)).with(csrf())).andReturn().getResponse();
    }
}
