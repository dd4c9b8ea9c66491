package vn.tochuc.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.tochuc.PostgresTest;
import vn.tochuc.access.Role;
import vn.tochuc.access.SignedInUser;
import vn.tochuc.access.TestUsers;
import vn.tochuc.membership.Candidates;
import vn.tochuc.membership.Sex;
import vn.tochuc.organization.OrganizationType;
import vn.tochuc.organization.TestOrganizations;

/** A form that only writes is refused when it is opened, as its submission is, to whoever may not write. */
@PostgresTest
class WriteFormsTests {

    @Autowired WebApplicationContext context;
    @Autowired TestOrganizations build;
    @Autowired TestUsers users;
    @Autowired Candidates candidates;

    MockMvc mvc;
    long cell;
    SignedInUser viewer;
    SignedInUser clerk;
    SignedInUser staff;

    @BeforeEach
    void aCommuneWithACell() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        long commune = build.found(build.province(), OrganizationType.COMMUNE, "Đảng bộ xã Tân Trào " + TestOrganizations.next());
        cell = build.found(commune, OrganizationType.GRASSROOTS_CELL, "Chi bộ thôn Tân Lập " + TestOrganizations.next());
        viewer = users.create(Role.VIEWER, commune);
        clerk = users.create(Role.CLERK, commune);
        staff = users.create(Role.ORGANIZING_STAFF, commune);
    }

    private List<String> memberForms() {
        return List.of("/members/new", "/members/import");
    }

    private List<String> treeForms() {
        return List.of("found", "rename", "move", "merge", "split", "dissolve").stream()
                .map(change -> "/organizations/" + cell + "/" + change).toList();
    }

    private List<String> userForms() {
        return List.of("/users/new", "/users/" + viewer.id());
    }

    @Test
    void aViewerIsRefusedEveryWriteFormUpFront() throws Exception {
        for (String path : concat(memberForms(), treeForms(), userForms())) {
            MockHttpServletResponse response = open(path, viewer);
            assertThat(response.getStatus()).as(path).isEqualTo(403);
            assertThat(response.getContentAsString()).as(path).contains("Vai trò của bạn không được phép")
                    .doesNotContain("<form class=\"stack");
        }
    }

    @Test
    void aViewerReadsThePagesThatAlsoHoldAFormWithoutTheForm() throws Exception {
        long candidate = TestUsers.as(clerk, () -> candidates.introduce(new Candidates.NewCandidate("Lý Văn Sáng",
                Sex.MALE, LocalDate.of(2000, 3, 4), cell, LocalDate.of(2025, 2, 3))));
        var pages = java.util.Map.of("/members/candidates", "introduce-form", "/members/candidates/" + candidate,
                "step-form", "/members/targets", "target-form");
        for (var page : pages.entrySet()) {
            MockHttpServletResponse response = open(page.getKey(), viewer);
            assertThat(response.getStatus()).as(page.getKey()).isEqualTo(200);
            assertThat(response.getContentAsString()).as(page.getKey()).doesNotContain(page.getValue());
            assertThat(open(page.getKey(), clerk).getContentAsString()).as(page.getKey()).contains(page.getValue());
        }
    }

    @Test
    void aClerkOpensTheMemberFormsButNotTheTreeOrAccountForms() throws Exception {
        for (String path : memberForms()) {
            assertThat(open(path, clerk).getStatus()).as(path).isEqualTo(200);
        }
        for (String path : concat(treeForms(), userForms())) {
            assertThat(open(path, clerk).getStatus()).as(path).isEqualTo(403);
        }
        for (String path : concat(memberForms(), treeForms(), userForms())) {
            assertThat(open(path, staff).getStatus()).as(path).isEqualTo(200);
        }
    }

    private MockHttpServletResponse open(String path, SignedInUser who) throws Exception {
        return mvc.perform(get(path).accept(MediaType.TEXT_HTML).with(user(who))).andReturn().getResponse();
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }
}
