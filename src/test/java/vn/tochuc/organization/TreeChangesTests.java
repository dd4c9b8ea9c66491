package vn.tochuc.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.tochuc.access.TestUsers.as;
import static vn.tochuc.organization.OrganizationType.CELL;
import static vn.tochuc.organization.OrganizationType.COMMUNE;
import static vn.tochuc.organization.OrganizationType.DISTRICT;
import static vn.tochuc.organization.OrganizationType.GRASSROOTS_CELL;
import static vn.tochuc.organization.OrganizationType.GRASSROOTS_COMMITTEE;
import static vn.tochuc.organization.OrganizationType.PROVINCIAL;
import static vn.tochuc.shared.Refusals.refused;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tochuc.PostgresTest;
import vn.tochuc.access.Role;
import vn.tochuc.access.SignedInUser;
import vn.tochuc.access.SystemTasks;
import vn.tochuc.access.TestUsers;
import vn.tochuc.organization.Commands.Effect;
import vn.tochuc.organization.Commands.Found;
import vn.tochuc.organization.Commands.Move;
import vn.tochuc.organization.Commands.Rename;
import vn.tochuc.shared.Conflict;
import vn.tochuc.shared.DomainException;

/**
 * Founding, renaming and moving organisations on the real database: effective-dated versions whose
 * history never overlaps, so the tree can be read as of any day (rules §5.7; QĐ 294-QĐ/TW).
 */
@PostgresTest
class TreeChangesTests {

    private static final LocalDate MARCH_2024 = LocalDate.of(2024, 3, 1);
    private static final LocalDate RENAMED_ON = LocalDate.of(2024, 5, 1);
    private static final LocalDate MOVED_ON = LocalDate.of(2024, 6, 1);

    @Autowired TestOrganizations build;
    @Autowired TestUsers users;
    @Autowired TreeChanges changes;
    @Autowired Organizations organizations;
    @Autowired JdbcClient jdbc;

    long province;
    SignedInUser provinceStaff;

    @BeforeEach
    void province() {
        province = build.province();
        provinceStaff = users.create(Role.ORGANIZING_STAFF, province);
    }

    @Test
    void anOrganisationCannotBeFoundedUnderAParentOnADayBeforeTheParentMoved() {
        long communeA = build.found(province, COMMUNE, "Đảng ủy xã Nà Nhạn");
        long communeB = build.found(province, COMMUNE, "Đảng ủy xã Thanh Minh");
        long school = build.found(communeA, GRASSROOTS_COMMITTEE, "Đảng bộ Trường THCS Nà Nhạn");
        as(provinceStaff, () -> changes.move(new Move(school, communeB, Effect.on(LocalDate.of(2025, 7, 1), null)), null));
        DomainException e = refused(() -> as(provinceStaff, () -> changes.found(new Found("Chi bộ Tổ Toán", null, CELL,
                school, Effect.on(LocalDate.of(2021, 3, 1), null)))));
        assertThat(e.key()).isEqualTo("organization.error.parentMovedSince");
        assertThat(e.field()).isEqualTo("effectiveOn");
    }

    @Test
    void aGrassrootsCellFoundedUnderACommuneGetsItsPathLevelAndHistory() {
        long commune = build.found(province, COMMUNE, "Đảng ủy xã Chiềng Mai");

        long cell = as(provinceStaff, () -> changes.found(new Found("  Chi bộ bản  Nà Sài ", null, GRASSROOTS_CELL,
                commune, Effect.on(MARCH_2024, "45-QĐ/ĐU"))));

        OrganizationView view = system(() -> organizations.get(cell));
        OrganizationView parent = system(() -> organizations.get(commune));
        assertThat(view.name()).isEqualTo("Chi bộ bản Nà Sài");
        assertThat(view.type()).isEqualTo(GRASSROOTS_CELL);
        assertThat(view.parentId()).isEqualTo(commune);
        assertThat(view.parentName()).isEqualTo("Đảng ủy xã Chiềng Mai");
        assertThat(view.path()).isEqualTo(parent.path() + cell + "/");
        assertThat(view.depth()).isEqualTo(2);
        assertThat(view.code()).isEqualTo("TC" + cell);
        assertThat(view.foundedOn()).isEqualTo(MARCH_2024);
        assertThat(view.active()).isTrue();
        assertThat(system(() -> organizations.children(commune, MARCH_2024))).extracting(TreeNode::id).containsExactly(cell);
        assertThat(system(() -> organizations.history(cell)))
                .extracting(HistoryEntry::kind, HistoryEntry::effectiveOn, HistoryEntry::decisionRef, HistoryEntry::recordedBy)
                .containsExactly(tuple(ChangeKind.FOUNDED, MARCH_2024, "45-QĐ/ĐU", provinceStaff.username()));
    }

    @Test
    void anOrganisationDoesNotExistBeforeTheDayItWasFounded() {
        long commune = build.found(province, COMMUNE, "Đảng ủy xã Mường Phăng", MARCH_2024);
        refused(() -> system(() -> organizations.getAsOf(commune, MARCH_2024.minusDays(1))));
        assertThat(system(() -> organizations.getAsOf(commune, MARCH_2024)).name()).isEqualTo("Đảng ủy xã Mường Phăng");
    }

    @Test
    void aGrassrootsCommitteeUnderACellIsRefusedAndNothingChanges() {
        long commune = build.found(province, COMMUNE, "Đảng ủy xã Chiềng Mai");
        long cell = build.found(commune, GRASSROOTS_CELL, "Chi bộ bản Nà Sài");
        long organisations = count("party_organization");
        long audit = count("audit_record");

        DomainException e = refused(() -> as(provinceStaff, () -> changes.found(new Found("Đảng bộ Trường THPT",
                null, GRASSROOTS_COMMITTEE, cell, Effect.on(MARCH_2024, null)))));

        assertThat(e.key()).isEqualTo("organization.error.childType");
        assertThat(e.field()).isEqualTo("parentId");
        assertThat(count("party_organization")).isEqualTo(organisations);
        assertThat(count("audit_record")).isEqualTo(audit);
        assertThat(system(() -> organizations.children(cell, MARCH_2024))).isEmpty();
    }

    @Test
    void renameAndMoveKeepHistorySoThePastTreeKeepsItsOldShape() {
        long communeA = build.found(province, COMMUNE, "Đảng ủy xã An Phú");
        long school = build.found(communeA, GRASSROOTS_COMMITTEE, "Đảng bộ Trường THPT An Phú");
        long teachers = build.found(school, CELL, "Chi bộ Giáo viên");
        long village = build.found(communeA, GRASSROOTS_CELL, "Chi bộ thôn 2");
        long communeB = build.found(province, COMMUNE, "Đảng ủy xã Bình Minh");

        as(provinceStaff, () -> changes.rename(new Rename(school, "Đảng bộ Trường THPT Bình Minh",
                Effect.on(RENAMED_ON, "12-QĐ/TU")), null));
        as(provinceStaff, () -> changes.move(new Move(school, communeB, Effect.on(MOVED_ON, "13-QĐ/TU")), null));

        String provinceName = system(() -> organizations.get(province)).name();
        // siblings by type (grassroots committees before grassroots cells), then by name
        assertThat(tree(RENAMED_ON.minusDays(1))).containsExactly(
                tuple(provinceName, null), tuple("Đảng ủy xã An Phú", province),
                tuple("Đảng bộ Trường THPT An Phú", communeA), tuple("Chi bộ Giáo viên", school),
                tuple("Chi bộ thôn 2", communeA), tuple("Đảng ủy xã Bình Minh", province));
        assertThat(tree(MOVED_ON.minusDays(1))).containsExactly(
                tuple(provinceName, null), tuple("Đảng ủy xã An Phú", province),
                tuple("Đảng bộ Trường THPT Bình Minh", communeA), tuple("Chi bộ Giáo viên", school),
                tuple("Chi bộ thôn 2", communeA), tuple("Đảng ủy xã Bình Minh", province));
        assertThat(tree(organizations.today())).containsExactly(
                tuple(provinceName, null), tuple("Đảng ủy xã An Phú", province),
                tuple("Chi bộ thôn 2", communeA), tuple("Đảng ủy xã Bình Minh", province),
                tuple("Đảng bộ Trường THPT Bình Minh", communeB), tuple("Chi bộ Giáo viên", school));
        assertThat(system(() -> organizations.children(communeA, organizations.today())))
                .extracting(TreeNode::id).containsExactly(village);
    }

    @Test
    void aMoveCarriesTheWholeSubtreeToTheNewPathFromItsEffectiveDayOnly() {
        long communeA = build.found(province, COMMUNE, "Đảng ủy xã An Phú");
        long school = build.found(communeA, GRASSROOTS_COMMITTEE, "Đảng bộ Trường THPT");
        long teachers = build.found(school, CELL, "Chi bộ Giáo viên");
        long communeB = build.found(province, COMMUNE, "Đảng ủy xã Bình Minh");
        String pathA = system(() -> organizations.get(communeA)).path();
        String pathB = system(() -> organizations.get(communeB)).path();

        as(provinceStaff, () -> changes.move(new Move(school, communeB, Effect.on(MOVED_ON, null)), null));

        assertThat(system(() -> organizations.getAsOf(teachers, MOVED_ON.minusDays(1))).path())
                .isEqualTo(pathA + school + "/" + teachers + "/");
        assertThat(system(() -> organizations.getAsOf(teachers, MOVED_ON)).path())
                .isEqualTo(pathB + school + "/" + teachers + "/");
        assertThat(system(() -> organizations.history(school))).extracting(HistoryEntry::kind)
                .containsExactly(ChangeKind.FOUNDED, ChangeKind.MOVED);
    }

    @Test
    void aChangeDatedBeforeTheLastRecordedChangeIsRefused() {
        long commune = build.found(province, COMMUNE, "Đảng ủy xã An Phú");
        long cell = build.found(commune, GRASSROOTS_CELL, "Chi bộ thôn 1");
        as(provinceStaff, () -> changes.rename(new Rename(cell, "Chi bộ thôn Một", Effect.on(RENAMED_ON, null)), null));

        DomainException e = refused(() -> as(provinceStaff, () -> changes.rename(
                new Rename(cell, "Chi bộ thôn Nhất", Effect.on(RENAMED_ON.minusDays(1), null)), null)));

        assertThat(e.key()).isEqualTo("organization.error.dateBeforeHistory");
        assertThat(system(() -> organizations.get(cell)).name()).isEqualTo("Chi bộ thôn Một");
    }

    @Test
    void aSubtreeCannotBeMovedToADayBeforeTheLastChangeInsideIt() {
        long communeA = build.found(province, COMMUNE, "Đảng ủy xã An Phú");
        long school = build.found(communeA, GRASSROOTS_COMMITTEE, "Đảng bộ Trường THPT");
        long teachers = build.found(school, CELL, "Chi bộ Giáo viên");
        long communeB = build.found(province, COMMUNE, "Đảng ủy xã Bình Minh");
        as(provinceStaff, () -> changes.rename(new Rename(teachers, "Chi bộ Giáo viên 1", Effect.on(MOVED_ON, null)), null));

        DomainException e = refused(() -> as(provinceStaff, () -> changes.move(
                new Move(school, communeB, Effect.on(MOVED_ON.minusDays(1), null)), null)));

        assertThat(e.key()).isEqualTo("organization.error.dateBeforeHistory");
        assertThat(system(() -> organizations.get(school)).parentId()).isEqualTo(communeA);
    }

    @Test
    void aFutureDateIsRefusedUnlessTheChangeIsPlanned() {
        long commune = build.found(province, COMMUNE, "Đảng ủy xã An Phú");
        LocalDate nextMonth = organizations.today().plusMonths(1);

        DomainException e = refused(() -> as(provinceStaff, () -> changes.rename(
                new Rename(commune, "Đảng ủy xã An Phú Mới", Effect.on(nextMonth, null)), null)));
        assertThat(e.key()).isEqualTo("organization.error.dateInFuture");

        as(provinceStaff, () -> changes.rename(
                new Rename(commune, "Đảng ủy xã An Phú Mới", new Effect(nextMonth, "20-QĐ/TU", true)), null));
        assertThat(system(() -> organizations.get(commune)).name()).isEqualTo("Đảng ủy xã An Phú");
        assertThat(system(() -> organizations.getAsOf(commune, nextMonth)).name()).isEqualTo("Đảng ủy xã An Phú Mới");
        assertThat(system(() -> organizations.history(commune))).last()
                .satisfies(entry -> assertThat(entry.planned()).isTrue());
    }

    @Test
    void aRenameWithAStaleVersionIsAConflictAndChangesNothing() {
        long commune = build.found(province, COMMUNE, "Đảng ủy xã An Phú");
        int version = system(() -> organizations.get(commune)).version();
        as(provinceStaff, () -> changes.rename(new Rename(commune, "Đảng ủy xã An Phú 1",
                Effect.on(RENAMED_ON, null)), version));

        Conflict e = refused(Conflict.class, () -> as(provinceStaff, () -> changes.rename(
                new Rename(commune, "Đảng ủy xã An Phú 2", Effect.on(MOVED_ON, null)), version)));

        assertThat(e.key()).isEqualTo("error.conflict");
        assertThat(system(() -> organizations.get(commune)).name()).isEqualTo("Đảng ủy xã An Phú 1");
        assertThat(system(() -> organizations.get(commune)).version()).isGreaterThan(version);
    }

    @Test
    void countByTypeCountsTheSubtreeAsItStoodOnTheDay() {
        long commune = build.found(province, COMMUNE, "Đảng ủy xã An Phú");
        long older = build.found(commune, GRASSROOTS_CELL, "Chi bộ thôn 1");
        build.found(commune, GRASSROOTS_CELL, "Chi bộ thôn 2", MARCH_2024);
        long school = build.found(commune, GRASSROOTS_COMMITTEE, "Đảng bộ Trường THPT", MARCH_2024);
        build.found(school, CELL, "Chi bộ Giáo viên", MARCH_2024);
        as(provinceStaff, () -> changes.dissolve(new Commands.Dissolve(older, Effect.on(MOVED_ON, null)), null));

        assertThat(counts(organizations, province, MARCH_2024.minusDays(1)))
                .isEqualTo(Map.of(PROVINCIAL, 1, COMMUNE, 1, GRASSROOTS_CELL, 1));
        assertThat(counts(organizations, province, MARCH_2024))
                .isEqualTo(Map.of(PROVINCIAL, 1, COMMUNE, 1, GRASSROOTS_CELL, 2, GRASSROOTS_COMMITTEE, 1, CELL, 1));
        assertThat(counts(organizations, commune, MOVED_ON))
                .isEqualTo(Map.of(COMMUNE, 1, GRASSROOTS_CELL, 1, GRASSROOTS_COMMITTEE, 1, CELL, 1));
    }

    @Test
    void theDistrictLevelTakesNoNewWorkFrom1July2025ButItsOrganisationsMayLeaveIt() {
        // QĐ 294-QĐ/TW: no district level in the party system from 01/07/2025
        LocalDate lastDay = LocalDate.of(2025, 6, 30);
        LocalDate abolished = LocalDate.of(2025, 7, 1);
        long district = build.found(province, DISTRICT, "Huyện ủy Điện Biên");
        long commune = build.found(province, COMMUNE, "Đảng ủy xã Thanh An", abolished);
        long cell = build.found(district, GRASSROOTS_CELL, "Chi bộ thôn 1", lastDay);

        DomainException e = refused(() -> build.found(district, GRASSROOTS_CELL, "Chi bộ thôn 2", abolished));
        assertThat(e.key()).isEqualTo("organization.error.districtAbolished");
        assertThat(refused(() -> build.found(province, DISTRICT, "Huyện ủy Mới", abolished)).key())
                .isEqualTo("organization.error.districtAbolished");
        assertThat(refused(() -> as(provinceStaff, () -> changes.rename(
                new Rename(district, "Huyện ủy Điện Biên Đông", Effect.on(abolished, null)), null))).key())
                .isEqualTo("organization.error.districtAbolished");

        as(provinceStaff, () -> changes.move(new Move(cell, commune, Effect.on(abolished, null)), null));
        assertThat(system(() -> organizations.get(cell)).parentId()).isEqualTo(commune);
    }

    @Test
    void onlyACentralOrProvincialRootMayBeFoundedAndOnlyByTheSystem() {
        assertThat(refused(() -> SystemTasks.run(() -> changes.foundRoot("Xã", TestOrganizations.uniqueCode(),
                COMMUNE, TestOrganizations.FOUNDED))).key()).isEqualTo("organization.error.rootType");
        assertThat(refused(() -> as(provinceStaff, () -> changes.foundRoot("Tỉnh", TestOrganizations.uniqueCode(),
                PROVINCIAL, TestOrganizations.FOUNDED))).key()).isEqualTo("error.forbidden.permission");
    }

    private List<org.assertj.core.groups.Tuple> tree(LocalDate day) {
        return system(() -> organizations.tree(province, day)).stream()
                .map(node -> tuple(node.name(), node.parentId())).toList();
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    static <T> T system(Supplier<T> work) {
        return SystemTasks.run(work);
    }

    static Map<OrganizationType, Integer> counts(Organizations organizations, long id, LocalDate day) {
        return system(() -> organizations.countByType(id, day));
    }
}
