package vn.tochuc.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tochuc.organization.OrganizationType.CELL;
import static vn.tochuc.organization.OrganizationType.COMMUNE;
import static vn.tochuc.organization.OrganizationType.DISTRICT;
import static vn.tochuc.organization.OrganizationType.GRASSROOTS_CELL;
import static vn.tochuc.organization.OrganizationType.GRASSROOTS_COMMITTEE;
import static vn.tochuc.organization.OrganizationType.PROVINCIAL;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.tochuc.access.Role;
import vn.tochuc.access.SystemTasks;
import vn.tochuc.access.UserAccount;
import vn.tochuc.access.UserAdministration;
import vn.tochuc.audit.AuditTrail;
import vn.tochuc.organization.Lineage;
import vn.tochuc.organization.OrganizationType;
import vn.tochuc.organization.OrganizationView;
import vn.tochuc.organization.Organizations;
import vn.tochuc.organization.TreeNode;

/**
 * The demo province (seed 1) as the first start builds it on an empty embedded database: the shape of
 * the 2025 reorganisation (QĐ 294-QĐ/TW: no district level from 01/07/2025, communes directly under the
 * province), the press sizes (595 grassroots organisations, 1,719 cells), and the five demo accounts.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "tochuc.demo.enabled=true", "tochuc.demo.seed=1", "tochuc.demo.password=DemoMatKhau2026"})
class DemoProvinceTest {

    private static final LocalDate BEFORE_REFORM = LocalDate.of(2025, 6, 30);

    @Autowired Organizations organizations;
    @Autowired UserAdministration users;
    @Autowired AuditTrail audit;

    @Test
    void theSameSeedDrawsTheSameProvinceAndAnotherSeedAnother() {
        ProvincePlan first = ProvincePlanner.plan(1);
        ProvincePlan again = ProvincePlanner.plan(1);
        ProvincePlan other = ProvincePlanner.plan(2);

        assertThat(again.steps()).isEqualTo(first.steps());
        assertThat(names(again)).isEqualTo(names(first));
        assertThat(names(other)).isNotEqualTo(names(first));
        assertThat(other.finalCounts()).containsEntry(CELL, 1_719).containsEntry(COMMUNE, 20);
    }

    @Test
    void everySeedHitsThePressSizes() {
        for (long seed = 1; seed <= 20; seed++) {
            Map<OrganizationType, Integer> counts = ProvincePlanner.plan(seed).finalCounts();
            assertThat(counts.get(COMMUNE)).as("seed %d", seed).isEqualTo(20);
            assertThat(counts.get(GRASSROOTS_COMMITTEE) + counts.get(GRASSROOTS_CELL)).as("seed %d", seed)
                    .isEqualTo(595);
            assertThat(counts.get(CELL)).as("seed %d", seed).isEqualTo(1_719);
        }
    }

    @Test
    void todayTheProvinceHasTwentyCommunes595GrassrootsOrganisationsAnd1719Cells() {
        system(() -> {
            var counts = organizations.countByType(province().id(), organizations.today());
            assertThat(counts).containsEntry(PROVINCIAL, 1).containsEntry(COMMUNE, 20).containsEntry(CELL, 1_719)
                    .doesNotContainKey(DISTRICT);
            assertThat(counts.get(GRASSROOTS_COMMITTEE) + counts.get(GRASSROOTS_CELL)).isEqualTo(595);
            assertThat(counts).isEqualTo(ProvincePlanner.plan(1).finalCounts());
        });
    }

    @Test
    void theDatabaseHoldsExactlyTheOrganisationsOfThePlanUnderTheirFinalNames() {
        system(() -> {
            List<TreeNode> tree = organizations.tree(province().id(), organizations.today());
            assertThat(countNames(tree.stream().map(TreeNode::name).toList()))
                    .isEqualTo(countNames(finalNames(ProvincePlanner.plan(1))));
        });
    }

    @Test
    void theTreeAsOfAPastDayCountsEachNodesChildrenOnThatDay() {
        system(() -> {
            List<TreeNode> tree = organizations.tree(province().id(), BEFORE_REFORM);
            Map<Long, Long> children = tree.stream().filter(n -> n.parentId() != null)
                    .collect(Collectors.groupingBy(TreeNode::parentId, Collectors.counting()));
            assertThat(tree).allSatisfy(n -> assertThat((long) n.childCount()).as(n.name())
                    .isEqualTo(children.getOrDefault(n.id(), 0L)));
            TreeNode district = tree.stream().filter(n -> n.type() == DISTRICT).findFirst().orElseThrow();
            assertThat(district.childCount()).isEqualTo(organizations.children(district.id(), BEFORE_REFORM).size())
                    .isPositive();
        });
    }

    @Test
    void untilThe30thOfJune2025FourDistrictsHeld26Communes() {
        system(() -> {
            var counts = organizations.countByType(province().id(), BEFORE_REFORM);
            assertThat(counts).containsEntry(DISTRICT, 4).containsEntry(COMMUNE, 26);
            List<TreeNode> districts = organizations.tree(province().id(), BEFORE_REFORM).stream()
                    .filter(n -> n.type() == DISTRICT).toList();
            assertThat(districts).extracting(TreeNode::name).contains("Đảng bộ thành phố Sơn Lâm",
                    "Đảng bộ huyện Mường Khoa");
            for (TreeNode district : districts) {
                OrganizationView ended = organizations.get(district.id());
                assertThat(ended.endedOn()).as(district.name()).isEqualTo(LocalDate.of(2025, 7, 1));
                assertThat(ended.endReason()).isEqualTo("DISSOLVED");
            }
        });
    }

    @Test
    void theNewCommuneOfMuongKhoaComesFromThreeMergedCommunes() {
        system(() -> {
            long commune = account("xa1").scopeOrganizationId();
            List<Lineage> lineage = organizations.lineage(commune);
            assertThat(lineage).hasSize(3).allSatisfy(l -> {
                assertThat(l.kind()).isEqualTo("MERGE");
                assertThat(l.successorId()).isEqualTo(commune);
                assertThat(l.effectiveOn()).isEqualTo(LocalDate.of(2025, 7, 1));
                assertThat(l.decisionRef()).endsWith("-QĐ/TU");
            });
            assertThat(lineage).extracting(Lineage::predecessorName).containsExactlyInAnyOrder(
                    "Đảng bộ thị trấn Mường Khoa", "Đảng bộ xã Chiềng Mai", "Đảng bộ xã Nậm Ty");
            assertThat(organizations.get(commune).parentName()).isEqualTo("Đảng bộ tỉnh Sơn Lâm");
        });
    }

    @Test
    void theRubberCompanyWasSplitInTwoIn2023() {
        system(() -> {
            TreeNode east = organizations.search("Cao su Muong Khoa", organizations.today(), 5).getFirst();
            List<Lineage> lineage = organizations.lineage(east.id());
            assertThat(lineage).singleElement().satisfies(l -> {
                assertThat(l.kind()).isEqualTo("SPLIT");
                assertThat(l.predecessorName()).isEqualTo("Đảng bộ Công ty Cổ phần Cao su Sơn Lâm");
                assertThat(l.effectiveOn()).isEqualTo(ProvincePlanner.SPLIT_DAY);
            });
            assertThat(organizations.lineage(lineage.getFirst().predecessorId())).hasSize(2);
            assertThat(organizations.children(east.id(), organizations.today())).isNotEmpty();
        });
    }

    @Test
    void theFiveDemoAccountsHaveTheirRolesAndScopes() {
        system(() -> {
            Map<String, UserAccount> accounts = users.list().stream()
                    .collect(Collectors.toMap(UserAccount::username, Function.identity()));
            assertThat(accounts).containsOnlyKeys("admin", "tinh", "xa1", "xa2", "coso1");
            assertThat(accounts.get("admin").role()).isEqualTo(Role.ADMIN);
            assertThat(accounts.get("tinh").role()).isEqualTo(Role.ORGANIZING_STAFF);
            assertThat(accounts.get("xa1").role()).isEqualTo(Role.ORGANIZING_STAFF);
            assertThat(accounts.get("xa2").role()).isEqualTo(Role.ORGANIZING_STAFF);
            assertThat(accounts.get("coso1").role()).isEqualTo(Role.CLERK);
            long provinceId = province().id();
            assertThat(accounts.get("admin").scopeOrganizationId()).isEqualTo(provinceId);
            assertThat(accounts.get("tinh").scopeOrganizationId()).isEqualTo(provinceId);
            assertThat(organizations.get(accounts.get("xa1").scopeOrganizationId()).type()).isEqualTo(COMMUNE);
            assertThat(organizations.get(accounts.get("xa2").scopeOrganizationId()).type()).isEqualTo(COMMUNE);
            assertThat(accounts.get("xa1").scopeOrganizationId()).isNotEqualTo(accounts.get("xa2").scopeOrganizationId());
            OrganizationView school = organizations.get(accounts.get("coso1").scopeOrganizationId());
            assertThat(school.type().isGrassroots()).isTrue();
            assertThat(school.parentId()).isEqualTo(accounts.get("xa1").scopeOrganizationId());
        });
    }

    @Test
    void everyChangeOfTheHistoryIsInTheIntactAuditChain() {
        system(() -> {
            var check = audit.verify();
            assertThat(check.intact()).isTrue();
            assertThat(check.checked()).isGreaterThanOrEqualTo(ProvincePlanner.plan(1).steps().size() + 5L);
        });
    }

    private OrganizationView province() {
        return organizations.get(account("admin").scopeOrganizationId());
    }

    private UserAccount account(String username) {
        return users.list().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
    }

    private static void system(Runnable check) {
        SystemTasks.run(check);
    }

    private static List<String> names(ProvincePlan plan) {
        return plan.organizations().stream().map(PlanStep.Org::name).toList();
    }

    /** The names in force once every step has run: founded, renamed, and not ended. */
    private static List<String> finalNames(ProvincePlan plan) {
        Map<Integer, String> alive = new HashMap<>();
        for (PlanStep step : plan.steps()) {
            switch (step) {
                case PlanStep.Found f -> alive.put(f.org().key(), f.org().name());
                case PlanStep.Rename r -> alive.put(r.key(), r.newName());
                case PlanStep.Dissolve d -> alive.remove(d.key());
                case PlanStep.Merge m -> {
                    m.sourceKeys().forEach(alive::remove);
                    if (m.newTarget() != null) {
                        alive.put(m.newTarget().key(), m.newTarget().name());
                    }
                }
                case PlanStep.Split s -> {
                    alive.remove(s.key());
                    s.parts().forEach(p -> alive.put(p.org().key(), p.org().name()));
                }
                case PlanStep.Move m -> { }
            }
        }
        return List.copyOf(alive.values());
    }

    private static Map<String, Long> countNames(List<String> names) {
        return names.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
