package vn.tochuc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The application boots as the README's run command starts it (profile {@code demo}: embedded H2 in
 * PostgreSQL mode), on an in-memory database instead of {@code ./data}, and Flyway applies every
 * common and H2 migration.
 *
 * <p>As with the README command, the demo province is seeded on this first start; a demo account then
 * signs in and sees its tree.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:smoke;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "tochuc.demo.enabled=true", "tochuc.demo.password=" + H2BootSmokeTest.PASSWORD})
@ActiveProfiles("demo")
@AutoConfigureMockMvc
class H2BootSmokeTest {

    static final String PASSWORD = "Smoke2025demo";

    private static final Pattern VERSIONED = Pattern.compile("V([0-9_]+)__.*\\.sql");

    @Autowired Flyway flyway;
    @Autowired JdbcClient jdbc;
    @Autowired Environment environment;
    @Autowired MockMvc mvc;

    @Test
    void bootsTheDemoProfileOnEmbeddedH2() {
        assertThat(environment.getActiveProfiles()).containsExactly("demo");
        assertThat(environment.getProperty("spring.datasource.url")).startsWith("jdbc:h2:mem:smoke;MODE=PostgreSQL");
        assertThat(jdbc.sql("SELECT H2VERSION()").query(String.class).single()).isNotBlank();
    }

    @Test
    void flywayAppliedEveryCommonAndH2Migration() throws IOException {
        List<String> expected = new ArrayList<>(versionsIn("common"));
        expected.addAll(versionsIn("h2"));
        assertThat(expected).contains("1", "1.1", "3.1");

        MigrationInfo[] applied = flyway.info().applied();
        assertThat(applied).extracting(info -> info.getVersion().getVersion())
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(applied).extracting(MigrationInfo::getState).containsOnly(MigrationState.SUCCESS);
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void theSchemaIsUsable() {
        assertThat(jdbc.sql("SELECT last_seq FROM audit_chain_head WHERE id = 1").query(Long.class).single()).isNotNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM organization_directory").query(Long.class).single()).isNotNull();
    }

    @Test
    void theDemoProvinceIsSeededAndADemoAccountSeesItsTree() throws Exception {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM organization_directory WHERE type = 'PROVINCIAL' AND ended_on IS NULL")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM organization_directory WHERE type = 'CELL' AND ended_on IS NULL")
                .query(Long.class).single()).isEqualTo(1719);
        var session = mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
                .formLogin("/login").user("xa1").password(PASSWORD)).andReturn().getRequest().getSession();
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/organizations")
                .session((org.springframework.mock.web.MockHttpSession) session)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Đảng bộ xã Mường Khoa").doesNotContain("Đảng bộ phường Tô Hiệu");
    }

    @Test
    void theWorkListsAndAdmissionPagesRunTheirSqlOnH2() throws Exception {
        var session = (org.springframework.mock.web.MockHttpSession) mvc.perform(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin("/login")
                        .user("xa1").password(PASSWORD)).andReturn().getRequest().getSession();
        for (String path : List.of("/members/work", "/members/candidates?all=true", "/members/targets?year=2025")) {
            var response = mvc.perform(get(path).session(session)).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(200);
            assertThat(response.getContentAsString()).as(path).containsIgnoringCase("kết nạp");
        }
    }

    @Test
    void theDemoMembersAreListedForTheSchoolsClerk() throws Exception {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM member WHERE status IN ('PROBATIONARY', 'OFFICIAL')")
                .query(Long.class).single()).isEqualTo(27_350);
        String path = jdbc.sql("""
                SELECT d.path FROM app_user u JOIN organization_directory d ON d.id = u.scope_org_id
                 WHERE u.username = 'coso1'""").query(String.class).single();
        List<String> names = jdbc.sql("""
                SELECT m.full_name FROM member m JOIN organization_directory d ON d.id = m.organization_id
                 WHERE d.path LIKE :prefix AND m.status IN ('PROBATIONARY', 'OFFICIAL')""")
                .param("prefix", path + "%").query(String.class).list();
        assertThat(names).isNotEmpty();
        var session = mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
                .formLogin("/login").user("coso1").password(PASSWORD)).andReturn().getRequest().getSession();
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/members")
                .session((org.springframework.mock.web.MockHttpSession) session)).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Tổng số: " + java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("vi"))
                .format(names.size()));
        if (names.size() <= 100) {
            assertThat(page).contains(names).doesNotContain("id=\"pager\"");
        } else {
            assertThat(page).contains("id=\"pager\"", "Trang 1/" + (names.size() + 99) / 100);
        }
    }

    @Test
    void healthIsUpAndOpenWithoutSigningIn() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    private static List<String> versionsIn(String folder) throws IOException {
        List<String> versions = new ArrayList<>();
        for (Resource resource : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:db/migration/" + folder + "/*.sql")) {
            Matcher m = VERSIONED.matcher(resource.getFilename());
            if (m.matches()) {
                versions.add(m.group(1).replace('_', '.'));
            }
        }
        return versions;
    }
}
