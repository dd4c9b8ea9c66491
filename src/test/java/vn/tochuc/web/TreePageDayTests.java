package vn.tochuc.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

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
import vn.tochuc.organization.OrganizationType;
import vn.tochuc.organization.TestOrganizations;

/** The tree page keeps itself when the day typed is impossible or before one's own organisation existed. */
@PostgresTest
class TreePageDayTests {

    @Autowired WebApplicationContext context;
    @Autowired TestOrganizations build;
    @Autowired TestUsers users;

    MockMvc mvc;
    SignedInUser staff;
    String cellName;

    @BeforeEach
    void aCommuneFoundedIn2020() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        long commune = build.found(build.province(), OrganizationType.COMMUNE, "Đảng bộ xã Tân Lập " + TestOrganizations.next());
        cellName = "Chi bộ thôn Đồng Mỏ " + TestOrganizations.next();
        build.found(commune, OrganizationType.GRASSROOTS_CELL, cellName);
        staff = users.create(Role.ORGANIZING_STAFF, commune);
    }

    @Test
    void anImpossibleDayIsNamedAboveTodaysTreeAndStaysInTheBox() throws Exception {
        MockHttpServletResponse response = tree("31/02/2025");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("id=\"tree-error\"", "31/02/2025", cellName,
                "value=\"31/02/2025\"");
    }

    @Test
    void aDayBeforeOnesOwnOrganisationExistedSaysWhenItWasFounded() throws Exception {
        MockHttpServletResponse response = tree("01/01/2019");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("id=\"tree-error\"", "được thành lập ngày 01/01/2020",
                cellName);
    }

    private MockHttpServletResponse tree(String day) throws Exception {
        return mvc.perform(get("/organizations").param("day", day).with(user(staff))).andReturn().getResponse();
    }
}
