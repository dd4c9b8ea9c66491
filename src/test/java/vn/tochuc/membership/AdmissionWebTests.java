package vn.tochuc.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static vn.tochuc.access.TestUsers.as;

import java.time.LocalDate;
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
import vn.tochuc.access.SignedInUser;
import vn.tochuc.access.TestUsers;
import vn.tochuc.organization.TestOrganizations;

/**
 * The work-list page, the admission pages and their JSON API over HTTP: counts and links, sensitive findings for
 * sensitive readers only, refusals with the Vietnamese reason, targets shown as "a/b = p%", other communes not found.
 */
@PostgresTest
class AdmissionWebTests {

    @Autowired WebApplicationContext context;
    @Autowired TestOrganizations build;
    @Autowired TestUsers users;
    @Autowired Members members;

    MockMvc mvc;
    TwoCommunes t;

    @BeforeEach
    void twoCommunes() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        t = TwoCommunes.create(build, users);
    }

    @Test
    void theWorkPageListsTheScopesWorkWithCountsAndHidesCitizenIdFindingsFromAViewer() throws Exception {
        LocalDate today = as(t.clerkA(), () -> members.today());
        LocalDate ceremony = today.minusMonths(12).minusDays(3);
        long due = as(t.clerkA(), () -> members.admit(new Members.NewMember(TestMembers.record("Triệu Thị Đến Hạn",
                Sex.FEMALE, 1995), t.cellA(), ceremony.minusDays(7), ceremony, "03-QĐ/ĐU")));
        String womansId = TestMembers.citizenIdOfWomanBorn1985();
        as(t.clerkA(), () -> members.admit(new Members.NewMember(TestMembers.withCitizenId("Triệu Văn Lệch", Sex.MALE,
                1985, womansId), t.cellA(), TestMembers.DECISION, TestMembers.CEREMONY, null)));

        String clerkPage = call(get("/members/work"), t.clerkA()).getContentAsString();
        assertThat(clerkPage).contains("Đảng viên dự bị sắp đến hoặc đã đến hạn xét chuyển chính thức (2)",
                "href=\"/members/" + due + "\"", "Triệu Thị Đến Hạn", "đã đủ 12 tháng 3 ngày trước",
                "Chữ số thứ 4 của số định danh không khớp với giới tính đã ghi.").doesNotContain(womansId);
        String viewerPage = call(get("/members/work"), t.viewerA()).getContentAsString();
        assertThat(viewerPage).contains("Triệu Thị Đến Hạn", "chỉ hiển thị cho vai trò được xem dữ liệu nhạy cảm")
                .doesNotContain("Chữ số thứ 4", womansId);
        assertThat(call(get("/members/work"), t.clerkB()).getContentAsString()).doesNotContain("Triệu Thị Đến Hạn");
        assertThat(call(get("/members"), t.clerkA()).getContentAsString()).contains("href=\"/members/work\"");

        MockHttpServletResponse api = call(get("/api/v1/members/work/conversions"), t.clerkA());
        assertThat(api.getContentAsString()).contains("\"total\":2", "\"memberId\":" + due,
                "\"dueOn\":\"" + ceremony.plusMonths(12) + "\"", "\"daysLeft\":-3");
        assertThat(call(get("/api/v1/members/work/problems"), t.viewerA()).getContentAsString())
                .doesNotContain("CITIZEN_ID", womansId);
        assertThat(call(get("/api/v1/members/work").param("organizationId", String.valueOf(t.communeA())), t.clerkB())
                .getStatus()).isEqualTo(404);
        assertThat(call(get("/members/work").param("organizationId", String.valueOf(t.cellA())), t.clerkB())
                .getStatus()).isEqualTo(404);
    }

    @Test
    void anAdmissionPast60IsShownOnTheWorkPageAndInTheApi() throws Exception { // rules §5.1
        long old = as(t.clerkA(), () -> members.admit(new Members.NewMember(TestMembers.record("Giàng Văn Cao Tuổi",
                Sex.MALE, 1950), t.cellA(), TestMembers.DECISION, TestMembers.CEREMONY, "09-QĐ/TU")));
        assertThat(call(get("/members/work"), t.clerkA()).getContentAsString()).contains(
                "Kết nạp khi đã quá 60 tuổi: kiểm tra văn bản đồng ý của Ban Thường vụ Tỉnh ủy, Thành ủy (1)",
                "href=\"/members/" + old + "\"", "Sinh 15/06/1950; quyết định kết nạp ngày 01/03/2021.");
        assertThat(call(get("/api/v1/members/work/problems"), t.viewerA()).getContentAsString()).contains(
                "\"ADMITTED_OVER_60\":{\"total\":1", "\"memberId\":" + old, "\"date\":\"2021-03-01\"",
                "\"recorded\":\"1950-06-15\"");
    }

    @Test
    void aClerkTakesACandidateThroughTheStepsOnThePagesAndAWrongStepComesBackWithTheReason() throws Exception {
        MockHttpServletResponse introduced = call(post("/members/candidates").param("organizationId",
                String.valueOf(t.cellA())).param("fullName", "Giàng Thị  Sinh").param("sex", "FEMALE")
                .param("birthDate", "12/08/2002").param("outstandingOn", "03/03/2025"), t.clerkA());
        assertThat(introduced.getStatus()).isEqualTo(302);
        String page = introduced.getRedirectedUrl();
        assertThat(call(get(page), t.clerkA()).getContentAsString()).contains("Giàng Thị Sinh", "Quần chúng ưu tú",
                "Bước tiếp theo: Đã học lớp bồi dưỡng nhận thức về Đảng");

        MockHttpServletResponse skipped = call(post(page + "/steps").param("stage", "DECISION").param("on", "10/05/2025")
                .param("decisionRef", "7-QĐ").param("version", "0"), t.clerkA());
        assertThat(skipped.getStatus()).isEqualTo(422);
        assertThat(skipped.getContentAsString()).contains("chưa thể ghi &quot;Đã có quyết định kết nạp&quot;");
        MockHttpServletResponse course = call(post(page + "/steps").param("stage", "COURSE").param("on", "20/03/2025")
                .param("version", "0"), t.clerkA());
        assertThat(course.getStatus()).isEqualTo(302);
        assertThat(call(get(page), t.clerkA()).getContentAsString()).contains("20/03/2025",
                "Bước tiếp theo: Đã hoàn thiện hồ sơ");
        MockHttpServletResponse stale = call(post(page + "/steps").param("stage", "DOSSIER").param("on", "01/04/2025")
                .param("version", "0"), t.clerkA());
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(call(get("/members/candidates"), t.clerkA()).getContentAsString()).contains("Giàng Thị Sinh");
        assertThat(call(get("/members/candidates"), t.clerkB()).getContentAsString()).doesNotContain("Giàng Thị Sinh");
        assertThat(call(get(page), t.clerkB()).getStatus()).isEqualTo(404);
    }

    @Test
    void theCeremonyThroughTheApiCreatesTheMember() throws Exception {
        String created = call(post("/api/v1/candidates").contentType(MediaType.APPLICATION_JSON).content("""
                {"fullName":"Lý Thị Nga","sex":"FEMALE","birthDate":"2000-02-29","organizationId":%d,
                 "outstandingOn":"2025-01-06"}""".formatted(t.cellA())), t.clerkA()).getContentAsString();
        long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
        String path = "/api/v1/candidates/" + id + "/steps";
        step(path, "{\"stage\":\"COURSE\",\"on\":\"2025-02-10\",\"version\":0}");
        step(path, "{\"stage\":\"DOSSIER\",\"on\":\"2025-03-10\",\"version\":1}");
        MockHttpServletResponse backwards = call(post(path).contentType(MediaType.APPLICATION_JSON)
                .content("{\"stage\":\"DECISION\",\"on\":\"2025-03-01\",\"decisionRef\":\"9-QĐ\",\"version\":2}"), t.clerkA());
        assertThat(backwards.getStatus()).isEqualTo(400);
        assertThat(backwards.getContentAsString()).contains("member.error.candidateDateOrder", "01/03/2025");
        step(path, "{\"stage\":\"DECISION\",\"on\":\"2025-04-01\",\"decisionRef\":\"9-QĐ/ĐU\",\"version\":2}");
        String admitted = step(path, "{\"stage\":\"ADMITTED\",\"on\":\"2025-04-15\",\"version\":3,"
                + "\"record\":{\"ethnicity\":\"Mông\",\"occupation\":\"Nông dân\"}}");
        assertThat(admitted).contains("\"stage\":\"ADMITTED\"", "\"ceremonyOn\":\"2025-04-15\"");
        long memberId = Long.parseLong(admitted.replaceAll(".*\"memberId\":(\\d+).*", "$1"));
        assertThat(as(t.clerkA(), () -> members.get(memberId)).occupation()).isEqualTo("Nông dân");
        assertThat(call(get("/api/v1/candidates/" + id), t.clerkB()).getStatus()).isEqualTo(404);
        assertThat(call(post(path).contentType(MediaType.APPLICATION_JSON).content("{\"stage\":\"DROPPED\","
                + "\"on\":\"2025-05-01\",\"reason\":\"x\",\"version\":4}"), t.clerkB()).getStatus()).isEqualTo(404);
    }

    private String step(String path, String body) throws Exception {
        MockHttpServletResponse response = call(post(path).contentType(MediaType.APPLICATION_JSON).content(body), t.clerkA());
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString();
    }

    @Test
    void targetsAreSetOnThePageAndProgressIsShownTheVietnameseWay() throws Exception {
        int year = as(t.clerkA(), () -> members.today()).getYear();
        LocalDate ceremony = LocalDate.of(year, 1, 20);
        as(t.clerkA(), () -> members.admit(new Members.NewMember(TestMembers.record("Bàn Văn Mới", Sex.MALE, 1999),
                t.cellA(), ceremony.minusDays(5), ceremony, "11-QĐ/ĐU")));
        MockHttpServletResponse set = call(post("/members/targets").param("organizationId", String.valueOf(t.cellA()))
                .param("year", String.valueOf(year)).param("quota", "3"), t.clerkA());
        assertThat(set.getStatus()).isEqualTo(302);
        String page = call(get("/members/targets").param("organizationId", String.valueOf(t.communeA()))
                .param("year", String.valueOf(year)), t.clerkA()).getContentAsString();
        assertThat(page).contains("1/3 = 33,33%");
        MockHttpServletResponse bad = call(post("/members/targets").param("organizationId", String.valueOf(t.cellA()))
                .param("year", String.valueOf(year)).param("quota", "ba"), t.clerkA());
        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat(bad.getContentAsString()).contains("Chỉ tiêu &quot;ba&quot; không phải là số nguyên");

        MockHttpServletResponse api = call(put("/api/v1/admission-targets").contentType(MediaType.APPLICATION_JSON)
                .content("{\"organizationId\":%d,\"year\":%d,\"quota\":4,\"version\":0}".formatted(t.cellA(), year)),
                t.clerkA());
        assertThat(api.getContentAsString()).contains("\"admitted\":1", "\"target\":4", "\"percent\":25.00");
        MockHttpServletResponse stale = call(put("/api/v1/admission-targets").contentType(MediaType.APPLICATION_JSON)
                .content("{\"organizationId\":%d,\"year\":%d,\"quota\":5,\"version\":0}".formatted(t.cellA(), year)),
                t.clerkA());
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(call(put("/api/v1/admission-targets").contentType(MediaType.APPLICATION_JSON)
                .content("{\"organizationId\":%d,\"year\":%d,\"quota\":5}".formatted(t.cellA(), year)), t.clerkB())
                .getStatus()).isEqualTo(403);
        assertThat(call(get("/api/v1/admission-targets").param("organizationId", String.valueOf(t.communeA()))
                .param("year", String.valueOf(year)), t.clerkB()).getStatus()).isEqualTo(404);
        assertThat(call(put("/api/v1/admission-targets").contentType(MediaType.APPLICATION_JSON)
                .content("{\"organizationId\":%d,\"year\":%d,\"quota\":5,\"version\":1}".formatted(t.cellA(), year)),
                t.viewerA()).getStatus()).isEqualTo(403);
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, SignedInUser as) throws Exception {
        return mvc.perform(request.with(user(as)).with(csrf())).andReturn().getResponse();
    }
}
