package vn.tochuc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every PostgreSQL connection of the application plans each statement for its own values. */
@PostgresTest
class PostgresPlansTests {

    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;

    @Test
    void theApplicationsConnectionsUseCustomPlans() {
        for (int i = 0; i < 6; i++) { // more connections than one, should the pool hand out another
            assertThat(jdbc.sql("SHOW plan_cache_mode").query(String.class).single()).isEqualTo("force_custom_plan");
        }
        assertThat(((HikariDataSource) dataSource).getConnectionInitSql()).isEqualTo(PostgresPlans.CUSTOM_PLANS);
    }

    @Test
    void otherDatabasesAreLeftAlone() {
        HikariDataSource h2 = new HikariDataSource();
        h2.setJdbcUrl("jdbc:h2:mem:plans");
        PostgresPlans.configure(h2);
        assertThat(h2.getConnectionInitSql()).isNull();
        h2.close();
    }
}
