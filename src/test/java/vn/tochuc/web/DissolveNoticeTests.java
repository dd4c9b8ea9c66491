package vn.tochuc.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.tochuc.PostgresTest;
import vn.tochuc.access.Role;
import vn.tochuc.access.SignedInUser;
import vn.tochuc.access.TestUsers;
import vn.tochuc.membership.Members;
import vn.tochuc.membership.Sex;
import vn.tochuc.membership.TestMembers;
import vn.tochuc.organization.OrganizationType;
import vn.tochuc.organization.TestOrganizations;

/** The dissolve form says up front that members filed in the organisation must be transferred first. */
@PostgresTest
class DissolveNoticeTests {

    @Autowired WebApplicationContext context;
    @Autowired TestOrganizations build;
    @Autowired TestUsers users;
    @Autowired Members members;

    MockMvc mvc;
    long commune;
    SignedInUser staff;

    @BeforeEach
    void aCommuneAndItsStaff() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        commune = build.found(build.province(), OrganizationType.COMMUNE, "Đảng bộ xã Thượng Lâm " + TestOrganizations.next());
        staff = users.create(Role.ORGANIZING_STAFF, commune);
    }

    @Test
    void aCellWithMembersShowsHowManyAndWhatToDoBeforeTheFormIsSent() throws Exception {
        String name = "Chi bộ thôn Nà Reo " + TestOrganizations.next();
        long cell = build.found(commune, OrganizationType.GRASSROOTS_CELL, name);
        for (String person : new String[] {"Ma Văn Hùng", "Hà Thị Nga"}) {
            TestMembers.admit(members, staff, cell, TestMembers.record(person, Sex.MALE, 1980));
        }
        assertThat(dissolveForm(cell)).contains("id=\"members-notice\"", name + " hiện còn 2 đảng viên sinh hoạt",
                "hãy chuyển sinh hoạt đảng", "sáp nhập");
    }

    @Test
    void aCellWithoutMembersHasNoSuchNotice() throws Exception {
        long cell = build.found(commune, OrganizationType.GRASSROOTS_CELL, "Chi bộ thôn Khuổi Ho " + TestOrganizations.next());
        assertThat(dissolveForm(cell)).doesNotContain("members-notice");
    }

    private String dissolveForm(long id) throws Exception {
        return mvc.perform(get("/organizations/" + id + "/dissolve").with(user(staff))).andReturn().getResponse()
                .getContentAsString();
    }
}
