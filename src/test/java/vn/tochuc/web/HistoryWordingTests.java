package vn.tochuc.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.tochuc.PostgresTest;
import vn.tochuc.access.Role;
import vn.tochuc.access.SignedInUser;
import vn.tochuc.access.SystemTasks;
import vn.tochuc.access.TestUsers;
import vn.tochuc.membership.Candidates;
import vn.tochuc.membership.Members;
import vn.tochuc.membership.Sex;
import vn.tochuc.membership.TestMembers;
import vn.tochuc.organization.OrganizationType;
import vn.tochuc.organization.TestOrganizations;

/** Histories and the audit trail speak the user's language: actions by their label, the system by its name. */
@PostgresTest
class HistoryWordingTests {

    @Autowired WebApplicationContext context;
    @Autowired TestOrganizations build;
    @Autowired TestUsers users;
    @Autowired Candidates candidates;
    @Autowired Members members;

    MockMvc mvc;
    long commune;
    long cell;
    long member;
    SignedInUser staff;

    @BeforeEach
    void aCellFoundedAndAMemberAdmittedByTheSystem() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        commune = build.found(build.province(), OrganizationType.COMMUNE, "Đảng bộ xã Minh Thanh " + TestOrganizations.next());
        cell = build.found(commune, OrganizationType.GRASSROOTS_CELL, "Chi bộ thôn Khuôn Ráng " + TestOrganizations.next());
        staff = users.create(Role.ORGANIZING_STAFF, commune);
        member = SystemTasks.run(() -> members.admit(new Members.NewMember(TestMembers.record("Ma Thị Lan", Sex.FEMALE,
                1990), cell, TestMembers.DECISION, TestMembers.CEREMONY, "7-QĐ/ĐU")));
        TestUsers.as(staff, () -> candidates.introduce(new Candidates.NewCandidate("Hoàng Văn Tú", Sex.MALE,
                LocalDate.of(2001, 5, 6), cell, LocalDate.of(2025, 3, 4))));
    }

    @Test
    void writesOfTheSystemAreRecordedByHeThong() throws Exception {
        for (String path : new String[] {"/organizations/" + cell, "/members/" + member, "/audit?organizationId=" + cell}) {
            assertThat(page(path)).as(path).contains(">Hệ thống<").doesNotContain(">system<");
        }
        assertThat(page("/organizations/" + cell + "?lang=en")).contains(">System<").doesNotContain(">system<");
    }

    @Test
    void theAuditTrailNamesAnAdmissionStepByItsLabel() throws Exception {
        String audit = page("/audit?organizationId=" + cell);
        assertThat(audit).contains(">Ghi nhận quần chúng ưu tú<").doesNotContain(">CANDIDATE_INTRODUCED<");
        assertThat(page("/audit?organizationId=" + cell + "&lang=en")).contains(">Outstanding person recorded<");
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(user(staff))).andReturn().getResponse().getContentAsString();
    }
}
