package vn.tochuc.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.tochuc.access.TestUsers.as;
import static vn.tochuc.organization.OrganizationType.COMMUNE;
import static vn.tochuc.organization.OrganizationType.GRASSROOTS_CELL;
import static vn.tochuc.shared.Refusals.refused;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tochuc.PostgresTest;
import vn.tochuc.access.Role;
import vn.tochuc.access.SignedInUser;
import vn.tochuc.access.SystemTasks;
import vn.tochuc.access.TestUsers;
import vn.tochuc.audit.internal.AuditStore;
import vn.tochuc.organization.Commands.Effect;
import vn.tochuc.organization.Commands.Found;
import vn.tochuc.organization.Commands.Merge;
import vn.tochuc.organization.Commands.Rename;
import vn.tochuc.organization.OrganizationChanged;
import vn.tochuc.organization.ChangeKind;
import vn.tochuc.organization.Organizations;
import vn.tochuc.organization.TestOrganizations;
import vn.tochuc.organization.TreeChanges;
import vn.tochuc.shared.Forbidden;

/**
 * The append-only, hash-chained audit trail: every write is recorded in its own transaction, the
 * chain check finds the first altered or missing record, and PostgreSQL itself refuses updates and
 * deletes. The chain is shared by every test in the schema, so each test asserts relative to the
 * head it found; tampering happens inside a transaction that is rolled back.
 */
@PostgresTest
class AuditTrailTests {

    private static final LocalDate ON = LocalDate.of(2024, 9, 2);
    private static final String TRIGGER = "audit_record_no_update_or_delete";

    @Autowired TestOrganizations build;
    @Autowired TestUsers users;
    @Autowired TreeChanges changes;
    @Autowired Organizations organizations;
    @Autowired AuditTrail trail;
    @Autowired AuditStore store;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    long province;
    long commune;
    SignedInUser staff;

    @BeforeEach
    void province() {
        province = build.province();
        commune = build.found(province, COMMUNE, "Đảng ủy xã Chiềng Mai");
        staff = users.create(Role.ORGANIZING_STAFF, province);
    }

    @Test
    void everyTreeChangeIsRecordedWithWhoDidItWhatAndWhere() {
        long before = head();
        long cell = as(staff, () -> changes.found(new Found("Chi bộ bản Nà Sài", null, GRASSROOTS_CELL, commune,
                Effect.on(ON, "45-QĐ/ĐU"))));
        String path = SystemTasks.run(() -> organizations.get(cell)).path();

        assertThat(store.batchAfter(before, 10))
                .extracting(AuditRecord::actor, AuditRecord::action, AuditRecord::entityType, AuditRecord::entityId,
                        AuditRecord::organizationId, AuditRecord::organizationPath, AuditRecord::summary)
                .containsExactly(tuple(staff.username(), "ORGANIZATION_FOUNDED", "organization", Long.toString(cell),
                        cell, path, "Thành lập Chi bộ bản Nà Sài trực thuộc Đảng ủy xã Chiềng Mai, hiệu lực 02/09/2024 (45-QĐ/ĐU)"));

        long afterFound = head();
        as(staff, () -> changes.rename(new Rename(cell, "Chi bộ bản Nà Sài 1", Effect.on(ON, null)), null));
        assertThat(store.batchAfter(afterFound, 10)).extracting(AuditRecord::actor, AuditRecord::action)
                .containsExactly(tuple(staff.username(), "ORGANIZATION_RENAMED"));
    }

    @Test
    void aMergeRecordsTheNewOrganisationEachSourceAndTheTarget() {
        long other = build.found(province, COMMUNE, "Đảng ủy xã Chiềng Ban");
        long before = head();

        long merged = as(staff, () -> changes.merge(new Merge(List.of(commune, other), null,
                new Found("Đảng ủy xã Chiềng Mai Ban", null, COMMUNE, province, null), Effect.on(ON, null))));

        assertThat(store.batchAfter(before, 10))
                .extracting(AuditRecord::actor, AuditRecord::action, AuditRecord::entityId)
                .containsExactly(tuple(staff.username(), "ORGANIZATION_FOUNDED", Long.toString(merged)),
                        tuple(staff.username(), "ORGANIZATION_MERGED_INTO", Long.toString(commune)),
                        tuple(staff.username(), "ORGANIZATION_MERGED_INTO", Long.toString(other)),
                        tuple(staff.username(), "ORGANIZATION_MERGED", Long.toString(merged)));
    }

    @Test
    void aWriteRolledBackTakesItsAuditRecordWithIt() {
        long cell = build.found(commune, GRASSROOTS_CELL, "Chi bộ bản Nà Sài");
        long before = head();

        inTransactionRolledBack(status -> {
            as(staff, () -> changes.rename(new Rename(cell, "Chi bộ bản Nà Sài 1", Effect.on(ON, null)), null));
            assertThat(head()).isEqualTo(before + 1); // appended inside the write's transaction
            return null;
        });

        assertThat(head()).isEqualTo(before);
        assertThat(SystemTasks.run(() -> organizations.get(cell)).name()).isEqualTo("Chi bộ bản Nà Sài");
    }

    @Test
    void theTrailRefusesAnEventPublishedOutsideATransaction() {
        long before = head();
        var event = new OrganizationChanged(ChangeKind.RENAMED, commune, "/0/", "không có giao dịch");

        assertThatThrownBy(() -> SystemTasks.run(() -> trail.on(event)))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(head()).isEqualTo(before);
    }

    @Test
    void aRefusedWriteLeavesNoAuditRecord() {
        long cell = build.found(commune, GRASSROOTS_CELL, "Chi bộ bản Nà Sài");
        long before = head();

        refused(() -> as(staff, () -> changes.found(new Found("Chi bộ con", null, GRASSROOTS_CELL, cell,
                Effect.on(ON, null)))));
        // refused only after the new target was founded and one source merged: all of it rolls back
        refused(() -> as(staff, () -> changes.merge(new Merge(List.of(commune, cell), null,
                new Found("Đảng ủy xã Mới", null, COMMUNE, province, null), Effect.on(ON, null)))));

        assertThat(head()).isEqualTo(before);
        assertThat(SystemTasks.run(() -> organizations.get(commune)).active()).isTrue();
    }

    @Test
    void anIntactChainVerifiesIntact() {
        as(staff, () -> changes.rename(new Rename(commune, "Đảng ủy xã Chiềng Mai 1", Effect.on(ON, null)), null));

        ChainCheck check = SystemTasks.run(() -> trail.verify());

        assertThat(check.intact()).isTrue();
        assertThat(check.problem()).isNull();
        assertThat(check.checked()).isEqualTo(head());
        assertThat(as(staff, () -> trail.verify()).intact()).isTrue();
    }

    @Test
    void onlyRolesWithTheVerifyPermissionMayVerifyTheChain() {
        SignedInUser clerk = users.create(Role.CLERK, province);
        Forbidden e = refused(Forbidden.class, () -> as(clerk, () -> trail.verify()));
        assertThat(e.key()).isEqualTo("error.forbidden.permission");
    }

    @Test
    void anAlteredSummaryIsReportedAtItsRecord() {
        as(staff, () -> changes.rename(new Rename(commune, "Đảng ủy xã Chiềng Mai 1", Effect.on(ON, null)), null));
        long tampered = head();
        as(staff, () -> changes.rename(new Rename(commune, "Đảng ủy xã Chiềng Mai 2", Effect.on(ON, null)), null));

        ChainCheck check = inTransactionRolledBack(status -> withTriggerDisabled(() -> {
            jdbc.sql("UPDATE audit_record SET summary = 'Không có gì' WHERE seq = :seq").param("seq", tampered).update();
            return SystemTasks.run(() -> trail.verify());
        }));

        assertThat(check.intact()).isFalse();
        assertThat(check.problem()).isEqualTo("ALTERED");
        assertThat(check.firstBrokenSeq()).isEqualTo(tampered);
        assertThat(check.checked()).isEqualTo(tampered - 1);
        assertThat(SystemTasks.run(() -> trail.verify()).intact()).isTrue();
    }

    @Test
    void aDeletedRecordIsReportedMissing() {
        as(staff, () -> changes.rename(new Rename(commune, "Đảng ủy xã Chiềng Mai 1", Effect.on(ON, null)), null));
        long deleted = head();
        as(staff, () -> changes.rename(new Rename(commune, "Đảng ủy xã Chiềng Mai 2", Effect.on(ON, null)), null));

        ChainCheck check = inTransactionRolledBack(status -> withTriggerDisabled(() -> {
            jdbc.sql("DELETE FROM audit_record WHERE seq = :seq").param("seq", deleted).update();
            return SystemTasks.run(() -> trail.verify());
        }));

        assertThat(check.problem()).isEqualTo("MISSING");
        assertThat(check.firstBrokenSeq()).isEqualTo(deleted);
        assertThat(SystemTasks.run(() -> trail.verify()).intact()).isTrue();
    }

    @Test
    void deletingTheLastRecordIsReportedMissingToo() {
        as(staff, () -> changes.rename(new Rename(commune, "Đảng ủy xã Chiềng Mai 1", Effect.on(ON, null)), null));
        long last = head();

        ChainCheck check = inTransactionRolledBack(status -> withTriggerDisabled(() -> {
            jdbc.sql("DELETE FROM audit_record WHERE seq = :seq").param("seq", last).update();
            return SystemTasks.run(() -> trail.verify());
        }));

        assertThat(check.problem()).isEqualTo("MISSING");
        assertThat(check.firstBrokenSeq()).isEqualTo(last);
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteAuditRecords() {
        long seq = head();

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_record SET summary = 'x' WHERE seq = :seq").param("seq", seq).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_record WHERE seq = :seq").param("seq", seq).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE seq = :seq").param("seq", seq)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aUserReadsOnlyTheRecordsOfTheirOwnSubtree() {
        long cell = build.found(commune, GRASSROOTS_CELL, "Chi bộ bản Nà Sài");
        long otherCommune = build.found(province, COMMUNE, "Đảng ủy xã Chiềng Ban");
        long otherCell = build.found(otherCommune, GRASSROOTS_CELL, "Chi bộ bản Co Muông");
        SignedInUser clerk = users.create(Role.CLERK, commune);
        String communePath = SystemTasks.run(() -> organizations.get(commune)).path();

        List<AuditRecord> seen = as(clerk, () -> trail.find(AuditFilter.none(), 0));

        assertThat(seen).isNotEmpty().allSatisfy(r -> assertThat(r.organizationPath()).startsWith(communePath));
        assertThat(seen).extracting(AuditRecord::entityId)
                .contains(Long.toString(commune), Long.toString(cell), Long.toString(clerk.id()))
                .doesNotContain(Long.toString(otherCommune), Long.toString(otherCell), Long.toString(province));
        assertThat(seen).extracting(AuditRecord::seq).isSortedAccordingTo((a, b) -> Long.compare(b, a));

        var onlyTheCell = new AuditFilter(null, null, null, "ORGANIZATION_FOUNDED", cell, null);
        assertThat(as(clerk, () -> trail.find(onlyTheCell, 0))).extracting(AuditRecord::entityId)
                .containsExactly(Long.toString(cell));
        assertThat(as(clerk, () -> trail.find(new AuditFilter(null, null, null, null, otherCell, null), 0))).isEmpty();
    }

    @Test
    void viewersCannotReadTheTrail() {
        SignedInUser viewer = users.create(Role.VIEWER, province);
        refused(Forbidden.class, () -> as(viewer, () -> trail.find(AuditFilter.none(), 0)));
    }

    private long head() {
        return store.head().lastSeq();
    }

    private <T> T inTransactionRolledBack(Function<TransactionStatus, T> work) {
        return new TransactionTemplate(transactions).execute(status -> {
            status.setRollbackOnly();
            return work.apply(status);
        });
    }

    /** Only inside a transaction that is rolled back: the trigger comes back whatever happens. */
    private <T> T withTriggerDisabled(java.util.function.Supplier<T> work) {
        jdbc.sql("ALTER TABLE audit_record DISABLE TRIGGER " + TRIGGER).update();
        try {
            return work.get();
        } finally {
            jdbc.sql("ALTER TABLE audit_record ENABLE TRIGGER " + TRIGGER).update();
        }
    }
}
