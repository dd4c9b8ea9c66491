package vn.tochuc.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.tochuc.access.TestUsers.as;
import static vn.tochuc.shared.Refusals.refused;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tochuc.PostgresTest;
import vn.tochuc.access.Role;
import vn.tochuc.access.SignedInUser;
import vn.tochuc.access.SystemTasks;
import vn.tochuc.access.TestUsers;
import vn.tochuc.audit.AuditRecord;
import vn.tochuc.audit.internal.AuditStore;
import vn.tochuc.organization.Organizations;
import vn.tochuc.organization.TestOrganizations;
import vn.tochuc.shared.Conflict;
import vn.tochuc.shared.DomainException;
import vn.tochuc.shared.Forbidden;

/**
 * The holiday calendar on PostgreSQL: the seeded days off (Bộ luật Lao động 2019 Điều 112), edits by a
 * system administrator with their audit records, refusals for everyone else. Tests add days in the 2030s,
 * each its own, so they do not disturb the seeded years other tests count on.
 */
@PostgresTest
class HolidayCalendarTests {

    @Autowired HolidayCalendar calendar;
    @Autowired TestOrganizations build;
    @Autowired TestUsers users;
    @Autowired AuditStore audit;
    @Autowired Organizations organizations;

    long province;
    SignedInUser admin;

    @BeforeEach
    void province() {
        province = build.province();
        admin = users.create(Role.ADMIN, province);
    }

    @Test
    void theSeededCalendarHoldsTetBinhNgoAndQuocKhanh2026() {
        assertThat(calendar.list(2026)).hasSize(13)
                .contains(new Holiday(LocalDate.of(2026, 2, 17), "Tết Nguyên đán Bính Ngọ (mùng 1 Tết)"),
                        new Holiday(LocalDate.of(2026, 9, 2), "Quốc khánh"))
                .extracting(Holiday::day).isSorted();
        assertThat(calendar.workingDays().isWorkingDay(LocalDate.of(2026, 2, 18))).isFalse();
        // QĐ 190-QĐ/TW Điều 33: a congress closing Tuesday 10/02/2026 takes complaints until Tuesday 10/03/2026
        assertThat(calendar.workingDays().plusWorkingDays(LocalDate.of(2026, 2, 10), 15))
                .isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void anAdministratorAddsAndRemovesADayOffAndBothAreAudited() {
        LocalDate day = LocalDate.of(2031, 11, 24); // a Monday
        String path = SystemTasks.run(() -> organizations.get(province)).path();
        assertThat(calendar.workingDays().isWorkingDay(day)).isTrue();
        long before = audit.head().lastSeq();

        as(admin, () -> calendar.add(day, "  Ngày  Văn hóa Việt Nam "));
        assertThat(calendar.list(2031)).containsExactly(new Holiday(day, "Ngày Văn hóa Việt Nam"));
        assertThat(calendar.workingDays().isWorkingDay(day)).isFalse();

        as(admin, () -> calendar.remove(day));
        assertThat(calendar.list(2031)).isEmpty();
        assertThat(calendar.workingDays().isWorkingDay(day)).isTrue();

        assertThat(audit.batchAfter(before, 10))
                .extracting(AuditRecord::actor, AuditRecord::action, AuditRecord::entityType, AuditRecord::entityId,
                        AuditRecord::organizationId, AuditRecord::organizationPath, AuditRecord::summary)
                .containsExactly(
                        tuple(admin.username(), "HOLIDAY_ADDED", "holiday", "2031-11-24", province, path,
                                "Thêm ngày nghỉ 24/11/2031: Ngày Văn hóa Việt Nam"),
                        tuple(admin.username(), "HOLIDAY_REMOVED", "holiday", "2031-11-24", province, path,
                                "Bỏ ngày nghỉ 24/11/2031: Ngày Văn hóa Việt Nam"));
    }

    @Test
    void aClerkMayReadTheCalendarButNotChangeIt() {
        SignedInUser clerk = users.create(Role.CLERK, province);
        long before = audit.head().lastSeq();

        assertThat(as(clerk, () -> calendar.list(2025))).isNotEmpty();
        Forbidden adding = refused(Forbidden.class, () -> as(clerk, () -> calendar.add(LocalDate.of(2032, 3, 8), "Thử")));
        Forbidden removing = refused(Forbidden.class, () -> as(clerk, () -> calendar.remove(LocalDate.of(2025, 9, 2))));

        assertThat(adding.key()).isEqualTo("error.forbidden.permission");
        assertThat(removing.key()).isEqualTo("error.forbidden.permission");
        assertThat(calendar.list(2032)).isEmpty();
        assertThat(calendar.list(2025)).extracting(Holiday::day).contains(LocalDate.of(2025, 9, 2));
        assertThat(audit.head().lastSeq()).isEqualTo(before);
    }

    @Test
    void aDayAlreadyListedIsRefusedWithItsName() {
        Conflict e = refused(Conflict.class, () -> as(admin, () -> calendar.add(LocalDate.of(2025, 9, 2), "Quốc khánh")));
        assertThat(e.key()).isEqualTo("calendar.error.duplicate");
        assertThat(e.arguments()).containsExactly(LocalDate.of(2025, 9, 2), "Quốc khánh");
    }

    @Test
    void weekendsMissingNamesAndUnlistedDaysAreRefused() {
        assertThat(refused(() -> as(admin, () -> calendar.add(LocalDate.of(2033, 1, 1), "Tết Dương lịch"))).key())
                .isEqualTo("calendar.error.weekend"); // 01/01/2033 is a Saturday
        assertThat(refused(() -> as(admin, () -> calendar.add(LocalDate.of(2033, 1, 3), "  "))).key())
                .isEqualTo("calendar.error.nameMissing");
        assertThat(refused(() -> as(admin, () -> calendar.add(null, "Tết"))).key()).isEqualTo("calendar.error.dayMissing");
        DomainException unlisted = refused(() -> as(admin, () -> calendar.remove(LocalDate.of(2033, 1, 4))));
        assertThat(unlisted.key()).isEqualTo("calendar.error.notListed");
        assertThat(unlisted.field()).isEqualTo("day");
        assertThat(calendar.list(2033)).isEmpty();
    }
}
