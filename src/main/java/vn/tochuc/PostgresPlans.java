package vn.tochuc;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL every connection plans each statement for the values it is run with
 * ({@code plan_cache_mode = force_custom_plan}). Nearly every read names a subtree as {@code path LIKE :prefix}, and
 * what is fast for a commune (the path index) is wrong for a whole province or the nation (a scan), and the reverse;
 * once the driver prepares a statement run five times, PostgreSQL may keep one generic plan for all values. Measured
 * on the work lists of a 200,000-member province (docs/performance.md): 1.6 s a page with generic plans, 0.5 s
 * with custom ones; planning each time costs a fraction of a millisecond. Other databases (H2 for the demo) are
 * left as they are.
 */
@Component
class PostgresPlans implements BeanPostProcessor {

    static final String CUSTOM_PLANS = "SET plan_cache_mode = force_custom_plan";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool) {
            configure(pool);
        }
        return bean;
    }

    static void configure(HikariDataSource pool) {
        String url = pool.getJdbcUrl();
        if (url != null && url.startsWith("jdbc:postgresql:") && pool.getConnectionInitSql() == null) {
            pool.setConnectionInitSql(CUSTOM_PLANS);
        }
    }
}
