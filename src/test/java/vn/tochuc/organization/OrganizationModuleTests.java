package vn.tochuc.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;
import vn.tochuc.PostgresTest;
import vn.tochuc.organization.Commands.Effect;
import vn.tochuc.organization.Commands.Found;
import vn.tochuc.shared.Actor;
import vn.tochuc.shared.Actors;

/**
 * The organization module on its own (no access, no audit): it needs only someone acting, and announces
 * each change as an {@link OrganizationChanged} event for whoever listens.
 */
@ApplicationModuleTest
@ContextConfiguration(initializers = PostgresTest.Database.class)
@Import({PostgresTest.CleanOnceThenMigrate.class, OrganizationModuleTests.SystemActing.class})
class OrganizationModuleTests {

    @TestConfiguration(proxyBeanMethods = false)
    static class SystemActing {
        @Bean
        Actors actors() {
            return Actor::system;
        }
    }

    @Autowired
    TreeChanges changes;
    @Autowired
    Organizations organizations;

    @Test
    void foundingAnOrganisationAnnouncesItAndTheTreeShowsIt(Scenario scenario) {
        long province = changes.foundRoot("Đảng bộ tỉnh Mô-đun", TestOrganizations.uniqueCode(),
                OrganizationType.PROVINCIAL, LocalDate.of(2020, 1, 1));
        scenario.stimulate(() -> changes.found(new Found("Đảng bộ xã Tân Lập", null, OrganizationType.COMMUNE, province,
                        Effect.on(LocalDate.of(2025, 7, 1), "5-QĐ/TU"))))
                .andWaitForEventOfType(OrganizationChanged.class)
                .matching(event -> event.kind() == ChangeKind.FOUNDED && event.summary().contains("Tân Lập"))
                .toArriveAndVerify(event -> assertThat(event.summary()).contains("Đảng bộ xã Tân Lập", "01/07/2025", "5-QĐ/TU"));
        assertThat(organizations.tree(province, LocalDate.of(2025, 6, 30))).hasSize(1);
        assertThat(organizations.tree(province, LocalDate.of(2025, 7, 1))).extracting(TreeNode::name)
                .containsExactly("Đảng bộ tỉnh Mô-đun", "Đảng bộ xã Tân Lập");
    }
}
