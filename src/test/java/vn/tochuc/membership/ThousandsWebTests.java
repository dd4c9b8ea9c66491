package vn.tochuc.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.tochuc.organization.OrganizationType.COMMUNE;
import static vn.tochuc.organization.OrganizationType.GRASSROOTS_CELL;

import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.tochuc.PostgresTest;
import vn.tochuc.access.Role;
import vn.tochuc.access.SignedInUser;
import vn.tochuc.access.TestUsers;
import vn.tochuc.membership.MemberHistories.History;
import vn.tochuc.organization.TestOrganizations;

/** Counts of a thousand and more are written the Vietnamese way, 1.000, on the pages and in the audit trail. */
@PostgresTest
class ThousandsWebTests {

    static final int YEAR = 2024;

    @Autowired WebApplicationContext context;
    @Autowired TestOrganizations build;
    @Autowired TestUsers users;
    @Autowired MemberHistories histories;
    @Autowired AdmissionTargets targets;

    MockMvc mvc;
    long commune;
    SignedInUser clerk;

    @BeforeEach
    void aThousandMembersAdmittedInOneYear() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        commune = build.found(build.province(), COMMUNE, "Đảng bộ xã Hòa Bình " + TestOrganizations.next());
        long cell = build.found(commune, GRASSROOTS_CELL, "Chi bộ thôn Đồng Mới " + TestOrganizations.next(),
                LocalDate.of(2020, 1, 1));
        clerk = users.create(Role.CLERK, commune);
        LocalDate ceremony = LocalDate.of(YEAR, 5, 5);
        TestUsers.as(clerk, () -> histories.load(IntStream.range(0, 1000).mapToObj(i -> new History(
                TestMembers.record("Đảng Viên Số " + i, Sex.MALE, 1990), java.util.List.of(
                        LifeEvent.admission(cell, ceremony.minusDays(20), ceremony)))).iterator(), "Nạp thử một nghìn"));
        TestUsers.as(clerk, () -> targets.set(commune, YEAR, 1500, null));
    }

    @Test
    void theOrganisationPageCountsMembersWithADotBetweenThousands() throws Exception {
        assertThat(page(get("/organizations/" + commune))).contains("id=\"member-count\">1.000<");
    }

    @Test
    void targetProgressGroupsThousandsAndPutsThePercentSignRightAfterTheNumber() throws Exception {
        String page = page(get("/members/targets").param("organizationId", String.valueOf(commune))
                .param("year", String.valueOf(YEAR)));
        assertThat(page).contains("Kết quả / chỉ tiêu:</strong> <span id=\"progress-shown\">1.000/1.500 = 66,67%</span>");
    }

    @Test
    void theExportIsAuditedWithTheCountGrouped() throws Exception {
        mvc.perform(get("/members/export").param("organizationId", String.valueOf(commune)).param("format", "csv")
                .with(user(clerk))).andReturn();
        assertThat(page(get("/audit").param("organizationId", String.valueOf(commune))))
                .contains("Xuất danh sách 1.000 đảng viên");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(clerk))).andReturn().getResponse().getContentAsString();
    }
}
