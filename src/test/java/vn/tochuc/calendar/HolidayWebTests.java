package vn.tochuc.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.tochuc.PostgresTest;
import vn.tochuc.access.Role;
import vn.tochuc.access.SignedInUser;
import vn.tochuc.access.TestUsers;
import vn.tochuc.organization.TestOrganizations;

/** The holiday page and the JSON list: Vietnamese refusals on the page, ProblemDetail on the API. */
@PostgresTest
class HolidayWebTests {

    @Autowired WebApplicationContext context;
    @Autowired TestOrganizations build;
    @Autowired TestUsers users;
    @Autowired HolidayCalendar calendar;

    MockMvc mvc;
    SignedInUser admin;
    SignedInUser clerk;

    @BeforeEach
    void users() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        long province = build.province();
        admin = users.create(Role.ADMIN, province);
        clerk = users.create(Role.CLERK, province);
    }

    @Test
    void thePageListsTheDaysOffOfTheYearWithTheirWeekday() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/admin/holidays").param("year", "2025").with(user(admin)))
                .andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("29/01/2025", "Tết Nguyên đán Ất Tỵ (mùng 1 Tết)", "02/09/2025",
                "Thêm ngày nghỉ", "/admin/holidays/remove");
    }

    @Test
    void anAdministratorAddsADayThroughTheForm() throws Exception {
        MockHttpServletResponse added = mvc.perform(post("/admin/holidays").param("day", "6/3/2034")
                .param("name", "Ngày nghỉ thử").with(user(admin)).with(csrf())).andReturn().getResponse();
        assertThat(added.getStatus()).isEqualTo(302);
        assertThat(added.getRedirectedUrl()).isEqualTo("/admin/holidays?year=2034");
        assertThat(calendar.list(2034)).containsExactly(new Holiday(LocalDate.of(2034, 3, 6), "Ngày nghỉ thử"));
    }

    @Test
    void anImpossibleDateIsExplainedInVietnameseOnThePage() throws Exception {
        MockHttpServletResponse page = mvc.perform(post("/admin/holidays").param("day", "31/02/2035")
                .param("name", "Ngày không có").with(user(admin)).with(csrf())).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(422);
        assertThat(page.getContentAsString()).contains("Ngày &quot;31/02/2035&quot; không hợp lệ", "Ngày không có");
    }

    @Test
    void aClerkSeesTheCalendarWithoutTheFormAndIsRefusedOnPost() throws Exception {
        String page = mvc.perform(get("/admin/holidays").param("year", "2026").with(user(clerk)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Tết Nguyên đán Bính Ngọ").doesNotContain("Thêm ngày nghỉ");

        MockHttpServletResponse refused = mvc.perform(post("/admin/holidays").param("day", "07/03/2035")
                .param("name", "Thử").with(user(clerk)).with(csrf())).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentAsString()).contains("Vai trò của bạn không được phép thực hiện thao tác này.");
        assertThat(calendar.list(2035)).isEmpty();
    }

    @Test
    void theApiListsAYearAsJsonAndRefusesAnAbsurdYear() throws Exception {
        String json = mvc.perform(get("/api/v1/holidays").param("year", "2024").with(user(clerk)))
                .andReturn().getResponse().getContentAsString();
        assertThat(json).contains("{\"day\":\"2024-02-12\",\"name\":\"Tết Nguyên đán Giáp Thìn (nghỉ bù; mùng 1 Tết là thứ Bảy 10/02/2024)\"}");

        MockHttpServletResponse bad = mvc.perform(get("/api/v1/holidays").param("year", "20245").with(user(clerk)))
                .andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString()).contains("Năm 20245 nằm ngoài khoảng 2000–2100.", "\"field\":\"year\"");
    }
}
