package vn.tochuc.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

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
import vn.tochuc.organization.OrganizationType;
import vn.tochuc.organization.TestOrganizations;

/** An address that leads nowhere: the Vietnamese page for a browser, a Vietnamese problem for the API. */
@PostgresTest
class UnknownAddressTests {

    @Autowired WebApplicationContext context;
    @Autowired TestOrganizations build;
    @Autowired TestUsers users;

    MockMvc mvc;
    SignedInUser viewer;

    @BeforeEach
    void aViewer() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        long commune = build.found(build.province(), OrganizationType.COMMUNE, "Đảng bộ xã Yên Phú " + TestOrganizations.next());
        viewer = users.create(Role.VIEWER, commune);
    }

    @Test
    void aBrowserAskingForAnUnknownPageGetsTheVietnameseErrorPage() throws Exception {
        for (String path : new String[] {"/reports", "/members/work/abc"}) {
            MockHttpServletResponse response = mvc.perform(get(path).accept(MediaType.TEXT_HTML).with(user(viewer)))
                    .andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(404);
            assertThat(response.getContentType()).as(path).startsWith("text/html");
            assertThat(response.getContentAsString()).as(path).contains("Không tìm thấy trang")
                    .doesNotContain("static resource", "Not Found", "Exception");
        }
    }

    @Test
    void anUnknownApiAddressIsAProblemInVietnamese() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/reports").accept(MediaType.APPLICATION_JSON)
                .with(user(viewer))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("Không có địa chỉ này").doesNotContain("static resource",
                "Not Found");
    }
}
