package vn.tochuc.access.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
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
import vn.tochuc.organization.Commands.Effect;
import vn.tochuc.organization.Commands.Merge;
import vn.tochuc.organization.OrganizationType;
import vn.tochuc.organization.TestOrganizations;
import vn.tochuc.organization.TreeChanges;

/** The accounts page: an account whose organisation has ended is shown, marked, for moving to a successor. */
@PostgresTest
class UserPagesTests {

    @Autowired WebApplicationContext context;
    @Autowired TestOrganizations build;
    @Autowired TestUsers users;
    @Autowired TreeChanges changes;

    @Test
    void theAccountsPageMarksAnAccountWhoseOrganisationHasEnded() throws Exception {
        long province = build.province();
        long kept = build.found(province, OrganizationType.COMMUNE, "Đảng ủy xã Còn Lại");
        long merged = build.found(province, OrganizationType.COMMUNE, "Đảng ủy xã Sáp Nhập");
        SignedInUser admin = users.create(Role.ADMIN, province);
        SignedInUser active = users.create(Role.CLERK, kept);
        SignedInUser stranded = users.create(Role.CLERK, merged);
        SystemTasks.run(() -> changes.merge(new Merge(List.of(merged), kept, null,
                Effect.on(LocalDate.of(2025, 7, 1), null))));
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();

        String html = mvc.perform(get("/users").with(user(admin))).andReturn().getResponse().getContentAsString();

        assertThat(row(html, stranded)).contains("Đảng ủy xã Sáp Nhập", "tổ chức đã kết thúc");
        assertThat(row(html, active)).contains("Đảng ủy xã Còn Lại").doesNotContain("đã kết thúc");
    }

    @Test
    void theFormOfAnAccountWhoseOrganisationHasEndedAsksForTheSuccessorInsteadOfPreselectingAnother() throws Exception {
        long province = build.province();
        long kept = build.found(province, OrganizationType.COMMUNE, "Đảng ủy xã Còn Lại");
        long merged = build.found(province, OrganizationType.COMMUNE, "Đảng ủy xã Sáp Nhập");
        SignedInUser admin = users.create(Role.ADMIN, province);
        SignedInUser stranded = users.create(Role.CLERK, merged);
        SystemTasks.run(() -> changes.merge(new Merge(List.of(merged), kept, null,
                Effect.on(LocalDate.of(2025, 7, 1), null))));
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();

        var response = mvc.perform(get("/users/" + stranded.id()).with(user(admin))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("id=\"scope-ended\"", "Đảng ủy xã Sáp Nhập đã kết thúc",
                "<option value=\"\" selected>— chọn tổ chức kế tục —</option>");
    }

    /** The table row of the account's username. */
    private static String row(String html, SignedInUser user) {
        return java.util.Arrays.stream(html.split("<tr"))
                .filter(tr -> tr.contains(">" + user.username() + "<")).findFirst().orElseThrow();
    }
}
