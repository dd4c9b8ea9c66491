package vn.tochuc.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.tochuc.access.TestUsers.PASSWORD;
import static vn.tochuc.access.TestUsers.as;
import static vn.tochuc.organization.OrganizationType.COMMUNE;
import static vn.tochuc.shared.Refusals.refused;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tochuc.PostgresTest;
import vn.tochuc.access.Commands.ChangePassword;
import vn.tochuc.access.Commands.CreateUser;
import vn.tochuc.access.Commands.UpdateUser;
import vn.tochuc.audit.AuditRecord;
import vn.tochuc.audit.internal.AuditStore;
import vn.tochuc.organization.Commands.Dissolve;
import vn.tochuc.organization.Commands.Effect;
import vn.tochuc.organization.Commands.Merge;
import vn.tochuc.organization.Commands.Rename;
import vn.tochuc.organization.TestOrganizations;
import vn.tochuc.organization.TreeChanges;
import vn.tochuc.shared.Conflict;
import vn.tochuc.shared.DomainException;
import vn.tochuc.shared.Forbidden;
import vn.tochuc.shared.NotFound;

/**
 * Managing accounts inside one's scope: a province's organising staff create accounts for
 * organisations in its subtree only, never granting more than their own role; every change is audited.
 */
@PostgresTest
class UserAdministrationTests {

    private static final LocalDate MERGED_ON = LocalDate.of(2025, 7, 1);

    @Autowired TestOrganizations build;
    @Autowired TestUsers users;
    @Autowired UserAdministration administration;
    @Autowired AuditStore audit;
    @Autowired JdbcClient jdbc;
    @Autowired TreeChanges changes;

    long province;
    long commune;
    long otherCommune;
    SignedInUser staff;

    @BeforeEach
    void twoProvinces() {
        province = build.province();
        commune = build.found(province, COMMUNE, "Đảng ủy xã Chiềng Mai");
        otherCommune = build.found(build.province(), COMMUNE, "Đảng ủy xã Chiềng Ban");
        staff = users.create(Role.ORGANIZING_STAFF, province);
    }

    @Test
    void provinceStaffCreateAClerkForAnOrganisationInTheirSubtree() {
        String username = "  Ke.Toan-" + TestOrganizations.next() + " ";
        long before = audit.head().lastSeq();

        long id = as(staff, () -> administration.create(new CreateUser(username, "Lò Thị  Mai", PASSWORD, Role.CLERK, commune)));

        UserAccount account = as(staff, () -> administration.get(id));
        assertThat(account.username()).isEqualTo(username.strip().toLowerCase());
        assertThat(account.fullName()).isEqualTo("Lò Thị Mai");
        assertThat(account.role()).isEqualTo(Role.CLERK);
        assertThat(account.scopeOrganizationId()).isEqualTo(commune);
        assertThat(account.scopeOrganizationName()).isEqualTo("Đảng ủy xã Chiềng Mai");
        assertThat(account.enabled()).isTrue();
        assertThat(audit.batchAfter(before, 10))
                .extracting(AuditRecord::actor, AuditRecord::action, AuditRecord::entityType, AuditRecord::entityId,
                        AuditRecord::organizationId)
                .containsExactly(tuple(staff.username(), "USER_CREATED", "user", Long.toString(id), commune));
    }

    @Test
    void staffCannotCreateAnAccountForAnotherProvincesOrganisation() {
        String username = "ngoai-" + TestOrganizations.next();
        Forbidden e = refused(Forbidden.class, () -> as(staff, () -> administration.create(
                new CreateUser(username, "Người ngoài", PASSWORD, Role.CLERK, otherCommune))));
        assertThat(e.key()).isEqualTo("error.forbidden.scope");
        assertThat(exists(username)).isFalse();
    }

    @Test
    void staffCannotGrantTheAdministratorRole() {
        String username = "quantri-" + TestOrganizations.next();
        Forbidden e = refused(Forbidden.class, () -> as(staff, () -> administration.create(
                new CreateUser(username, "Quản trị", PASSWORD, Role.ADMIN, commune))));
        assertThat(e.key()).isEqualTo("access.error.roleTooHigh");
        assertThat(exists(username)).isFalse();
    }

    @Test
    void aUsernameIsTakenWhateverItsCase() {
        SignedInUser clerk = users.create(Role.CLERK, commune);
        DomainException e = refused(() -> as(staff, () -> administration.create(
                new CreateUser(clerk.username().toUpperCase(), "Trùng tên", PASSWORD, Role.VIEWER, commune))));
        assertThat(e.field()).isEqualTo("username");
        assertThat(e.key()).isEqualTo("access.error.usernameTaken");
    }

    @Test
    void aWeakPasswordOrAMalformedUsernameIsRefusedOnItsField() {
        DomainException weak = refused(() -> as(staff, () -> administration.create(new CreateUser(
                "yeu-" + TestOrganizations.next(), "Mật khẩu yếu", "12345678", Role.VIEWER, commune))));
        assertThat(weak.field()).isEqualTo("password");
        assertThat(weak.key()).isEqualTo("access.error.weakPassword");

        DomainException name = refused(() -> as(staff, () -> administration.create(new CreateUser(
                "Nguyễn Văn A", "Nguyễn Văn A", PASSWORD, Role.VIEWER, commune))));
        assertThat(name.field()).isEqualTo("username");
        assertThat(name.key()).isEqualTo("access.error.username");
    }

    @Test
    void clerksDoNotManageAccounts() {
        SignedInUser clerk = users.create(Role.CLERK, province);
        Forbidden e = refused(Forbidden.class, () -> as(clerk, () -> administration.create(new CreateUser(
                "x-" + TestOrganizations.next(), "X", PASSWORD, Role.VIEWER, commune))));
        assertThat(e.key()).isEqualTo("error.forbidden.permission");
        refused(Forbidden.class, () -> as(clerk, () -> administration.list()));
    }

    @Test
    void staffListAndReadOnlyTheAccountsOfTheirSubtree() {
        SignedInUser mine = users.create(Role.VIEWER, commune);
        SignedInUser theirs = users.create(Role.VIEWER, otherCommune);

        assertThat(as(staff, () -> administration.list())).extracting(UserAccount::username)
                .contains(staff.username(), mine.username()).doesNotContain(theirs.username());
        refused(NotFound.class, () -> as(staff, () -> administration.get(theirs.id())));
    }

    @Test
    void changingAnAccountOfAnotherProvinceIsForbiddenWhileReadingItLooksMissing() {
        SignedInUser theirs = users.create(Role.VIEWER, otherCommune);
        int version = SystemTasks.run(() -> administration.get(theirs.id())).version();
        long before = audit.head().lastSeq();

        NotFound read = refused(NotFound.class, () -> as(staff, () -> administration.get(theirs.id())));
        assertThat(read.arguments()).containsExactly("user", theirs.id());
        for (ThrowingCallable write : List.<ThrowingCallable>of(
                () -> as(staff, () -> administration.update(new UpdateUser(theirs.id(), version, "Người ngoài",
                        Role.VIEWER, commune, true))),
                () -> as(staff, () -> administration.resetPassword(theirs.id(), "matkhaumoi2025")),
                () -> as(staff, () -> administration.unlock(theirs.id())))) {
            Forbidden e = refused(Forbidden.class, write);
            assertThat(e.key()).isEqualTo("error.forbidden.scope");
        }
        assertThat(audit.head().lastSeq()).isEqualTo(before);
        assertThat(SystemTasks.run(() -> administration.get(theirs.id())).scopeOrganizationId()).isEqualTo(otherCommune);
    }

    @Test
    void changingAnAccountThatDoesNotExistIsNotFound() {
        NotFound e = refused(NotFound.class, () -> as(staff, () -> administration.unlock(Long.MAX_VALUE)));
        assertThat(e.arguments()).containsExactly("user", Long.MAX_VALUE);
    }

    @Test
    void anAccountWhoseOrganisationWasMergedIsStillListedAndCanBeMovedToTheSuccessor() {
        long mergedAway = build.found(province, COMMUNE, "Đảng ủy xã Nà Nhạn");
        SignedInUser stranded = users.create(Role.CLERK, mergedAway);
        long successor = SystemTasks.run(() -> changes.merge(new Merge(List.of(mergedAway), commune, null,
                Effect.on(MERGED_ON, "10-QĐ/TU"))));

        UserAccount listed = as(staff, () -> administration.list()).stream()
                .filter(account -> account.id() == stranded.id()).findFirst().orElseThrow();
        assertThat(listed.scopeOrganizationName()).isEqualTo("Đảng ủy xã Nà Nhạn");
        assertThat(listed.scopePath()).endsWith("/" + mergedAway + "/");
        assertThat(listed.scopeEndedOn()).isEqualTo(MERGED_ON);
        assertThat(listed.scopeEndedBy(MERGED_ON)).isTrue();
        assertThat(listed.scopeEndedBy(MERGED_ON.minusDays(1))).isFalse();
        Forbidden signedIn = refused(Forbidden.class, () -> as(stranded, () -> administration.changeOwnPassword(
                new ChangePassword(PASSWORD, "matkhaumoi2025"))));
        assertThat(signedIn.key()).isEqualTo("error.scopeEnded");

        as(staff, () -> administration.update(new UpdateUser(stranded.id(), listed.version(), listed.fullName(),
                Role.CLERK, successor, true)));

        UserAccount moved = as(staff, () -> administration.get(stranded.id()));
        assertThat(moved.scopeOrganizationId()).isEqualTo(commune);
        assertThat(moved.scopeOrganizationName()).isEqualTo("Đảng ủy xã Chiềng Mai");
        assertThat(moved.scopeEndedOn()).isNull();
    }

    @Test
    void anAccountOfAnEndedOrganisationKeepsItsScopeUntilItIsMovedToAnOrganisationInForce() {
        long dissolved = build.found(province, COMMUNE, "Đảng ủy xã Giải Thể");
        SignedInUser stranded = users.create(Role.VIEWER, dissolved);
        SystemTasks.run(() -> changes.dissolve(new Dissolve(dissolved, Effect.on(MERGED_ON, null)), null));
        UserAccount account = as(staff, () -> administration.get(stranded.id()));

        DomainException e = refused(() -> as(staff, () -> administration.update(new UpdateUser(stranded.id(),
                account.version(), account.fullName(), Role.VIEWER, dissolved, true))));

        assertThat(e.field()).isEqualTo("scopeOrganizationId");
        assertThat(e.key()).isEqualTo("access.error.scopeMissing");
    }

    @Test
    void theDirectoryListsEachOrganisationOnceWithItsLatestNameAndWhenItEnded() {
        long renamedThenMerged = build.found(province, COMMUNE, "Đảng ủy xã Tên Cũ");
        SystemTasks.run(() -> changes.rename(new Rename(renamedThenMerged, "Đảng ủy xã Tên Mới",
                Effect.on(MERGED_ON.minusMonths(6), null)), null));
        SystemTasks.run(() -> changes.merge(new Merge(List.of(renamedThenMerged), commune, null,
                Effect.on(MERGED_ON, null))));

        assertThat(jdbc.sql("SELECT name, ended_on FROM organization_directory WHERE id = :id")
                .param("id", renamedThenMerged)
                .query((rs, n) -> tuple(rs.getString(1), rs.getObject(2, LocalDate.class))).list())
                .containsExactly(tuple("Đảng ủy xã Tên Mới", MERGED_ON));
        assertThat(jdbc.sql("SELECT name, ended_on FROM organization_directory WHERE id = :id")
                .param("id", commune)
                .query((rs, n) -> tuple(rs.getString(1), rs.getObject(2, LocalDate.class))).list())
                .containsExactly(tuple("Đảng ủy xã Chiềng Mai", null));
    }

    @Test
    void anUpdateWithAStaleVersionIsAConflict() {
        SignedInUser clerk = users.create(Role.CLERK, commune);
        int version = as(staff, () -> administration.get(clerk.id())).version();
        long before = audit.head().lastSeq();

        as(staff, () -> administration.update(new UpdateUser(clerk.id(), version, "Lò Văn Pọm", Role.VIEWER, commune, true)));
        Conflict e = refused(Conflict.class, () -> as(staff, () -> administration.update(
                new UpdateUser(clerk.id(), version, "Lò Văn Pọm", Role.CLERK, commune, true))));

        assertThat(e.key()).isEqualTo("error.conflict");
        assertThat(as(staff, () -> administration.get(clerk.id())).role()).isEqualTo(Role.VIEWER);
        assertThat(audit.batchAfter(before, 10)).extracting(AuditRecord::action).containsExactly("USER_UPDATED");
    }

    @Test
    void nobodyDemotesOrDisablesThemselves() {
        SignedInUser admin = users.create(Role.ADMIN, province);
        int version = as(admin, () -> administration.get(admin.id())).version();
        DomainException e = refused(() -> as(admin, () -> administration.update(
                new UpdateUser(admin.id(), version, admin.fullName(), Role.VIEWER, province, true))));
        assertThat(e.key()).isEqualTo("access.error.selfDemotion");
        DomainException disable = refused(() -> as(admin, () -> administration.update(
                new UpdateUser(admin.id(), version, admin.fullName(), Role.ADMIN, province, false))));
        assertThat(disable.key()).isEqualTo("access.error.selfDemotion");
    }

    @Test
    void staffCannotManageAnotherOrganisingStaffAccountOfTheSameScope() {
        SignedInUser peer = users.create(Role.ORGANIZING_STAFF, province);
        int version = as(staff, () -> administration.get(peer.id())).version();
        long before = audit.head().lastSeq();

        for (ThrowingCallable write : List.<ThrowingCallable>of(
                () -> as(staff, () -> administration.resetPassword(peer.id(), "matkhaumoi2025")),
                () -> as(staff, () -> administration.unlock(peer.id())),
                () -> as(staff, () -> administration.update(new UpdateUser(peer.id(), version, peer.fullName(),
                        Role.VIEWER, province, false))))) {
            Forbidden e = refused(Forbidden.class, write);
            assertThat(e.key()).isEqualTo("access.error.peerAccount");
        }
        assertThat(audit.head().lastSeq()).isEqualTo(before);
        assertThat(SystemTasks.run(() -> administration.get(peer.id()))).satisfies(account -> {
            assertThat(account.role()).isEqualTo(Role.ORGANIZING_STAFF);
            assertThat(account.enabled()).isTrue();
        });
    }

    @Test
    void staffManageOrganisingStaffOfAnOrganisationBelowTheirsAndLowerRolesOfTheirOwnScope() {
        SignedInUser communeStaff = users.create(Role.ORGANIZING_STAFF, commune);
        SignedInUser provinceClerk = users.create(Role.CLERK, province);
        long before = audit.head().lastSeq();

        as(staff, () -> administration.resetPassword(communeStaff.id(), "matkhaumoi2025"));
        as(staff, () -> administration.unlock(provinceClerk.id()));

        assertThat(audit.batchAfter(before, 10)).extracting(AuditRecord::action, AuditRecord::entityId)
                .containsExactly(tuple("USER_PASSWORD_RESET", Long.toString(communeStaff.id())),
                        tuple("USER_UNLOCKED", Long.toString(provinceClerk.id())));
        Forbidden upward = refused(Forbidden.class, () -> as(communeStaff, () -> administration.unlock(staff.id())));
        assertThat(upward.key()).isEqualTo("error.forbidden.scope");
    }

    @Test
    void anAdministratorManagesEveryAccountInItsScopeIncludingOtherAdministratorsOfTheSameScope() {
        SignedInUser admin = users.create(Role.ADMIN, province);
        SignedInUser otherAdmin = users.create(Role.ADMIN, province);

        as(admin, () -> administration.resetPassword(otherAdmin.id(), "matkhaumoi2025"));
        as(admin, () -> administration.resetPassword(staff.id(), "matkhaumoi2025"));
        as(admin, () -> administration.unlock(admin.id()));
    }

    @Test
    void aUsernameOfAnotherProvinceCannotBeProbedWithAnOutOfScopeCreate() {
        SignedInUser theirs = users.create(Role.VIEWER, otherCommune);

        Forbidden e = refused(Forbidden.class, () -> as(staff, () -> administration.create(
                new CreateUser(theirs.username(), "Dò tên", PASSWORD, Role.VIEWER, otherCommune))));

        assertThat(e.key()).isEqualTo("error.forbidden.scope");
        assertThat(e.field()).isNull();
    }

    @Test
    void staffCannotTakeOverAnAdministratorAccountInTheirScope() {
        SignedInUser admin = users.create(Role.ADMIN, commune);
        int version = SystemTasks.run(() -> administration.get(admin.id())).version();

        refused(Forbidden.class, () -> as(staff, () -> administration.update(
                new UpdateUser(admin.id(), version, admin.fullName(), Role.VIEWER, commune, false))));
        Forbidden reset = refused(Forbidden.class, () -> as(staff, () -> administration.resetPassword(admin.id(),
                "matkhaumoi2025")));
        assertThat(reset.key()).isEqualTo("access.error.roleTooHigh");
        refused(Forbidden.class, () -> as(staff, () -> administration.unlock(admin.id())));
    }

    @Test
    void changingOnesOwnPasswordNeedsTheCurrentOne() {
        SignedInUser clerk = users.create(Role.CLERK, commune);
        long before = audit.head().lastSeq();

        DomainException wrong = refused(() -> as(clerk, () -> administration.changeOwnPassword(
                new ChangePassword("khongphaimatkhau1", "matkhaumoi2025"))));
        assertThat(wrong.field()).isEqualTo("currentPassword");
        assertThat(wrong.key()).isEqualTo("access.error.currentPassword");
        assertThat(refused(() -> as(clerk, () -> administration.changeOwnPassword(
                new ChangePassword(PASSWORD, "ngan1")))).field()).isEqualTo("newPassword");
        assertThat(audit.head().lastSeq()).isEqualTo(before);

        as(clerk, () -> administration.changeOwnPassword(new ChangePassword(PASSWORD, "matkhaumoi2025")));

        assertThat(audit.batchAfter(before, 10)).extracting(AuditRecord::actor, AuditRecord::action)
                .containsExactly(tuple(clerk.username(), "USER_PASSWORD_CHANGED"));
    }

    @Test
    void everyAccountChangeIsAudited() {
        SignedInUser clerk = users.create(Role.CLERK, commune);
        long before = audit.head().lastSeq();

        as(staff, () -> administration.resetPassword(clerk.id(), "matkhaumoi2025"));
        as(staff, () -> administration.unlock(clerk.id()));

        assertThat(audit.batchAfter(before, 10))
                .extracting(AuditRecord::actor, AuditRecord::action, AuditRecord::entityId)
                .containsExactly(tuple(staff.username(), "USER_PASSWORD_RESET", Long.toString(clerk.id())),
                        tuple(staff.username(), "USER_UNLOCKED", Long.toString(clerk.id())));
    }

    private boolean exists(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = :u").param("u", username)
                .query(Long.class).single() > 0;
    }
}
