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
import vn.tochuc.congress.CongressKind;
import vn.tochuc.congress.Congresses;
import vn.tochuc.election.BoardRole;
import vn.tochuc.election.CandidateRoute;
import vn.tochuc.election.Elections;
import vn.tochuc.election.counting.ElectionKind;
import vn.tochuc.membership.Candidates;
import vn.tochuc.membership.Members;
import vn.tochuc.membership.Sex;
import vn.tochuc.membership.TestMembers;

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

    @Autowired
    Congresses congresses;
    @Autowired
    Elections elections;
    @Autowired
    Members members;
    @Autowired
    Candidates candidates;
    @Autowired
    vn.tochuc.membership.importing.MemberImports imports;

    MockMvc mvc;
    Foreign foreign;
    SignedInUser staffOfA;
    SignedInUser ownerOfB;
    long foreignOrganization;
    long foreignUser;
    long foreignToken;
    long foreignMember;
    long foreignCandidate;
    String foreignImport;
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
        // a sibling of the same level: the merge form lists it as a possible source
        organizations.found(communeB, OrganizationType.GRASSROOTS_COMMITTEE, "Đảng bộ Trạm Y tế " + TestOrganizations.next());
        staffOfA = users.create(Role.ORGANIZING_STAFF, communeA);
        SignedInUser userOfB = users.create(Role.ORGANIZING_STAFF, communeB);
        ownerOfB = userOfB;
        foreignUser = userOfB.id();
        TestUsers.as(userOfB, () -> tokens.create("khóa của xã khác"));
        foreignToken = TestUsers.as(userOfB, () -> tokens.mine().getFirst().id());
        foreign = electionIn(foreignOrganization, userOfB);
        foreignMember = TestMembers.admit(members, userOfB, foreignOrganization,
                TestMembers.withCitizenId("Người Bí Mật", Sex.FEMALE, 1985, TestMembers.citizenIdOfWomanBorn1985()));
        foreignCandidate = TestUsers.as(userOfB, () -> candidates.introduce(new Candidates.NewCandidate(
                "Quần Chúng Bí Mật", Sex.FEMALE, java.time.LocalDate.of(2001, 1, 1), foreignOrganization,
                java.time.LocalDate.of(2025, 1, 2))));
        foreignImport = vn.tochuc.membership.importing.ImportFiles.validate(imports, userOfB, "bi-mat.csv",
                vn.tochuc.membership.importing.ImportFiles.utf8Csv(List.of())).id();
    }

    /** A congress of the other commune with an election, a candidate and a board member. */
    private Foreign electionIn(long organization, SignedInUser staff) {
        return TestUsers.as(staff, () -> {
            long congress = congresses.record(new Congresses.NewCongress(organization, CongressKind.MEMBERS,
                    "Đại hội " + foreignName, "2025–2030", java.time.LocalDate.of(2025, 5, 10),
                    java.time.LocalDate.of(2025, 5, 10), null));
            long election = elections.define(new Elections.NewElection(congress, ElectionKind.EXECUTIVE_COMMITTEE, 1,
                    false, null, 2, false));
            long candidate = elections.addCandidate(election, "Người Bí Mật", CandidateRoute.COMMITTEE_LIST, null, true);
            elections.addBoardMember(election, "Trưởng Ban Bí Mật", BoardRole.HEAD, null, null);
            return new Foreign(congress, election, candidate, elections.board(election).getFirst().id());
        });
    }

    record Foreign(long congress, long election, long candidate, long boardMember) {
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
        assertThat(targeted).as("endpoints that name a record").hasSizeGreaterThan(50);
        assertThat(targeted).allSatisfy((label, status) -> assertThat(status).as(label).isIn(403, 404));
        assertThat(leaks).as("endpoints that showed the other commune's organisation").isEmpty();
    }

    private MockHttpServletResponse call(RequestMethod method, String path, boolean api) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method.name()), path)
                .with(user(staffOfA)).with(csrf());
        if (method == RequestMethod.GET) {
            request.param("q", foreignName.substring(0, 20)).param("organizationId", String.valueOf(foreignOrganization));
        } else if (api) {
            request.contentType(MediaType.APPLICATION_JSON).content(boardRole(path, body()));
        } else {
            idParams(request);
            request.param("role", boardRole(path, "VIEWER"));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /** A counting-board role where the path is about the board, an account role elsewhere. */
    private static String boardRole(String path, String text) {
        return path.contains("/board") ? text.replace("VIEWER", "MEMBER") : text;
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
                .param("password", "matkhau2025").param("fullName", "Người thử")
                .param("username", "walker-" + TestOrganizations.next()).param("label", "thử")
                .param("currentPassword", "sai-mat-khau-1").param("newPassword", "matkhau2026")
                .param("newPasswordAgain", "matkhau2026").param("partName", "A", "B").param("target", "existing");
    }

    /** Each path variable gets the other commune's record of the kind the segment before it names. */
    /**
     * The other side of the walk: every page and API read that names a record opens for the commune that owns it
     * (no server error; the tree-change forms, one per kind of change, render).
     */
    @Test
    void everyReadOfOnesOwnRecordsOpensWithoutAServerError() throws Exception {
        Map<String, Integer> statuses = new TreeMap<>();
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            if (!entry.getValue().getBeanType().getPackageName().startsWith("vn.tochuc")) {
                continue;
            }
            Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            for (String pattern : entry.getKey().getPatternValues()) {
                var change = java.util.regex.Pattern.compile("\\{change:([^}]*)}").matcher(pattern);
                List<String> variants = change.find() ? List.of(change.group(1).split("\\|")) : List.of("");
                for (String variant : variants) {
                    String path = fill(pattern, variant);
                    int status = mvc.perform(MockMvcRequestBuilders.get(path).with(user(ownerOfB)).with(csrf()))
                            .andReturn().getResponse().getStatus();
                    statuses.put("GET " + path.replaceAll("\\d+", "#").replaceAll("[0-9a-f-]{36}", "#"), status);
                }
            }
        }
        assertThat(statuses).as("reads").hasSizeGreaterThan(40);
        assertThat(statuses).allSatisfy((label, status) -> assertThat(status).as(label).isLessThan(500));
        for (String change : List.of("found", "rename", "move", "merge", "split", "dissolve")) {
            assertThat(statuses).containsEntry("GET /organizations/#/" + change, 200);
        }
    }

    private String fill(String pattern) {
        return fill(pattern, "rename");
    }

    private String fill(String pattern, String changeKind) {
        String path = pattern.replaceAll("\\{change:[^}]*}", changeKind);
        var matcher = java.util.regex.Pattern.compile("([^/]*)/\\{([^}]+)}").matcher(path);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            Object value = switch (matcher.group(2)) {
                case "candidateId" -> foreign.candidate();
                case "memberId" -> foreign.boardMember();
                default -> switch (matcher.group(1)) {
                    case "import", "imports" -> foreignImport;
                    case "users" -> foreignUser;
                    case "tokens" -> foreignToken;
                    case "elections" -> foreign.election();
                    case "congresses" -> foreign.congress();
                    case "members" -> foreignMember;
                    case "candidates" -> foreignCandidate;
                    default -> foreignOrganization;
                };
            };
            matcher.appendReplacement(out, matcher.group(1) + "/" + value);
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
