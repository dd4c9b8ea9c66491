package vn.tochuc.demo;

import java.security.SecureRandom;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tochuc.access.PasswordPolicy;
import vn.tochuc.access.SystemTasks;
import vn.tochuc.shared.DomainException;

/**
 * On the first start of a demo installation ({@code tochuc.demo.enabled=true}, an empty database),
 * builds the demo province from {@code tochuc.demo.seed} and the five demo accounts, in one
 * transaction: either all of it exists afterwards or none of it. The password comes from
 * {@code TOCHUC_DEMO_PASSWORD} ({@code tochuc.demo.password}) or is generated and printed once.
 */
@Component
@ConditionalOnProperty(name = "tochuc.demo.enabled", havingValue = "true")
class DemoRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRunner.class);

    private final ProvinceSeeder seeder;
    private final DemoAccounts accounts;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Environment environment;
    private final long seed;
    private final String configuredPassword;

    DemoRunner(ProvinceSeeder seeder, DemoAccounts accounts, JdbcClient jdbc, PlatformTransactionManager transactions,
            Environment environment, @Value("${tochuc.demo.seed:1}") long seed,
            @Value("${tochuc.demo.password:}") String configuredPassword) {
        this.seeder = seeder;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.environment = environment;
        this.seed = seed;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (organisationsExist()) {
            System.out.println(DemoBanner.existing(url()));
            return;
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? DemoAccounts.generatePassword(new SecureRandom()) : checked(configuredPassword);
        long start = System.nanoTime();
        ProvincePlan plan = ProvincePlanner.plan(seed);
        Map<Integer, Long> ids = transaction.execute(status -> SystemTasks.run(() -> {
            Map<Integer, Long> created = seeder.apply(plan);
            accounts.create(plan, created, password);
            return created;
        }));
        log.info("Demo province (seed {}) built in {} ms: {} organisations, {} changes", seed,
                (System.nanoTime() - start) / 1_000_000, ids.size(), plan.steps().size());
        System.out.println(DemoBanner.created(url(), plan, generated ? password : null));
    }

    /** Reads the organisation module's published directory view: is any organisation in force? */
    private boolean organisationsExist() {
        return jdbc.sql("SELECT COUNT(*) FROM organization_directory").query(Long.class).single() > 0;
    }

    private String url() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://localhost:" + port;
    }

    private static String checked(String password) {
        try {
            PasswordPolicy.check("password", password);
            return password;
        } catch (DomainException e) {
            throw new IllegalStateException("TOCHUC_DEMO_PASSWORD quá yếu: cần ít nhất " + PasswordPolicy.MINIMUM_LENGTH
                    + " ký tự, có cả chữ và số. / TOCHUC_DEMO_PASSWORD is too weak: it needs at least "
                    + PasswordPolicy.MINIMUM_LENGTH + " characters with letters and digits.");
        }
    }
}
