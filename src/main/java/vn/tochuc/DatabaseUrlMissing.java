package vn.tochuc;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Started without a database (the packaged jar run without {@code TOCHUC_DB_URL} and without the demo profile):
 * instead of Spring's stack trace ending in "'url' must start with "jdbc"", a short message in Vietnamese and
 * English saying what to set, or how to run the demo. Registered in {@code META-INF/spring.factories}.
 */
class DatabaseUrlMissing implements FailureAnalyzer, Ordered {

    static final String NOT_SET = """
            Chưa cấu hình cơ sở dữ liệu: biến môi trường TOCHUC_DB_URL chưa được đặt.
            No database is configured: the environment variable TOCHUC_DB_URL is not set.""";

    static final String NOT_JDBC = """
            Địa chỉ cơ sở dữ liệu TOCHUC_DB_URL không phải địa chỉ JDBC (phải bắt đầu bằng jdbc:): %1$s
            The database address TOCHUC_DB_URL is not a JDBC URL (it must start with jdbc:): %1$s""";

    static final String ACTION = """
            Đặt TOCHUC_DB_URL (ví dụ jdbc:postgresql://localhost:5432/tochuc), TOCHUC_DB_USER và TOCHUC_DB_PASSWORD \
            rồi chạy lại (xem docs/operations.md); hoặc chạy bản trình diễn với cơ sở dữ liệu nhúng: \
            ./mvnw spring-boot:run, hay java -jar <tệp jar> --spring.profiles.active=demo.
            Set TOCHUC_DB_URL (e.g. jdbc:postgresql://localhost:5432/tochuc), TOCHUC_DB_USER and TOCHUC_DB_PASSWORD \
            and start again (see docs/operations.md); or run the demo on the embedded database: \
            ./mvnw spring-boot:run, or java -jar <the jar> --spring.profiles.active=demo.""";

    private final Environment environment;

    DatabaseUrlMissing(Environment environment) {
        this.environment = environment;
    }

    /** Whatever failed, a datasource URL that is no JDBC URL is the first thing to fix. */
    @Override
    public FailureAnalysis analyze(Throwable failure) {
        if (environment == null) {
            return null;
        }
        String url = environment.resolvePlaceholders("${spring.datasource.url:}").strip();
        if (url.startsWith("jdbc:")) {
            return null;
        }
        boolean unset = url.isEmpty() || url.startsWith("${");
        return new FailureAnalysis(unset ? NOT_SET : NOT_JDBC.formatted(url), ACTION, failure);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
