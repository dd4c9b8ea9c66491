package vn.tochuc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.ArgumentResolver;
import org.springframework.mock.env.MockEnvironment;

/** The jar started without a database says, in both languages, what to set or how to run the demo. */
class DatabaseUrlMissingTests {

    private static final Throwable SPRINGS_FAILURE = new IllegalStateException("Failed to load ApplicationContext",
            new IllegalArgumentException("'url' must start with \"jdbc\""));

    @Test
    void withoutTochucDbUrlTheFailureIsExplainedInVietnameseAndEnglish() {
        FailureAnalysis analysis = analyzer(new MockEnvironment()
                .withProperty("spring.datasource.url", "${TOCHUC_DB_URL}")).analyze(SPRINGS_FAILURE);
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains("Chưa cấu hình cơ sở dữ liệu", "No database is configured",
                "TOCHUC_DB_URL chưa được đặt").doesNotContain("${");
        assertThat(analysis.getAction()).contains("TOCHUC_DB_URL", "TOCHUC_DB_USER", "TOCHUC_DB_PASSWORD",
                "./mvnw spring-boot:run", "--spring.profiles.active=demo");
    }

    @Test
    void aUrlThatIsNoJdbcUrlIsShownAsTyped() {
        FailureAnalysis analysis = analyzer(new MockEnvironment().withProperty("spring.datasource.url",
                "postgresql://localhost/tochuc")).analyze(SPRINGS_FAILURE);
        assertThat(analysis.getDescription()).contains("không phải địa chỉ JDBC", "not a JDBC URL",
                "postgresql://localhost/tochuc");
    }

    @Test
    void aJdbcUrlLeavesTheFailureToTheOtherAnalyzers() {
        assertThat(analyzer(new MockEnvironment().withProperty("spring.datasource.url",
                "jdbc:postgresql://localhost:5432/tochuc")).analyze(SPRINGS_FAILURE)).isNull();
    }

    @Test
    void springBootFindsTheAnalyzer() {
        List<FailureAnalyzer> analyzers = SpringFactoriesLoader.forDefaultResourceLocation().load(FailureAnalyzer.class,
                ArgumentResolver.of(Environment.class, new MockEnvironment()).and(BeanFactory.class,
                        new DefaultListableBeanFactory()));
        assertThat(analyzers).hasAtLeastOneElementOfType(DatabaseUrlMissing.class);
    }

    private static DatabaseUrlMissing analyzer(Environment environment) {
        return new DatabaseUrlMissing(environment);
    }
}
