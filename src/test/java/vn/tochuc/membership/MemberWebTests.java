package vn.tochuc.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static vn.tochuc.organization.OrganizationType.COMMUNE;
import static vn.tochuc.organization.OrganizationType.GRASSROOTS_CELL;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.tochuc.PostgresTest;
import vn.tochuc.access.Role;
import vn.tochuc.access.SignedInUser;
import vn.tochuc.access.TestUsers;
import vn.tochuc.organization.TestOrganizations;
import vn.tochuc.shared.Refusals;

/** Member pages and API over HTTP: sensitive data stays hidden, refusals come back with the reason and the input. */
@PostgresTest
class MemberWebTests {

    @Autowired WebApplicationContext context;
    @Autowired TestOrganizations build;
    @Autowired TestUsers users;
    @Autowired Members members;
    @Autowired JdbcClient jdbc;
    @Autowired MemberHistories histories;

    MockMvc mvc;
    long commune;
    long cell;
    SignedInUser clerk;
    SignedInUser viewer;
    String citizenId;
    long hoa;

    @BeforeEach
    void aCommuneWithOneMember() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        commune = build.found(build.province(), COMMUNE, "Đảng bộ xã Nà Hang " + TestOrganizations.next());
        cell = build.found(commune, GRASSROOTS_CELL, "Chi bộ thôn Bản Vàn " + TestOrganizations.next());
        clerk = users.create(Role.CLERK, commune);
        viewer = users.create(Role.VIEWER, commune);
        citizenId = TestMembers.citizenIdOfWomanBorn1985();
        MemberRecord record = TestMembers.withCitizenId("Nguyễn Thị Hoa", Sex.FEMALE, 1985, citizenId);
        hoa = TestMembers.admit(members, clerk, cell, new MemberRecord(record.fullName(), record.sex(),
                record.birthDate(), false, null, null, "Chứt", "Phật giáo Hòa Hảo", citizenId, null, null, null, null,
                null, null, "TD-" + TestOrganizations.next(), null));
    }

    @Test
    void aViewerNeverSeesASensitiveValueOnThePageOrInTheApi() throws Exception {
        for (String path : new String[] {"/members/" + hoa, "/api/v1/members/" + hoa, "/members?organizationId=" + commune}) {
            String body = call(get(path), viewer).getContentAsString();
            assertThat(body).as(path).contains("Nguyễn Thị Hoa").doesNotContain(citizenId, "Chứt", "Hòa Hảo");
        }
        String search = call(post("/members/search").param("q", citizenId), viewer).getContentAsString();
        assertThat(search).doesNotContain("Nguyễn Thị Hoa", citizenId);
        String clerkPage = call(get("/members/" + hoa), clerk).getContentAsString();
        assertThat(clerkPage).contains(citizenId, "Chứt", "Phật giáo Hòa Hảo");
    }

    @Test
    void aRecordCarriedOverWithoutABirthDateIsShownAsUnknownAndCannotBeSavedWithout() throws Exception {
        jdbc.sql("UPDATE member SET birth_date = NULL WHERE id = ?").param(hoa).update();
        assertThat(call(get("/members/" + hoa), clerk).getContentAsString()).contains("Chưa rõ");
        assertThat(call(get("/members?organizationId=" + commune), clerk).getContentAsString()).contains("Chưa rõ");
        MemberView view = TestUsers.as(clerk, () -> members.get(hoa));
        MemberRecord withoutBirth = new MemberRecord(view.fullName(), view.sex(), null, false, null, null,
                view.ethnicity(), view.religion(), view.citizenId(), null, null, null, null, null, null,
                view.cardNumber(), null);
        assertThat(Refusals.refused(() -> TestUsers.as(clerk, () -> {
            members.update(hoa, view.version(), withoutBirth);
            return null;
        })).key()).isEqualTo("member.error.birthDate");
    }

    @Test
    void aLongListIsShownAHundredAtATimeWithTheWholeCount() throws Exception {
        LocalDate ceremony = LocalDate.of(2020, 5, 19);
        List<MemberHistories.History> more = new java.util.ArrayList<>();
        for (int i = 1; i <= 150; i++) {
            more.add(new MemberHistories.History(TestMembers.record("Lò Văn Páo " + i, Sex.MALE, 1980),
                    List.of(LifeEvent.admission(cell, ceremony.minusDays(10), ceremony))));
        }
        TestUsers.as(clerk, () -> histories.load(more.iterator(), "Nạp thử"));
        String first = call(get("/members?organizationId=" + commune), clerk).getContentAsString();
        assertThat(first).contains("Tổng số: 151", "Trang 1/2", "id=\"page-next\"").doesNotContain("page-previous");
        assertThat(memberLinks(first)).isEqualTo(100);
        String second = call(get("/members?organizationId=" + commune + "&page=2"), clerk).getContentAsString();
        assertThat(second).contains("Tổng số: 151", "Trang 2/2", "id=\"page-previous\"").doesNotContain("page-next");
        assertThat(memberLinks(second)).isEqualTo(51);
    }

    private static long memberLinks(String page) {
        return java.util.regex.Pattern.compile("href=\"/members/\\d+\"").matcher(page).results().count();
    }

    @Test
    void anEarlyConversionIsRefusedWithTheReasonAndTheInputKept() throws Exception {
        int version = TestUsers.as(clerk, () -> members.get(hoa)).version();
        MockHttpServletResponse response = call(post("/members/" + hoa + "/events").param("kind", "CONVERSION")
                .param("effectiveOn", "19/03/2022").param("votesFor", "7").param("votesTotal", "9")
                .param("version", String.valueOf(version)), clerk);
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains("Chưa hết 12 tháng dự bị", "20/03/2022",
                "value=\"19/03/2022\"", "value=\"7\"");
        assertThat(TestUsers.as(clerk, () -> members.history(hoa))).hasSize(1);
    }

    @Test
    void aClerkAdmitsThroughTheFormAndFindsTheMemberWithoutAccents() throws Exception {
        MockHttpServletResponse admitted = call(post("/members").param("organizationId", String.valueOf(cell))
                .param("decisionOn", "01/02/2024").param("ceremonyOn", "20/02/2024").param("fullName", "Lò  Văn Bình")
                .param("sex", "MALE").param("birthDate", "1990").param("ethnicity", "Thái"), clerk);
        assertThat(admitted.getStatus()).isEqualTo(302);
        String page = call(get(admitted.getRedirectedUrl()), clerk).getContentAsString();
        assertThat(page).contains("Lò Văn Bình", "Năm 1990", "20/02/2025");
        assertThat(call(post("/members/search").param("q", "lo van b"), clerk).getContentAsString()).contains("Lò Văn Bình");
        String orgPage = call(get("/organizations/" + commune), clerk).getContentAsString();
        assertThat(orgPage).containsPattern("id=\"member-count\">2<");
    }

    @Test
    void theApiRefusesWithAProblemDetailAndReportsAConflict() throws Exception {
        MockHttpServletResponse early = call(post("/api/v1/members/" + hoa + "/events").contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":0,\"event\":{\"kind\":\"CONVERSION\",\"effectiveOn\":\"2022-03-19\",\"votesFor\":9,\"votesTotal\":9}}"), clerk);
        assertThat(early.getStatus()).isEqualTo(400);
        assertThat(early.getContentAsString()).contains("20/03/2022");
        MockHttpServletResponse converted = call(post("/api/v1/members/" + hoa + "/events").contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":0,\"event\":{\"kind\":\"CONVERSION\",\"effectiveOn\":\"2022-03-25\",\"votesFor\":6,\"votesTotal\":9}}"), clerk);
        assertThat(converted.getStatus()).isEqualTo(200);
        assertThat(converted.getContentAsString()).contains("\"status\":\"OFFICIAL\"", "\"officialOn\":\"2022-03-20\"");
        MockHttpServletResponse stale = call(put("/api/v1/members/" + hoa).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":0,\"record\":{\"fullName\":\"Nguyễn Thị Hoa\",\"sex\":\"FEMALE\",\"birthDate\":\"1985-06-15\"}}"), clerk);
        assertThat(stale.getStatus()).as(stale.getContentAsString()).isEqualTo(409);
        assertThat(TestUsers.as(clerk, () -> members.get(hoa)).citizenId()).isEqualTo(citizenId);
        assertThat(LocalDate.of(2022, 3, 20)).isEqualTo(TestUsers.as(clerk, () -> members.get(hoa)).officialOn());
    }

    @Test
    void theApiIsDescribedInOpenApi() throws Exception {
        MockHttpServletResponse docs = call(get("/v3/api-docs"), viewer);
        assertThat(docs.getStatus()).isEqualTo(200);
        assertThat(docs.getContentAsString()).contains("/api/v1/members/{id}/events", "/api/v1/members/search");
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, SignedInUser as) throws Exception {
        return mvc.perform(request.with(user(as)).with(csrf())).andReturn().getResponse();
    }
}
