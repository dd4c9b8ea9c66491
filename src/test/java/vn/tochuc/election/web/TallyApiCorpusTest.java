package vn.tochuc.election.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import vn.tochuc.PostgresTest;
import vn.tochuc.access.Role;
import vn.tochuc.access.SignedInUser;
import vn.tochuc.access.TestUsers;
import vn.tochuc.election.counting.CorpusJson;
import vn.tochuc.organization.TestOrganizations;

/**
 * The reference corpus through the public recount API: {@code POST /api/v1/tally} answers exactly the
 * hand-computed result, and a 400 ProblemDetail naming the field for each invalid request.
 */
@PostgresTest
class TallyApiCorpusTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    TestOrganizations organizations;
    @Autowired
    TestUsers users;

    MockMvc mvc;
    SignedInUser viewer;

    @BeforeEach
    void anyAuthenticatedUser() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        viewer = users.create(Role.VIEWER, organizations.province());
    }

    static Stream<String> validCases() throws IOException {
        return names("elections");
    }

    static Stream<String> invalidCases() throws IOException {
        return names("elections-invalid");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validCases")
    void apiAnswersTheHandComputedResult(String name) throws Exception {
        Path folder = Path.of("src/test/resources/elections", name);
        MockHttpServletResponse response = post(Files.readString(folder.resolve("case.json")));
        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode actual = CorpusJson.MAPPER.readTree(response.getContentAsString());
        assertThat(CorpusJson.canonical(actual)).isEqualTo(CorpusJson.canonical(CorpusJson.readTree(folder.resolve("expected.json"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCases")
    void apiAnswers400NamingTheField(String name) throws Exception {
        Path folder = Path.of("src/test/resources/elections-invalid", name);
        MockHttpServletResponse response = post(Files.readString(folder.resolve("case.json")));
        JsonNode expected = CorpusJson.readTree(folder.resolve("expected.json"));
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode problem = CorpusJson.MAPPER.readTree(response.getContentAsString());
        assertThat(problem.get("field").asString()).isEqualTo(expected.get("field").asString());
        assertThat(problem.get("detail").asString()).contains(expected.get("messageContains").asString());
    }

    @Test
    void anUnknownKindIsA400NamingTheField() throws Exception {
        MockHttpServletResponse response = post("""
                {"election":{"kind":"KING","congress":"MEMBERS","seats":1,"candidates":["A"],"convened":3},"ballots":[]}""");
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(CorpusJson.MAPPER.readTree(response.getContentAsString()).get("field").asString()).isEqualTo("election.kind");
    }

    @Test
    void anonymousCallersAreRefused() throws Exception {
        var response = mvc.perform(MockMvcRequestBuilders.post("/api/v1/tally").contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(401);
    }

    private MockHttpServletResponse post(String body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/v1/tally").with(httpBasic(viewer.username(), TestUsers.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
    }

    private static Stream<String> names(String root) throws IOException {
        try (Stream<Path> folders = Files.list(Path.of("src/test/resources", root))) {
            return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }
}
