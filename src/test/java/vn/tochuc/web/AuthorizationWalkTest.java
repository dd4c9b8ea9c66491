package vn.tochuc.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.tochuc.PostgresTest;
import vn.tochuc.access.ApiTokens;
import vn.tochuc.access.Role;
import vn.tochuc.access.SignedInUser;
import vn.tochuc.access.TestUsers;
import vn.tochuc.organization.OrganizationType;
import vn.tochuc.organization.TestOrganizations;

/**
 * Walks every registered endpoint, HTML and API, as the organising staff of one commune against another
 * commune's records. Endpoints that name a record (a path variable) must answer 403 or 404; endpoints
 * that name none must not reveal the other commune's data. New endpoints are covered without being
 * listed here.
 */
@PostgresTest
class AuthorizationWalkTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    TestOrganizations organizations;
    @Autowired
    TestUsers users;
    @Autowired
    ApiTokens tokens;

    MockMvc mvc;
    SignedInUser staffOfA;
    long foreignOrganization;
    long foreignUser;
    long foreignToken;
    String foreignName;

    @BeforeEach
    void twoCommunes() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        long province = organizations.province();
        long communeA = organizations.found(province, OrganizationType.COMMUNE, "Đảng bộ xã Nà Hang " + TestOrganizations.next());
        long communeB = organizations.found(province, OrganizationType.COMMUNE, "Đảng bộ xã Khuổi Nà " + TestOrganizations.next());
        organizations.found(communeA, OrganizationType.GRASSROOTS_CELL, "Chi bộ thôn Bản Vàn " + TestOrganizations.next());
        foreignName = "Đảng bộ Trường Bí Mật " + TestOrganizations.next();
        foreignOrganization = organizations.found(communeB, OrganizationType.GRASSROOTS_COMMITTEE, foreignName);
        organizations.found(foreignOrganization, OrganizationType.CELL, "Chi bộ Tổ Bí Mật " + TestOrganizations.next());
        staffOfA = users.create(Role.ORGANIZING_STAFF, communeA);
        SignedInUser userOfB = users.create(Role.ORGANIZING_STAFF, communeB);
        foreignUser = userOfB.id();
        TestUsers.as(userOfB, () -> tokens.create("khóa của xã khác"));
        foreignToken = TestUsers.as(userOfB, () -> tokens.mine().getFirst().id());
    }

    @Test
    void everyEndpointDeniesAnotherCommunesRecords() throws Exception {
        Map<String, Integer> targeted = new TreeMap<>();
        List<String> leaks = new ArrayList<>();
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            HandlerMethod handler = entry.getValue();
            if (!handler.getBeanType().getPackageName().startsWith("vn.tochuc")) {
                continue;
            }
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    String path = fill(pattern);
                    MockHttpServletResponse response = call(method, path, pattern.startsWith("/api/"));
                    String label = method + " " + pattern;
                    if (pattern.contains("{")) {
                        targeted.put(label, response.getStatus());
                    } else if (response.getContentAsString().contains(foreignName)) {
                        leaks.add(label);
                    }
                    assertThat(response.getStatus()).as(label + " must not fail with a server error").isLessThan(500);
                }
            }
        }
        assertThat(targeted).as("endpoints that name a record").hasSizeGreaterThan(15);
        assertThat(targeted).allSatisfy((label, status) -> assertThat(status).as(label).isIn(403, 404));
        assertThat(leaks).as("endpoints that showed the other commune's organisation").isEmpty();
    }

    private MockHttpServletResponse call(RequestMethod method, String path, boolean api) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method.name()), path)
                .with(user(staffOfA)).with(csrf());
        if (method == RequestMethod.GET) {
            request.param("q", foreignName.substring(0, 20)).param("organizationId", String.valueOf(foreignOrganization));
        } else if (api) {
            request.contentType(MediaType.APPLICATION_JSON).content(body());
        } else {
            idParams(request);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /** A JSON body that passes validation and names the other commune's records wherever an id goes. */
    private String body() {
        String id = String.valueOf(foreignOrganization);
        return """
                {"name":"Tên thử","newName":"Tên mới thử","type":"CELL","parentId":%1$s,"newParentId":%1$s,
                 "targetId":%1$s,"sourceIds":[%1$s],"scopeOrganizationId":%1$s,"effectiveOn":"2024-01-02",
                 "username":"walker-%2$d","fullName":"Người thử","password":"matkhau2025","role":"VIEWER",
                 "version":0,"enabled":true,"parts":[{"name":"A","childIds":[]},{"name":"B","childIds":[]}],
                 "newTarget":{"name":"Mới","type":"GRASSROOTS_COMMITTEE","parentId":%1$s}}"""
                .formatted(id, TestOrganizations.next());
    }

    private void idParams(MockHttpServletRequestBuilder request) {
        String id = String.valueOf(foreignOrganization);
        for (String name : List.of("parentId", "newParentId", "targetId", "sourceIds", "scopeOrganizationId")) {
            request.param(name, id);
        }
        request.param("name", "Tên thử").param("type", "CELL").param("effectiveOn", "02/01/2024")
                .param("password", "matkhau2025").param("role", "VIEWER").param("fullName", "Người thử")
                .param("username", "walker-" + TestOrganizations.next()).param("label", "thử")
                .param("currentPassword", "sai-mat-khau-1").param("newPassword", "matkhau2026")
                .param("newPasswordAgain", "matkhau2026").param("partName", "A", "B").param("target", "existing");
    }

    private String fill(String pattern) {
        String value = pattern.contains("/users/") ? String.valueOf(foreignUser)
                : pattern.contains("/tokens/") ? String.valueOf(foreignToken) : String.valueOf(foreignOrganization);
        return pattern.replaceAll("\\{change:[^}]*}", "rename").replaceAll("\\{[^}]+}", value);
    }
}
