package vn.tochuc.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tochuc.access.TestUsers.as;
import static vn.tochuc.organization.OrganizationType.COMMUNE;
import static vn.tochuc.organization.OrganizationType.GRASSROOTS_CELL;
import static vn.tochuc.shared.Refusals.refused;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.tochuc.access.Role;
import vn.tochuc.access.SignedInUser;
import vn.tochuc.access.TestUsers;
import vn.tochuc.membership.MemberHistories.History;
import vn.tochuc.organization.TestOrganizations;
import vn.tochuc.shared.DomainException;

/**
 * The JDBC-batch path of a bulk load on embedded H2 (the demo database): generated member ids line up with their
 * events across more than one chunk, and a refusal in a later chunk leaves nothing.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:bulk;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "tochuc.demo.enabled=false"})
@ActiveProfiles("demo")
@Import({TestOrganizations.class, TestUsers.class})
class MemberHistoriesH2Test {

    @Autowired TestOrganizations build;
    @Autowired TestUsers users;
    @Autowired Members members;
    @Autowired MemberHistories histories;
    @Autowired JdbcClient jdbc;

    @Test
    void loadsInBatchesWithEveryEventUnderItsOwnMemberAndRefusesAllOrNothing() {
        long commune = build.found(build.province(), COMMUNE, "Đảng bộ xã Mường Thử");
        long cellA = build.found(commune, GRASSROOTS_CELL, "Chi bộ bản Nà Pẩu");
        long cellB = build.found(commune, GRASSROOTS_CELL, "Chi bộ bản Huổi Lèng");
        SignedInUser clerk = users.create(Role.CLERK, commune);
        LocalDate c = LocalDate.of(2021, 4, 10);
        List<History> load = new ArrayList<>();
        int n = MemberHistories.CHUNK + 3;
        for (int i = 0; i < n; i++) {
            List<LifeEvent> events = new ArrayList<>(List.of(LifeEvent.admission(cellA, c.minusDays(20), c)));
            if (i % 3 == 0) {
                events.add(LifeEvent.conversion(c.plusYears(1), 6, 7));
                events.add(LifeEvent.to(EventKind.TRANSFER, c.plusYears(2), cellB));
            }
            load.add(new History(TestMembers.record("Lường Văn Thử " + i, Sex.MALE, 1970 + i % 30), events));
        }
        assertThat(as(clerk, () -> histories.load(load.iterator(), "Nạp thử trên H2"))).isEqualTo(n);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM member_event").query(Long.class).single())
                .isEqualTo(n + 2L * ((n + 2) / 3));
        // Every transferred member is one whose number is a multiple of 3, and its events follow it.
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM member m JOIN member_event e ON e.member_id = m.id AND e.seq = 3
                 WHERE m.organization_id = :b AND e.organization_after = :b AND m.status = 'OFFICIAL'
                   AND m.version = 2 AND m.name_key LIKE 'luong van thu %'""").param("b", cellB)
                .query(Long.class).single()).isEqualTo((n + 2) / 3);
        long sample = jdbc.sql("SELECT id FROM member WHERE full_name = 'Lường Văn Thử 3000'").query(Long.class).single();
        as(clerk, () -> {
            assertThat(members.get(sample).organizationId()).isEqualTo(cellB);
            assertThat(members.history(sample)).extracting(EventView::statusAfter)
                    .containsExactly(MemberStatus.PROBATIONARY, MemberStatus.OFFICIAL, MemberStatus.OFFICIAL);
            assertThat(members.countAsOf(commune, c.plusYears(3))).isEqualTo(n);
        });

        List<History> bad = new ArrayList<>(load.subList(0, MemberHistories.CHUNK + 1).stream()
                .map(h -> new History(TestMembers.record(h.record().fullName() + " B", Sex.FEMALE, 1980), h.events()))
                .toList());
        bad.add(new History(TestMembers.record("Lường Thị Sớm", Sex.FEMALE, 1990),
                List.of(LifeEvent.admission(cellA, c.minusDays(20), c), LifeEvent.conversion(c.plusMonths(6), 5, 5))));
        DomainException refusal = refused(() -> as(clerk, () -> histories.load(bad.iterator(), "Nạp lỗi")));
        assertThat(refusal.key()).isEqualTo("member.error.conversionEarly");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM member").query(Long.class).single()).isEqualTo(n);
    }
}
