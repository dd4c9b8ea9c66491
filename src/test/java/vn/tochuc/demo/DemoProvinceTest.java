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
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tochuc.access.ActingAs;
import vn.tochuc.access.Role;
import vn.tochuc.access.SystemTasks;
import vn.tochuc.membership.AdmissionTargets;
import vn.tochuc.membership.TargetProgress;
import vn.tochuc.access.UserAccount;
import vn.tochuc.access.UserAdministration;
import vn.tochuc.audit.AuditTrail;
import vn.tochuc.congress.CongressKind;
import vn.tochuc.congress.CongressStatus;
import vn.tochuc.congress.CongressView;
import vn.tochuc.congress.Congresses;
import vn.tochuc.election.BallotState;
import vn.tochuc.election.Counting;
import vn.tochuc.election.ElectionResults;
import vn.tochuc.election.ElectionStatus;
import vn.tochuc.election.ElectionView;
import vn.tochuc.election.Elections;
import vn.tochuc.election.EntryLog;
import vn.tochuc.election.counting.InvalidReason;
import vn.tochuc.election.counting.TallyResult;
import vn.tochuc.membership.LifecycleRules;
import vn.tochuc.membership.MemberSummary;
import vn.tochuc.membership.Members;
import vn.tochuc.membership.WorkItems;
import vn.tochuc.membership.WorkLists;
import vn.tochuc.organization.Lineage;
import vn.tochuc.organization.OrganizationType;
import vn.tochuc.organization.OrganizationView;
import vn.tochuc.organization.Organizations;
import vn.tochuc.organization.TreeNode;

/**
 * The demo province (seed 1) as the first start builds it on an empty embedded database: the shape of
 * the 2025 reorganisation (QĐ 294-QĐ/TW: no district level from 01/07/2025, communes directly under the
 * province), the press sizes (595 grassroots organisations, 1,719 cells), the demo accounts, and the two
 * congresses: the commune of Mường Khoa's, held, with its executive committee elected and published, and
 * the ward of Tô Hiệu's agencies', whose ballots are still being entered; and the province's 27,350 members
 * with their histories.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "tochuc.demo.enabled=true", "tochuc.demo.seed=1", "tochuc.demo.password=DemoMatKhau2026"})
class DemoProvinceTest {

    private static final LocalDate BEFORE_REFORM = LocalDate.of(2025, 6, 30);

    @Autowired Organizations organizations;
    @Autowired UserAdministration users;
    @Autowired AuditTrail audit;
    @Autowired Congresses congresses;
    @Autowired Elections elections;
    @Autowired Counting counting;
    @Autowired ElectionResults results;
    @Autowired ActingAs acting;
    @Autowired Members members;
    @Autowired AdmissionTargets targets;
    @Autowired WorkLists workLists;
    @Autowired JdbcClient jdbc;

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
    void theDemoAccountsHaveTheirRolesAndScopes() {
        system(() -> {
            Map<String, UserAccount> accounts = users.list().stream()
                    .collect(Collectors.toMap(UserAccount::username, Function.identity()));
            assertThat(accounts).containsOnlyKeys("admin", "tinh", "xa1", "xa2", "coso1", "truongban", "kiemphieu1",
                    "kiemphieu2", "truongban2", "kiemphieu3", "kiemphieu4");
            for (String board : List.of("truongban", "kiemphieu1", "kiemphieu2")) {
                assertThat(accounts.get(board).role()).isEqualTo(Role.CLERK);
                assertThat(accounts.get(board).scopeOrganizationId()).isEqualTo(accounts.get("xa1").scopeOrganizationId());
            }
            for (String board : List.of("truongban2", "kiemphieu3", "kiemphieu4")) {
                assertThat(accounts.get(board).role()).isEqualTo(Role.CLERK);
                assertThat(accounts.get(board).scopeOrganizationId()).isEqualTo(accounts.get("xa2").scopeOrganizationId());
            }
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
    void theProvinceHasExactly27350MembersTodayAndFewerBeforeTheReform() {
        system(() -> {
            long province = province().id();
            assertThat(members.countAsOf(province, members.today())).isEqualTo(27_350);
            long before = members.countAsOf(province, BEFORE_REFORM);
            assertThat(before).isBetween(25_000L, 28_000L);
            assertThat(members.countAsOf(province, LocalDate.of(1970, 1, 1))).isPositive().isLessThan(before);
            long communes = organizations.children(province, members.today()).stream()
                    .mapToLong(c -> members.countAsOf(c.id(), members.today())).sum();
            assertThat(communes).isEqualTo(27_350);
        });
    }

    @Test
    void theMembersAreAMountainousProvincesWithKinhFamilyNamesInTheirRealShares() {
        List<String[]> rows = jdbc.sql("SELECT ethnicity, full_name FROM member WHERE status IN ('PROBATIONARY', 'OFFICIAL')")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        assertThat(rows).hasSize(27_350);
        Map<String, Long> groups = rows.stream().collect(Collectors.groupingBy(r -> r[0], Collectors.counting()));
        assertThat(groups.get("Kinh") / 27_350.0).isBetween(0.42, 0.48);
        assertThat(groups.get("Tày") / 27_350.0).isBetween(0.16, 0.22);
        assertThat(groups.get("Mông") / 27_350.0).isBetween(0.10, 0.14);
        assertThat(groups.get("Dao") / 27_350.0).isBetween(0.08, 0.12);
        assertThat(groups).containsKeys("Nùng", "Thái", "Sán Chay");
        List<String> kinh = rows.stream().filter(r -> r[0].equals("Kinh")).map(r -> r[1].split(" ")[0]).toList();
        assertThat(kinh.stream().filter("Nguyễn"::equals).count() / (double) kinh.size()).isBetween(0.35, 0.41);
        assertThat(kinh.stream().filter("Trần"::equals).count() / (double) kinh.size()).isBetween(0.09, 0.13);
        assertThat(kinh.stream().filter("Lê"::equals).count() / (double) kinh.size()).isBetween(0.08, 0.11);
        long women = jdbc.sql("SELECT COUNT(*) FROM member WHERE sex = 'FEMALE' AND status IN ('PROBATIONARY', 'OFFICIAL')")
                .query(Long.class).single();
        assertThat(women / 27_350.0).isBetween(0.32, 0.38);
    }

    @Test
    void someAreDueForConversionSomeTransferredOutExemptedOrDeceased() {
        LocalDate today = members.today();
        List<LocalDate> probation = jdbc.sql("SELECT ceremony_on FROM member WHERE status = 'PROBATIONARY'")
                .query(LocalDate.class).list();
        LocalDate soon = today.plusDays(30);
        assertThat(probation.stream().map(c -> c.plus(LifecycleRules.DEFAULT.probation()))
                .filter(due -> !due.isBefore(today) && !due.isAfter(soon)).count()).isBetween(10L, 200L);
        assertThat(probation.stream().map(c -> c.plus(LifecycleRules.DEFAULT.probation()))
                .filter(due -> due.isBefore(today)).count()).isPositive();
        Map<String, Long> statuses = jdbc.sql("SELECT status, COUNT(*) FROM member GROUP BY status")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(statuses.get("TRANSFERRED_OUT")).isPositive();
        assertThat(statuses.get("DECEASED")).isGreaterThan(100);
        assertThat(statuses.get("REMOVED")).isPositive();
        long recentlyOut = jdbc.sql("""
                SELECT COUNT(*) FROM member_event WHERE kind = 'TRANSFER_OUT' AND effective_on > :since
                   AND effective_on < :sent""").param("since", today.minusDays(120)).param("sent", today.minusDays(44))
                .query(Long.class).single();
        assertThat(recentlyOut).isPositive();
        long exempt = jdbc.sql("SELECT COUNT(*) FROM member WHERE exempt AND status IN ('PROBATIONARY', 'OFFICIAL')")
                .query(Long.class).single();
        assertThat(exempt).isGreaterThan(300);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM member WHERE host_organization_id IS NOT NULL").query(Long.class)
                .single()).isPositive();
    }

    @Test
    void noOneWasAdmittedUnder18AndTheListOfAdmissionsPast60CountsAsTheRuleDoesOnH2() { // rules §5.1, by month
        record Admitted(LocalDate born, LocalDate decision, boolean latestOfCurrent) {
        }
        List<Admitted> admitted = jdbc.sql("""
                SELECT m.birth_date, e.decision_on, m.status IN ('PROBATIONARY', 'OFFICIAL') AND e.seq =
                       (SELECT MAX(x.seq) FROM member_event x
                         WHERE x.member_id = m.id AND x.kind IN ('ADMISSION', 'READMISSION'))
                  FROM member m JOIN member_event e ON e.member_id = m.id
                 WHERE e.kind IN ('ADMISSION', 'READMISSION') AND m.birth_date IS NOT NULL""")
                .query((rs, n) -> new Admitted(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
                        rs.getBoolean(3))).list();
        LifecycleRules rules = LifecycleRules.DEFAULT;
        assertThat(admitted).hasSizeGreaterThan(27_000).noneMatch(a -> rules.tooYoungToAdmit(a.born(), a.decision()));
        long past60 = admitted.stream()
                .filter(a -> a.latestOfCurrent() && rules.pastAdmissionAge(a.born(), a.decision())).count();
        var listed = acting.as("tinh", () -> workLists.problems(null, 5)).get(WorkItems.Problem.ADMITTED_OVER_60);
        assertThat(listed.total()).isEqualTo(past60).isPositive();
        assertThat(listed.items()).hasSize(5)
                .allSatisfy(p -> assertThat(rules.pastAdmissionAge(p.recorded(), p.date())).isTrue());
    }

    @Test
    void aClerkFindsTheMembersOfTheirOwnOrganisationOnly() {
        long school = system(() -> account("coso1").scopeOrganizationId());
        List<MemberSummary> found = acting.as("coso1", () -> members.search("thi", 500));
        long inSchool = system(() -> members.countAsOf(school, members.today()));
        assertThat(inSchool).isPositive();
        List<Long> subtree = system(() -> organizations.tree(school, members.today()).stream().map(TreeNode::id)
                .toList());
        assertThat(found).allSatisfy(m -> assertThat(subtree).contains(m.organizationId()));
        long commune = system(() -> account("xa1").scopeOrganizationId());
        long id = system(() -> members.asOf(commune, members.today()).getFirst().id());
        assertThat(acting.as("xa1", () -> members.history(id))).isNotEmpty();
    }

    @Test
    void everyCommuneHasAdmissionTargetsWithLastYearNearlyMetAndThisYearUnderWay() {
        long commune = system(() -> account("xa1").scopeOrganizationId());
        int year = members.today().getYear();
        TargetProgress thisYear = system(() -> targets.progress(commune, year));
        TargetProgress lastYear = system(() -> targets.progress(commune, year - 1));
        assertThat(thisYear.ownQuota()).isNotNull();
        assertThat(thisYear.percent()).isBetween(new java.math.BigDecimal("40"), new java.math.BigDecimal("90"));
        assertThat(lastYear.percent()).isBetween(new java.math.BigDecimal("80"), new java.math.BigDecimal("120"));
        long province = system(() -> account("tinh").scopeOrganizationId());
        TargetProgress whole = system(() -> targets.progress(province, year));
        assertThat(whole.target()).isEqualTo(whole.children().stream().mapToLong(TargetProgress::target).sum());
        assertThat(whole.shown()).matches("\\d{1,3}(\\.\\d{3})*/\\d{1,3}(\\.\\d{3})* = \\d+,\\d\\d%");
    }

    @Test
    void theCommuneHeldItsCongressAndPublishedTheExecutiveCommitteeElection() {
        CongressView congress = congressOf("xa1");
        assertThat(congress.kind()).isEqualTo(CongressKind.DELEGATES);
        assertThat(congress.status()).isEqualTo(CongressStatus.HELD);
        ElectionView election = acting.as("xa1", () -> elections.forCongress(congress.id())).getFirst();
        assertThat(election.status()).isEqualTo(ElectionStatus.PUBLISHED);
        assertThat(election.ballotsReturned()).isEqualTo(230);
        // QĐ 244-QĐ/TW Điều 32 khoản 3: 235 convened − 1 committee member − 4 delegates absent throughout
        assertThat(election.denominator()).isEqualTo(230);

        TallyResult result = acting.as("xa1", () -> results.published(election.id())).orElseThrow();
        assertThat(result.ballots().total()).isEqualTo(230);
        assertThat(result.ballots().invalidByReason()).containsKeys(InvalidReason.TOO_MANY_KEPT,
                InvalidReason.ALL_STRUCK, InvalidReason.NOT_ISSUED_BY_BOARD);
        assertThat(result.candidates()).hasSize(17);
        assertThat(result.elected()).hasSize(15);
        assertThat(result.unfilledSeats()).isZero();
        int lowestElected = result.candidates().stream().filter(TallyResult.CandidateResult::elected)
                .mapToInt(TallyResult.CandidateResult::votes).min().orElseThrow();
        assertThat(lowestElected).isGreaterThan(230 / 2);
        assertThat(result.candidates()).filteredOn(c -> !c.elected()).hasSize(2)
                .allSatisfy(c -> assertThat(c.votes()).isLessThan(lowestElected));
    }

    @Test
    void theHeldElectionsEntryLogHoldsBothPassesTheHeadsDecisionsAndAnIntactChain() {
        long id = acting.as("xa1", () -> elections.forCongress(congressOf("xa1").id())).getFirst().id();
        EntryLog log = acting.as("truongban", () -> counting.log(id));
        assertThat(log.firstBrokenSeq()).isEqualTo(-1);
        assertThat(log.rows()).filteredOn(r -> r.kind().equals("ENTRY")).hasSize(2 * 230);
        assertThat(log.rows()).filteredOn(r -> r.kind().equals("CORRECTION")).hasSize(1);
        assertThat(log.rows()).filteredOn(r -> r.kind().equals("RESOLUTION")).hasSize(3)
                .allSatisfy(r -> assertThat(r.reason()).startsWith("Đối chiếu phiếu giấy"));
        assertThat(acting.as("xa1", () -> elections.get(id)).logHash()).isEqualTo(log.finalHash());
        assertThat(acting.as("truongban", () -> counting.reconciliation(id))).allMatch(BallotState::counted);
    }

    @Test
    void theWardAgenciesAreStillEnteringTheirBallots() {
        CongressView congress = congressOf("xa2");
        assertThat(congress.kind()).isEqualTo(CongressKind.MEMBERS);
        assertThat(congress.status()).isEqualTo(CongressStatus.PLANNED);
        ElectionView election = acting.as("xa2", () -> elections.forCongress(congress.id())).getFirst();
        assertThat(election.status()).isEqualTo(ElectionStatus.COUNTING);
        assertThat(election.seats()).isEqualTo(9);
        assertThat(acting.as("xa2", () -> elections.ballotNames(election.id()))).hasSize(10);
        assertThat(election.ballotsReturned()).isEqualTo(58);
        // pass 1 at 60 %, pass 2 at 40 % of the ballots returned
        assertThat(acting.as("xa2", () -> counting.progress(election.id()))).isEqualTo(Map.of(1, 35, 2, 23));
        List<BallotState> states = acting.as("truongban2", () -> counting.reconciliation(election.id()));
        assertThat(states).filteredOn(s -> s.status() == BallotState.Status.MISMATCH).hasSize(1);
        assertThat(states).filteredOn(BallotState::counted).hasSize(22);
        assertThat(acting.as("kiemphieu3", () -> counting.log(election.id())).firstBrokenSeq()).isEqualTo(-1);
    }

    @Test
    void theSameSeedScriptsTheSameCongressesAndAnotherSeedOtherBallots() {
        List<CongressScript> first = CongressPlanner.plan(1, ProvincePlanner.plan(1));
        assertThat(CongressPlanner.plan(1, ProvincePlanner.plan(1))).isEqualTo(first);
        List<CongressScript> other = CongressPlanner.plan(2, ProvincePlanner.plan(2));
        assertThat(other.getFirst().election().typed()).isNotEqualTo(first.getFirst().election().typed());
        assertThat(other.getFirst().name()).isEqualTo(first.getFirst().name());
    }

    @Test
    void everyChangeOfTheHistoryIsInTheIntactAuditChain() {
        system(() -> {
            var check = audit.verify();
            assertThat(check.intact()).isTrue();
            assertThat(check.checked()).isGreaterThanOrEqualTo(ProvincePlanner.plan(1).steps().size() + 5L);
        });
    }

    /** The one congress in the scope of a commune's organising staff account. */
    private CongressView congressOf(String staff) {
        return acting.as(staff, () -> congresses.inScope()).stream().filter(c -> c.name().startsWith("Đại hội"))
                .collect(Collectors.collectingAndThen(Collectors.toList(), l -> {
                    assertThat(l).hasSize(1);
                    return l.getFirst();
                }));
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

    private static <T> T system(java.util.function.Supplier<T> work) {
        return SystemTasks.run(work);
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
