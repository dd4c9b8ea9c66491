package vn.tochuc.demo;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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
import vn.tochuc.membership.MemberHistories;
import vn.tochuc.shared.DateFormats;
import vn.tochuc.shared.DomainException;

/**
 * On the first start of a demo installation ({@code tochuc.demo.enabled=true}, an empty database),
 * builds the demo province from {@code tochuc.demo.seed}, the demo accounts, the province's
 * {@value MemberPlanner#MEMBERS} members with their life histories up to today, and the demo congresses
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
    private final MemberHistories histories;
    private final DemoTargets targets;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Environment environment;
    private final long seed;
    private final String configuredPassword;

    DemoRunner(ProvinceSeeder seeder, DemoAccounts accounts, CongressSeeder congresses, MemberHistories histories,
            DemoTargets targets, Clock clock, JdbcClient jdbc, PlatformTransactionManager transactions,
            Environment environment, @Value("${tochuc.demo.seed:1}") long seed,
            @Value("${tochuc.demo.password:}") String configuredPassword) {
        this.seeder = seeder;
        this.accounts = accounts;
        this.congresses = congresses;
        this.histories = histories;
        this.targets = targets;
        this.clock = clock;
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
        LocalDate today = LocalDate.now(clock.withZone(DateFormats.ZONE));
        // drawn on another core while the tree is being built: the histories need only the plan
        CompletableFuture<List<MemberPlanner.PlannedMember>> drawn =
                CompletableFuture.supplyAsync(() -> MemberPlanner.plan(seed, plan, today));
        long[] mark = new long[4];
        Map<Integer, Long> ids = transaction.execute(status -> {
            Map<Integer, Long> created = SystemTasks.run(() -> {
                Map<Integer, Long> organizations = seeder.apply(plan);
                accounts.create(plan, organizations, password);
                mark[0] = System.nanoTime();
                List<MemberPlanner.PlannedMember> members = drawn.join();
                mark[1] = System.nanoTime();
                mark[3] = histories.load(members.stream().map(m -> new MemberHistories.History(m.record(),
                        MemberPlanner.withIds(m.events(), organizations))).iterator(),
                        "Nạp đảng viên mẫu của tỉnh Sơn Lâm");
                targets.set(seed, today);
                mark[2] = System.nanoTime();
                return organizations;
            });
            // as the named accounts, not as the system: the board's work is checked like anyone's
            congresses.apply(scripts, created);
            return created;
        });
        long end = System.nanoTime();
        log.info("Demo province (seed {}) built in {} ms: {} organisations, {} changes in {} ms; {} member histories"
                + " ({} members today) ready after {} ms more, checked and written in {} ms; congresses and {} ballot entries"
                + " in {} ms", seed, ms(end - start), ids.size(), plan.steps().size(), ms(mark[0] - start), mark[3],
                MemberPlanner.MEMBERS, ms(mark[1] - mark[0]), ms(mark[2] - mark[1]),
                scripts.stream().mapToInt(s -> s.election().typed().size()).sum(), ms(end - mark[2]));
        System.out.println(DemoBanner.created(url(), plan, scripts, generated ? password : null));
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
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
