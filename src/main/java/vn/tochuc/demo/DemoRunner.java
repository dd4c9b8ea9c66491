package vn.tochuc.demo;

import java.security.SecureRandom;
import java.util.List;
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
 * builds the demo province from {@code tochuc.demo.seed}, the demo accounts, and the demo congresses
 * with their elections (one published, one still being counted), in one transaction: either all of it
 * exists afterwards or none of it. The password comes from
 * {@code TOCHUC_DEMO_PASSWORD} ({@code tochuc.demo.password}) or is generated and printed once.
 */
@Component
@ConditionalOnProperty(name = "tochuc.demo.enabled", havingValue = "true")
class DemoRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRunner.class);

    private final ProvinceSeeder seeder;
    private final DemoAccounts accounts;
    private final CongressSeeder congresses;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Environment environment;
    private final long seed;
    private final String configuredPassword;

    DemoRunner(ProvinceSeeder seeder, DemoAccounts accounts, CongressSeeder congresses, JdbcClient jdbc,
            PlatformTransactionManager transactions,
            Environment environment, @Value("${tochuc.demo.seed:1}") long seed,
            @Value("${tochuc.demo.password:}") String configuredPassword) {
        this.seeder = seeder;
        this.accounts = accounts;
        this.congresses = congresses;
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
        List<CongressScript> scripts = CongressPlanner.plan(seed, plan);
        long[] tree = new long[1];
        Map<Integer, Long> ids = transaction.execute(status -> {
            Map<Integer, Long> created = SystemTasks.run(() -> {
                Map<Integer, Long> organizations = seeder.apply(plan);
                accounts.create(plan, organizations, password);
                return organizations;
            });
            tree[0] = System.nanoTime();
            // as the named accounts, not as the system: the board's work is checked like anyone's
            congresses.apply(scripts, created);
            return created;
        });
        long end = System.nanoTime();
        log.info("Demo province (seed {}) built in {} ms: {} organisations, {} changes; congresses and {} ballot"
                + " entries in {} ms", seed, (end - start) / 1_000_000, ids.size(), plan.steps().size(),
                scripts.stream().mapToInt(s -> s.election().typed().size()).sum(), (end - tree[0]) / 1_000_000);
        System.out.println(DemoBanner.created(url(), plan, scripts, generated ? password : null));
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
