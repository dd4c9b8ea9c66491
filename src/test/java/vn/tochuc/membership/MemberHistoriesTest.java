package vn.tochuc.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tochuc.access.TestUsers.as;
import static vn.tochuc.organization.OrganizationType.COMMUNE;
import static vn.tochuc.organization.OrganizationType.GRASSROOTS_CELL;
import static vn.tochuc.shared.Refusals.refused;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tochuc.PostgresTest;
import vn.tochuc.access.Role;
import vn.tochuc.access.SignedInUser;
import vn.tochuc.access.TestUsers;
import vn.tochuc.membership.MemberHistories.History;
import vn.tochuc.membership.internal.MemberBulkWriter;
import vn.tochuc.membership.internal.OrganizationDays;
import vn.tochuc.organization.TestOrganizations;
import vn.tochuc.shared.Actors;
import vn.tochuc.shared.DomainException;
import vn.tochuc.shared.Forbidden;

/**
 * Bulk loads on PostgreSQL (COPY): the rows equal those that admitting and recording the same histories one by
 * one leave, and any refused history leaves nothing at all, not even the histories before it.
 */
@PostgresTest
class MemberHistoriesTest {

    @Autowired TestOrganizations build;
    @Autowired TestUsers users;
    @Autowired Members members;
    @Autowired MemberHistories histories;
    @Autowired JdbcClient jdbc;
    @Autowired MemberBulkWriter writer;
    @Autowired Actors actors;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired Clock clock;
    @Autowired MemberNumberRule numbers;

    long commune;
    long cellA;
    long cellB;
    long cellC;
    long foreignCell;
    SignedInUser clerk;

    @BeforeEach
    void aCommuneWithThreeCells() {
        long province = build.province();
        commune = build.found(province, COMMUNE, "Đảng bộ xã Nạp Hồ Sơ " + TestOrganizations.next());
        cellA = build.found(commune, GRASSROOTS_CELL, "Chi bộ thôn Nà Làng " + TestOrganizations.next());
        cellB = build.found(commune, GRASSROOTS_CELL, "Chi bộ thôn Pác Ta " + TestOrganizations.next());
        cellC = build.found(commune, GRASSROOTS_CELL, "Chi bộ thôn Khuổi Phầy " + TestOrganizations.next());
        long otherCommune = build.found(province, COMMUNE, "Đảng bộ xã Bên Cạnh " + TestOrganizations.next());
        foreignCell = build.found(otherCommune, GRASSROOTS_CELL, "Chi bộ thôn Ngoài " + TestOrganizations.next());
        clerk = users.create(Role.CLERK, commune);
    }

    /** Life cycles touching every kind of event, all dated in the past. */
    List<History> lives(String tag) {
        LocalDate d = LocalDate.of(2020, 2, 1);
        LocalDate c = LocalDate.of(2020, 3, 1);
        List<History> lives = new ArrayList<>();
        lives.add(history("Nguyễn Thị Hoa " + tag, Sex.FEMALE, admission(cellA, d, c)));
        lives.add(history("Trần Văn Nam " + tag, Sex.MALE, admission(cellA, d, c),
                LifeEvent.conversion(c.plusYears(1), 9, 10),
                LifeEvent.to(EventKind.TRANSFER, LocalDate.of(2022, 5, 2), cellB),
                LifeEvent.of(EventKind.EXEMPTION, LocalDate.of(2023, 1, 5)),
                LifeEvent.of(EventKind.EXEMPTION_END, LocalDate.of(2024, 1, 5))));
        lives.add(history("Lò Văn Bình " + tag, Sex.MALE, admission(cellB, d, c),
                LifeEvent.conversion(c.plusYears(1).plusDays(3), 7, 7),
                LifeEvent.to(EventKind.TEMPORARY_TRANSFER, LocalDate.of(2022, 9, 1), cellC)));
        lives.add(history("Hoàng Thị Mai " + tag, Sex.FEMALE, admission(cellC, d, c),
                LifeEvent.of(EventKind.REMOVAL, LocalDate.of(2020, 12, 1)),
                new LifeEvent(EventKind.READMISSION, LocalDate.of(2024, 2, 1), cellA, LocalDate.of(2024, 1, 20), null,
                        null, null, "45-QĐ/ĐU", "Kết nạp lại\tsau 36 tháng")));
        lives.add(history("Phạm Đức Thắng " + tag, Sex.MALE, admission(cellA, d, c),
                LifeEvent.conversion(c.plusYears(1), 5, 6),
                LifeEvent.of(EventKind.TRANSFER_OUT, LocalDate.of(2021, 6, 1)),
                LifeEvent.to(EventKind.TRANSFER_IN, LocalDate.of(2022, 6, 1), cellC),
                LifeEvent.discipline(LocalDate.of(2023, 3, 3), DisciplineForm.WARNING),
                LifeEvent.of(EventKind.DEATH, LocalDate.of(2024, 8, 8))));
        return lives;
    }

    @Test
    void aLoadWritesExactlyWhatAdmittingAndRecordingWouldHaveWritten() {
        String tag = "Một " + TestOrganizations.next();
        List<Long> oneByOne = new ArrayList<>();
        as(clerk, () -> {
            for (History h : lives(tag)) {
                LifeEvent a = h.events().getFirst();
                long id = members.admit(new Members.NewMember(h.record(), a.organizationId(), a.decisionOn(),
                        a.effectiveOn(), a.decisionRef()));
                for (LifeEvent e : h.events().subList(1, h.events().size())) {
                    members.record(id, members.get(id).version(), e);
                }
                oneByOne.add(id);
            }
        });
        String tag2 = "Hai " + TestOrganizations.next();
        long auditBefore = audits();
        long loaded = as(clerk, () -> histories.load(lives(tag2).iterator(), "Nạp hồ sơ thử nghiệm"));
        assertThat(loaded).isEqualTo(5);
        assertThat(audits()).isEqualTo(auditBefore + 1);
        assertThat(jdbc.sql("SELECT summary FROM audit_record ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")
                .query(String.class).single()).isEqualTo("Nạp hồ sơ thử nghiệm (5 đảng viên)");
        List<Long> bulk = jdbc.sql("SELECT id FROM member WHERE full_name LIKE :tag ORDER BY id")
                .param("tag", "% " + tag2).query(Long.class).list();
        assertThat(bulk).hasSize(5);
        for (int i = 0; i < 5; i++) {
            Map<String, Object> expected = memberRow(oneByOne.get(i), tag);
            Map<String, Object> actual = memberRow(bulk.get(i), tag2);
            assertThat(actual).isEqualTo(expected);
            assertThat(events(bulk.get(i))).isEqualTo(events(oneByOne.get(i)));
            long id = bulk.get(i);
            as(clerk, () -> assertThat(new MemberLifecycle(LifecycleRules.DEFAULT).replay(
                    members.history(id).stream().map(EventView::event).toList(), null).status())
                    .isEqualTo(members.get(id).status()));
        }
        assertThat(as(clerk, () -> members.countAsOf(commune, LocalDate.of(2024, 12, 31)))).isEqualTo(2 * 4);
    }

    /** The bulk writer hands PostgreSQL the scope key in the COPY (V17_1): it must be the database's own. */
    @Test
    void theBulkWritersScopeKeyIsTheOneTheDatabaseComputes() {
        for (String path : List.of("/1/", "/1/5/", "/1/5/77/", "/12/345/6789/10/")) {
            assertThat(MemberBulkWriter.scopeKey(path)).as(path).isEqualTo(jdbc.sql("SELECT member_scope_key(:path)")
                    .param("path", path).query(Long.class).single());
        }
        assertThat(MemberBulkWriter.scopeKey(null)).isNull();
        String tag = "Bảy " + TestOrganizations.next();
        as(clerk, () -> histories.load(lives(tag).iterator(), "Nạp hồ sơ có khóa phạm vi"));
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM member m JOIN organization_directory d ON d.id = m.organization_id
                 WHERE m.full_name LIKE :tag AND m.scope_id = member_scope_key(d.path)""")
                .param("tag", "% " + tag).query(Long.class).single()).isEqualTo(5);
    }

    @Test
    void loadedMembersAreFoundByAnyPartOfTheirNames() {
        String tag = "Sáu " + TestOrganizations.next();
        as(clerk, () -> histories.load(lives(tag).iterator(), "Nạp hồ sơ để tìm"));
        as(clerk, () -> {
            assertThat(members.search("nguyen thi h", 50)).extracting(MemberSummary::fullName)
                    .containsExactly("Nguyễn Thị Hoa " + tag);
            assertThat(members.search("uyen HOA", 50)).extracting(MemberSummary::fullName)
                    .containsExactly("Nguyễn Thị Hoa " + tag);
            assertThat(members.search("van", 50)).extracting(MemberSummary::fullName)
                    .contains("Lò Văn Bình " + tag, "Trần Văn Nam " + tag);
            assertThat(members.search("nguyen thi hoax", 50)).isEmpty();
        });
    }

    @Test
    void checkTellsTheStateAHistoryLeadsToWithoutWritingIt() {
        History h = lives("Ba " + TestOrganizations.next()).get(1);
        MemberState state = as(clerk, () -> histories.check(h));
        assertThat(state.status()).isEqualTo(MemberStatus.OFFICIAL);
        assertThat(state.organizationId()).isEqualTo(cellB);
        assertThat(inCommune()).isZero();
    }

    @Test
    void aConversionBeforeTwelveMonthsRefusesTheWholeLoad() {
        List<History> load = new ArrayList<>(lives("Bốn " + TestOrganizations.next()));
        LocalDate c = LocalDate.of(2021, 3, 1);
        load.add(history("Vi Văn Sớm", Sex.MALE, admission(cellA, c.minusDays(10), c),
                LifeEvent.conversion(c.plusMonths(11), 5, 5)));
        DomainException refusal = refused(() -> as(clerk, () -> histories.load(load.iterator(), "Nạp lỗi")));
        assertThat(refusal.key()).isEqualTo("member.error.conversionEarly");
        assertThat(refusal.field()).isEqualTo("effectiveOn");
        assertThat(inCommune()).isZero();
    }

    @Test
    void aDuplicateCitizenIdAfterAWrittenChunkRefusesTheWholeLoad() {
        String first = TestMembers.citizenIdOfWomanBorn1985();
        List<History> load = new ArrayList<>();
        LocalDate c = LocalDate.of(2021, 3, 1);
        for (int i = 0; i < MemberHistories.CHUNK + 2; i++) {
            String id = i == 0 || i == MemberHistories.CHUNK + 1 ? first : null;
            load.add(new History(TestMembers.withCitizenId("Đinh Thị Lan " + i, Sex.FEMALE, 1985, id),
                    List.of(admission(i % 2 == 0 ? cellA : cellB, c.minusDays(10), c))));
        }
        long auditBefore = audits();
        DomainException refusal = refused(() -> as(clerk, () -> histories.load(load.iterator(), "Nạp trùng")));
        assertThat(refusal.key()).isEqualTo("member.error.citizenIdTaken");
        assertThat(refusal.getMessage()).doesNotContain(first);
        assertThat(inCommune()).isZero();
        assertThat(audits()).isEqualTo(auditBefore);
    }

    @Test
    void aCitizenIdAlreadyOnRecordIsRefusedNotSkipped() {
        String taken = TestMembers.citizenIdOfWomanBorn1985();
        TestMembers.admit(members, clerk, cellA, TestMembers.withCitizenId("Hà Thị Có", Sex.FEMALE, 1985, taken));
        LocalDate c = LocalDate.of(2021, 3, 1);
        List<History> load = List.of(
                new History(TestMembers.record("Hà Thị Mới", Sex.FEMALE, 1986), List.of(admission(cellB, c, c))),
                new History(TestMembers.withCitizenId("Hà Thị Trùng", Sex.FEMALE, 1985, taken),
                        List.of(admission(cellB, c, c))));
        DomainException refusal = refused(() -> as(clerk, () -> histories.load(load.iterator(), "Nạp trùng")));
        assertThat(refusal.key()).isEqualTo("member.error.citizenIdTaken");
        assertThat(inCommune()).isEqualTo(1);
    }

    @Test
    void anOrganisationOutsideTheScopeIsForbiddenAndNothingIsWritten() {
        List<History> load = new ArrayList<>(lives("Năm " + TestOrganizations.next()));
        LocalDate c = LocalDate.of(2021, 3, 1);
        load.add(history("Sầm Văn Xa", Sex.MALE, admission(cellA, c.minusDays(10), c),
                LifeEvent.to(EventKind.TRANSFER, c.plusMonths(2), foreignCell)));
        refused(Forbidden.class, () -> as(clerk, () -> histories.load(load.iterator(), "Nạp ngoài phạm vi")));
        refused(Forbidden.class, () -> as(clerk, () -> histories.check(load.getLast())));
        assertThat(inCommune()).isZero();
    }

    @Test
    void anOrganisationThatDidNotExistOnTheDayIsRefused() {
        LocalDate before = TestOrganizations.FOUNDED.minusYears(5);
        History early = history("Mùa A Sử", Sex.MALE, admission(cellA, before.minusDays(10), before));
        DomainException refusal = refused(() -> as(clerk, () -> histories.check(early)));
        assertThat(refusal.key()).isEqualTo("member.error.organizationOnDay");
    }

    @Test
    void aCheckerRefusesWhatCheckRefusesWithTheSameMessages() {
        List<History> good = lives("Bảy " + TestOrganizations.next());
        LocalDate c = LocalDate.of(2021, 3, 1);
        History outside = history("Sầm Văn Xa", Sex.MALE, admission(cellA, c.minusDays(10), c),
                LifeEvent.to(EventKind.TRANSFER, c.plusMonths(2), foreignCell));
        LocalDate before = TestOrganizations.FOUNDED.minusYears(5);
        History early = history("Mùa A Sử", Sex.MALE, admission(cellA, before.minusDays(10), before));
        History nowhere = history("Giàng A Lử", Sex.MALE, admission(Long.MAX_VALUE - 7, c.minusDays(10), c));
        History tooSoon = history("Vi Văn Sớm", Sex.MALE, admission(cellA, c.minusDays(10), c),
                LifeEvent.conversion(c.plusMonths(11), 5, 5));
        as(clerk, () -> {
            MemberHistories.Checker checker = histories.checker();
            for (History h : good) {
                assertThat(checker.check(h)).isEqualTo(histories.check(h));
            }
            refused(Forbidden.class, () -> checker.check(outside));
            refused(Forbidden.class, () -> histories.check(outside));
            for (History bad : List.of(early, nowhere, tooSoon)) {
                DomainException byChecker = refused(() -> checker.check(bad));
                DomainException single = refused(() -> histories.check(bad));
                assertThat(byChecker.key()).isEqualTo(single.key());
                assertThat(byChecker.field()).isEqualTo(single.field());
                assertThat(byChecker.arguments()).isEqualTo(single.arguments());
            }
            assertThat(refused(() -> checker.check(early)).key()).isEqualTo("member.error.organizationOnDay");
            assertThat(refused(() -> checker.check(nowhere)).key()).isEqualTo("member.error.organization");
            // the checker goes on after a refusal
            assertThat(checker.check(good.getFirst()).organizationId()).isEqualTo(cellA);
        });
        assertThat(inCommune()).isZero();
    }

    @Test
    void aCheckerReadsTheOrganisationsOnceHoweverManyHistoriesItChecks() {
        int[] reads = new int[1];
        OrganizationDays counting = new OrganizationDays(jdbc) {
            @Override
            public Map<Long, Known> under(String path) {
                reads[0]++;
                return super.under(path);
            }

            @Override
            public Map<Long, Known> of(long id) {
                reads[0]++;
                return super.of(id);
            }
        };
        MemberHistories counted = new MemberHistories(writer, counting, actors, publisher, clock, numbers);
        as(clerk, () -> {
            MemberHistories.Checker checker = counted.checker();
            int afterOne = 0;
            for (int round = 0; round < 40; round++) {
                for (History h : lives("Tám " + round)) {
                    checker.check(h);
                }
                afterOne = round == 0 ? reads[0] : afterOne;
            }
            assertThat(afterOne).isEqualTo(1);
            assertThat(reads[0]).isEqualTo(afterOne);
            // one at a time, each check reads its organisations again
            counted.check(lives("Chín").get(1));
            assertThat(reads[0]).isGreaterThan(afterOne + 1);
        });
    }

    @Test
    void aRecordWithoutBirthDateIsAcceptedAsCarriedOver() {
        LocalDate c = LocalDate.of(2021, 3, 1);
        MemberRecord noBirth = new MemberRecord("Nông Văn Cũ", Sex.MALE, null, false, null, null, null, null, null,
                null, null, null, null, null, null, "  12.345.678 ", null);
        long n = as(clerk, () -> histories.load(List.of(new History(noBirth, List.of(admission(cellA, c, c))))
                .iterator(), "Nạp hồ sơ cũ"));
        assertThat(n).isEqualTo(1);
        assertThat(jdbc.sql("SELECT birth_date IS NULL FROM member m WHERE m.full_name = 'Nông Văn Cũ'"
                + " AND m.organization_id = :cell").param("cell", cellA).query(Boolean.class).single()).isTrue();
    }

    private long inCommune() {
        return jdbc.sql("SELECT COUNT(*) FROM member WHERE organization_id IN (:cells)")
                .param("cells", List.of(cellA, cellB, cellC)).query(Long.class).single();
    }

    private long audits() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_record").query(Long.class).single();
    }

    private Map<String, Object> memberRow(long id, String tag) {
        Map<String, Object> row = new LinkedHashMap<>(jdbc.sql("SELECT * FROM member WHERE id = :id")
                .param("id", id).query().singleRow());
        row.remove("id");
        row.remove("name_pairs"); // PostgreSQL computes it from name_key, compared below
        row.put("full_name", row.get("full_name").toString().replace(tag, "…"));
        row.put("name_key", row.get("name_key").toString().replace(vn.tochuc.shared.VietnameseText.fold(tag), "…"));
        return row;
    }

    private List<Map<String, Object>> events(long memberId) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : jdbc.sql("SELECT * FROM member_event WHERE member_id = :id ORDER BY seq")
                .param("id", memberId).query().listOfRows()) {
            Map<String, Object> copy = new LinkedHashMap<>(row);
            copy.remove("id");
            copy.remove("member_id");
            copy.remove("recorded_at");
            rows.add(copy);
        }
        return rows;
    }

    private static LifeEvent admission(long cell, LocalDate decision, LocalDate ceremony) {
        return new LifeEvent(EventKind.ADMISSION, ceremony, cell, decision, null, null, null, "12-QĐ/ĐU", null);
    }

    private static History history(String name, Sex sex, LifeEvent... events) {
        return new History(TestMembers.record(name, sex, 1980), List.of(events));
    }
}
