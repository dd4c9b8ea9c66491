package vn.tochuc.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.tochuc.organization.OrganizationType.COMMUNE;
import static vn.tochuc.organization.OrganizationType.GRASSROOTS_CELL;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.HtmlUtils;
import vn.tochuc.PostgresTest;
import vn.tochuc.access.Role;
import vn.tochuc.access.SignedInUser;
import vn.tochuc.access.TestUsers;
import vn.tochuc.organization.TestOrganizations;

/** A wrong entry on a form is named by the field's Vietnamese label, never by its English name. */
@PostgresTest
class FieldLabelWebTests {

    @Autowired WebApplicationContext context;
    @Autowired TestOrganizations build;
    @Autowired TestUsers users;
    @Autowired AdmissionTargets targets;
    @Autowired Candidates candidates;

    MockMvc mvc;
    long commune;
    long cell;
    SignedInUser clerk;

    @BeforeEach
    void aCommuneWithACell() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        commune = build.found(build.province(), COMMUNE, "Đảng bộ xã Kim Bình " + TestOrganizations.next());
        cell = build.found(commune, GRASSROOTS_CELL, "Chi bộ thôn Bản Chợ " + TestOrganizations.next());
        clerk = users.create(Role.CLERK, commune);
    }

    @Test
    void aQuotaWithADotBetweenThousandsIsOneThousand() throws Exception {
        MockHttpServletResponse saved = call(target("1.000"));
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(TestUsers.as(clerk, () -> targets.progress(commune, 2025)).ownQuota()).isEqualTo(1000);
    }

    @Test
    void aQuotaThatIsNoNumberIsNamedChiTieu() throws Exception {
        MockHttpServletResponse refused = call(target("mười"));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(text(refused)).contains("Chỉ tiêu \"mười\" không phải là số nguyên").doesNotContain("Trường \"quota\"");
    }

    @Test
    void anImpossibleDateOnTheAdmissionFormNamesItsField() throws Exception {
        assertThat(text(call(admission("31/02/2000", "20/03/2021")))).contains("Ngày sinh \"31/02/2000\" không hợp lệ");
        assertThat(text(call(admission("15/06/1990", "31/02/2021"))))
                .contains("Ngày lễ kết nạp \"31/02/2021\" không hợp lệ");
    }

    @Test
    void anImpossibleDateOnTheCandidateFormsNamesItsField() throws Exception {
        assertThat(text(call(post("/members/candidates").param("organizationId", String.valueOf(cell))
                .param("fullName", "Lường Thị Hoa").param("sex", "FEMALE").param("birthDate", "12/08/2002")
                .param("outstandingOn", "31/02/2025"))))
                .contains("Ngày được giới thiệu là quần chúng ưu tú \"31/02/2025\" không hợp lệ");
        long id = TestUsers.as(clerk, () -> candidates.introduce(new Candidates.NewCandidate("Lường Văn Tâm",
                Sex.MALE, LocalDate.of(2001, 2, 3), cell, LocalDate.of(2025, 1, 6))));
        assertThat(text(call(post("/members/candidates/" + id + "/steps").param("stage", "COURSE")
                .param("on", "30/02/2025").param("version", "0"))))
                .contains("Ngày cấp giấy chứng nhận \"30/02/2025\" không hợp lệ");
    }

    private MockHttpServletRequestBuilder target(String quota) {
        return post("/members/targets").param("organizationId", String.valueOf(commune)).param("year", "2025")
                .param("quota", quota);
    }

    private MockHttpServletRequestBuilder admission(String birthDate, String ceremonyOn) {
        return post("/members").param("fullName", "Hà Văn Sơn").param("sex", "MALE").param("birthDate", birthDate)
                .param("ethnicity", "Tày").param("organizationId", String.valueOf(cell)).param("decisionOn", "01/03/2021")
                .param("ceremonyOn", ceremonyOn).param("decisionRef", "5-QĐ/ĐU");
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(clerk)).with(csrf())).andReturn().getResponse();
    }

    private static String text(MockHttpServletResponse response) throws Exception {
        return HtmlUtils.htmlUnescape(response.getContentAsString());
    }
}
