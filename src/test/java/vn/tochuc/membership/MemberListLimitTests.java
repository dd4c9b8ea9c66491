package vn.tochuc.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.tochuc.organization.OrganizationType.COMMUNE;
import static vn.tochuc.organization.OrganizationType.GRASSROOTS_CELL;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.tochuc.PostgresTest;
import vn.tochuc.access.Role;
import vn.tochuc.access.SignedInUser;
import vn.tochuc.access.TestUsers;
import vn.tochuc.organization.TestOrganizations;
import vn.tochuc.shared.DomainException;
import vn.tochuc.shared.Refusals;

/**
 * A subtree with more members than can be listed at once (here set to 3; 500,000 by default) is refused for the
 * list and the export with its count, and the page shows the count and the way down instead of the list.
 */
@PostgresTest
@TestPropertySource(properties = "tochuc.membership.max-listed=3")
class MemberListLimitTests {

    @Autowired WebApplicationContext context;
    @Autowired TestOrganizations build;
    @Autowired TestUsers users;
    @Autowired Members members;

    MockMvc mvc;
    long commune;
    long small;
    SignedInUser clerk;

    @BeforeEach
    void aCommuneOfFourMembersInTwoCells() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        commune = build.found(build.province(), COMMUNE, "Đảng bộ xã Mường Phăng " + TestOrganizations.next());
        long large = build.found(commune, GRASSROOTS_CELL, "Chi bộ bản Che Căn " + TestOrganizations.next());
        small = build.found(commune, GRASSROOTS_CELL, "Chi bộ bản Tọ Cuông " + TestOrganizations.next());
        clerk = users.create(Role.CLERK, commune);
        TestMembers.admit(members, clerk, large, TestMembers.record("Lò Văn Khương", Sex.MALE, 1975));
        TestMembers.admit(members, clerk, large, TestMembers.record("Quàng Thị Xuân", Sex.FEMALE, 1988));
        TestMembers.admit(members, clerk, small, TestMembers.record("Lường Văn Chiến", Sex.MALE, 1992));
        TestMembers.admit(members, clerk, small, TestMembers.record("Cà Thị Pảng", Sex.FEMALE, 1990));
    }

    @Test
    void moreThanTheMaximumIsRefusedWithTheCountAndTheCountStillWorks() {
        LocalDate today = TestUsers.as(clerk, members::today);
        DomainException refusal = Refusals.refused(DomainException.class,
                () -> TestUsers.as(clerk, () -> members.asOf(commune, today)));
        assertThat(refusal.key()).isEqualTo("member.error.tooManyToList");
        assertThat(refusal.arguments()[1]).isEqualTo(4L);
        assertThat(refusal.arguments()[2]).isEqualTo(3);
        assertThat(TestUsers.as(clerk, () -> members.countAsOf(commune, today))).isEqualTo(4);
        assertThat(TestUsers.as(clerk, () -> members.asOf(small, today))).extracting(MemberSummary::fullName)
                .containsExactly("Lường Văn Chiến", "Cà Thị Pảng");
    }

    @Test
    void thePageShowsTheCountAndTheWayDownInsteadOfTheList() throws Exception {
        String page = mvc.perform(get("/members").param("organizationId", Long.toString(commune)).with(user(clerk))
                .with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"too-many\"", "Có 4 đảng viên vào ngày này", "/organizations/" + commune)
                .doesNotContain("Lò Văn Khương", "id=\"export-xlsx\"");
    }
}
