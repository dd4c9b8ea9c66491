package vn.tochuc;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;
import vn.tochuc.access.TestUsers;
import vn.tochuc.organization.TestOrganizations;

/**
 * An integration test on the real PostgreSQL: the whole application on database {@code test}
 * (system property {@code tochuc.test.db.url}, default {@value #DEFAULT_URL}, user {@code postgres}),
 * confined to one schema of its own so nothing else in that database is touched. The schema is
 * {@code tochuc_it_<directory>} (override with {@code -Dtochuc.test.db.schema=…}), so worktrees that
 * run their tests at the same time do not clean each other's data; it is created when missing, then
 * cleaned and migrated once per JVM.
 *
 * <p>Every class annotated with it shares one Spring context (same configuration, so the context
 * cache hands it over): do not add per-class properties or mocks, or a second context will start.
 * Tests share the data too, so each builds its own province with {@link TestOrganizations} (unique
 * codes) and users with {@link TestUsers}, and asserts relative to what it created — the audit chain
 * in particular is one chain for all tests. The demo generator is off; no clock is fixed, so tests
 * use explicit past dates.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = "tochuc.demo.enabled=false")
@ContextConfiguration(initializers = PostgresTest.Database.class)
@Import({PostgresTest.CleanOnceThenMigrate.class, TestOrganizations.class, TestUsers.class})
public @interface PostgresTest {

    String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    /** Points the datasource and Flyway at the test schema. */
    final class Database implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            String url = System.getProperty("tochuc.test.db.url", DEFAULT_URL);
            String schema = schema();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("tochucPostgresTest", Map.of(
                    "spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                    "spring.datasource.username", "postgres",
                    "spring.datasource.password", "",
                    "spring.datasource.hikari.maximum-pool-size", "4",
                    "spring.flyway.schemas", schema,
                    "spring.flyway.default-schema", schema,
                    "spring.flyway.clean-disabled", "false")));
        }

        /** {@code tochuc_it_} plus the project directory's name, e.g. {@code tochuc_it_wt_tests}. */
        public static String schema() {
            String configured = System.getProperty("tochuc.test.db.schema");
            if (configured != null && !configured.isBlank()) {
                return configured.strip();
            }
            String directory = Path.of(System.getProperty("user.dir")).toAbsolutePath().getFileName().toString()
                    .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
            String name = "tochuc_it_" + directory;
            return name.length() > 50 ? name.substring(0, 50) : name;
        }
    }

    /** Creates the schema if missing, cleans it once per JVM (a fresh start each run), then migrates. */
    @TestConfiguration(proxyBeanMethods = false)
    class CleanOnceThenMigrate {

        private static final AtomicBoolean CLEANED = new AtomicBoolean();

        @Bean
        FlywayMigrationStrategy cleanOnceThenMigrate() {
            return flyway -> {
                if (CLEANED.compareAndSet(false, true)) {
                    createSchemas(flyway);
                    flyway.clean();
                }
                flyway.migrate();
            };
        }

        private static void createSchemas(Flyway flyway) {
            try (Connection connection = flyway.getConfiguration().getDataSource().getConnection();
                    Statement statement = connection.createStatement()) {
                for (String schema : flyway.getConfiguration().getSchemas()) {
                    statement.execute("CREATE SCHEMA IF NOT EXISTS \"" + schema.replace("\"", "") + "\"");
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create the test schema", e);
            }
        }
    }
}
