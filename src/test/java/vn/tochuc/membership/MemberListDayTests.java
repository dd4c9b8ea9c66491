package vn.tochuc.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

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
import vn.tochuc.organization.Commands;
import vn.tochuc.organization.OrganizationType;
import vn.tochuc.organization.TestOrganizations;
import vn.tochuc.organization.TreeChanges;

/** The member list keeps itself on a mistyped day and on a day outside the organisation's life. */
@PostgresTest
class MemberListDayTests {

    @Autowired WebApplicationContext context;
    @Autowired TestOrganizations build;
    @Autowired TestUsers users;
    @Autowired Members members;
    @Autowired TreeChanges changes;

    MockMvc mvc;
    SignedInUser staff;
    long cell;
    long other;

    @BeforeEach
    void aCellWithAMemberMergedOnTheFirstOfJuly() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        long commune = build.found(build.province(), OrganizationType.COMMUNE, "Đảng bộ xã Yên Bình " + TestOrganizations.next());
        cell = build.found(commune, OrganizationType.GRASSROOTS_CELL, "Chi bộ thôn Làng Chạp " + TestOrganizations.next());
        other = build.found(commune, OrganizationType.GRASSROOTS_CELL, "Chi bộ thôn Khe Lụa " + TestOrganizations.next());
        staff = users.create(Role.ORGANIZING_STAFF, commune);
        TestMembers.admit(members, staff, cell, TestMembers.record("Bàn Văn Chấn", Sex.MALE, 1979));
    }

    @Test
    void aMistypedDayIsNamedAboveTodaysListAndStaysInTheBox() throws Exception {
        MockHttpServletResponse response = list(cell, "31/02/2025");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("id=\"list-error\"", "value=\"31/02/2025\"", "Bàn Văn Chấn");
    }

    @Test
    void aDayAfterTheCellEndedSaysWhenAndListsItsLastDay() throws Exception {
        TestUsers.as(staff, () -> changes.merge(new Commands.Merge(java.util.List.of(cell), other, null,
                Commands.Effect.on(LocalDate.of(2025, 7, 1), null))));
        MockHttpServletResponse response = list(cell, "01/07/2025");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("id=\"list-error\"", "đã kết thúc hoạt động từ ngày 01/07/2025",
                "30/06/2025", "Bàn Văn Chấn");
    }

    private MockHttpServletResponse list(long organization, String day) throws Exception {
        return mvc.perform(get("/members").param("organizationId", Long.toString(organization)).param("day", day)
                .with(user(staff))).andReturn().getResponse();
    }
}
