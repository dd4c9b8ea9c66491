package vn.tochuc.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tochuc.access.TestUsers.as;
import static vn.tochuc.shared.Refusals.refused;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tochuc.PostgresTest;
import vn.tochuc.access.SignedInUser;
import vn.tochuc.membership.WorkItems.ConversionDue;
import vn.tochuc.membership.WorkItems.DataProblem;
import vn.tochuc.membership.WorkItems.Exemption;
import vn.tochuc.membership.WorkItems.LateCeremony;
import vn.tochuc.membership.WorkItems.Overview;
import vn.tochuc.membership.WorkItems.PendingTransfer;
import vn.tochuc.membership.WorkItems.Problem;
import vn.tochuc.organization.TestOrganizations;
import vn.tochuc.shared.NotFound;

/**
 * The clerk's work lists on PostgreSQL with the seeded holiday calendar (V4): who is listed and who is not, at the
 * working-day boundaries around Tết 2025 and 2026, within the scope, with citizen-ID problems for sensitive readers
 * only. "Today" is passed explicitly so that the boundaries do not depend on the day the tests run.
 */
@PostgresTest
class WorkListsTests {

    @Autowired TestOrganizations build;
    @Autowired vn.tochuc.access.TestUsers users;
    @Autowired Members members;
    @Autowired Candidates candidates;
    @Autowired WorkLists lists;
    @Autowired JdbcClient jdbc;

    TwoCommunes t;

    @BeforeEach
    void twoCommunes() {
        t = TwoCommunes.create(build, users);
    }

    private long admit(long cell, String name, LocalDate decision, LocalDate ceremony) {
        return as(cell == t.cellA() ? t.clerkA() : t.clerkB(), () -> members.admit(new Members.NewMember(
                TestMembers.record(name, Sex.FEMALE, 1990), cell, decision, ceremony, "01-QĐ/ĐU")));
    }

    private void record(long member, LifeEvent event) {
        as(t.clerkA(), () -> members.record(member, members.get(member).version(), event));
    }

    private Overview overview(SignedInUser user, LocalDate today) {
        return as(user, () -> lists.overview(null, today, 500));
    }

    @Test
    void conversionsDueWithinThirtyDaysAndOverdueAreListedMostUrgentFirst() { // rules §5.2: ceremony + 12 months
        long overdue = admit(t.cellA(), "Lò Thị Quá", LocalDate.of(2020, 12, 20), LocalDate.of(2021, 1, 10));
        long soon = admit(t.cellA(), "Lò Thị Sắp", LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 31));
        long later = admit(t.cellA(), "Lò Thị Chưa", LocalDate.of(2021, 3, 1), LocalDate.of(2021, 4, 1));
        long converted = admit(t.cellA(), "Lò Thị Đã", LocalDate.of(2020, 11, 1), LocalDate.of(2020, 12, 1));
        record(converted, LifeEvent.conversion(LocalDate.of(2021, 12, 5), 9, 10));
        LocalDate today = LocalDate.of(2022, 3, 1);
        List<ConversionDue> due = overview(t.clerkA(), today).conversions().items();
        assertThat(due).extracting(ConversionDue::memberId).containsExactly(overdue, soon);
        assertThat(due.get(0).dueOn()).isEqualTo(LocalDate.of(2022, 1, 10));
        assertThat(due.get(0).daysLeft()).isEqualTo(-50);
        assertThat(due.get(1).daysLeft()).isEqualTo(30);
        assertThat(overview(t.clerkA(), today.plusDays(1)).conversions().items()).extracting(ConversionDue::memberId)
                .containsExactly(overdue, soon, later);
        assertThat(overview(t.clerkB(), today).conversions().total()).isZero();
    }

    @Test
    void aCeremonyRecordedLaterThanThirtyWorkingDaysAfterTheDecisionIsFlaggedCountingTetHolidays() {
        // QĐ 24-QĐ/TW §4. Decision Thursday 02/01/2025: 30 working days, skipping Tết Ất Tỵ (27–31/01/2025), end on
        // Thursday 20/02/2025; counting weekdays only they would end on 13/02/2025.
        LocalDate decision = LocalDate.of(2025, 1, 2);
        long onTime = admit(t.cellA(), "Hà Thị Đúng Hạn", decision, LocalDate.of(2025, 2, 20));
        long late = admit(t.cellA(), "Hà Thị Muộn", decision, LocalDate.of(2025, 2, 21));
        long quick = admit(t.cellA(), "Hà Thị Sớm", decision, LocalDate.of(2025, 1, 10));
        // late too, but more than the 12 months of follow-up before the day the list is read: history, not work
        long longAgo = admit(t.cellA(), "Hà Thị Năm Xưa", LocalDate.of(2023, 1, 3), LocalDate.of(2023, 5, 30));
        List<LateCeremony> found = overview(t.clerkA(), LocalDate.of(2025, 6, 1)).ceremonies().items();
        assertThat(found).extracting(LateCeremony::memberId).contains(late).doesNotContain(onTime, quick, longAgo);
        assertThat(overview(t.clerkA(), LocalDate.of(2024, 5, 1)).ceremonies().items())
                .extracting(LateCeremony::memberId).contains(longAgo);
        LateCeremony line = found.stream().filter(l -> l.memberId() == late).findFirst().orElseThrow();
        assertThat(line.deadline()).isEqualTo(LocalDate.of(2025, 2, 20));
        assertThat(line.workingDaysLate()).isEqualTo(1);
    }

    @Test
    void aCandidateWithADecisionAndNoCeremonyIsListedTheWorkingDayAfterTheDeadline() {
        // Decision Thursday 15/01/2026: 30 working days, skipping Tết Bính Ngọ (16–20/02/2026), end on 05/03/2026.
        long waiting = as(t.clerkA(), () -> candidates.introduce(new Candidates.NewCandidate("Vàng Thị Chờ", Sex.FEMALE,
                LocalDate.of(2000, 5, 5), t.cellA(), LocalDate.of(2025, 3, 1))));
        stepTo(waiting, CandidateStage.DECISION, LocalDate.of(2026, 1, 15));
        assertThat(overview(t.clerkA(), LocalDate.of(2026, 3, 5)).ceremonies().items()).isEmpty();
        List<LateCeremony> late = overview(t.clerkA(), LocalDate.of(2026, 3, 6)).ceremonies().items();
        assertThat(late).extracting(LateCeremony::candidateId).containsExactly(waiting);
        assertThat(late.getFirst().ceremonyOn()).isNull();
        assertThat(late.getFirst().workingDaysLate()).isEqualTo(1);
        assertThat(overview(t.clerkB(), LocalDate.of(2026, 3, 6)).ceremonies().items()).isEmpty();
    }

    private void stepTo(long candidate, CandidateStage stage, LocalDate decisionOn) {
        LocalDate on = LocalDate.of(2025, 6, 1);
        for (CandidateStage s : List.of(CandidateStage.COURSE, CandidateStage.DOSSIER, CandidateStage.DECISION)) {
            LocalDate day = s == CandidateStage.DECISION ? decisionOn : on;
            as(t.clerkA(), () -> candidates.advance(candidate, candidates.get(candidate).version(),
                    new Candidates.Step(s, day, "15-QĐ/ĐU", null, null)));
            if (s == stage) {
                return;
            }
        }
    }

    @Test
    void aTransferOutNotReceivedWithinThirtyWorkingDaysIsListedWithinTheFollowUpYear() { // rules §5.3
        // Sent Tuesday 01/04/2025: 30 working days, skipping 07/04, 30/04, 01/05 and 02/05/2025, end on 19/05/2025.
        long pending = admit(t.cellA(), "Sùng Văn Đi", LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 20));
        record(pending, LifeEvent.of(EventKind.TRANSFER_OUT, LocalDate.of(2025, 4, 1)));
        long back = admit(t.cellA(), "Sùng Văn Về", LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 20));
        record(back, LifeEvent.of(EventKind.TRANSFER_OUT, LocalDate.of(2025, 4, 1)));
        record(back, LifeEvent.to(EventKind.TRANSFER_IN, LocalDate.of(2025, 4, 20), t.cellA()));
        long old = admit(t.cellA(), "Sùng Văn Cũ", LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 20));
        record(old, LifeEvent.of(EventKind.TRANSFER_OUT, LocalDate.of(2024, 3, 1)));
        assertThat(overview(t.clerkA(), LocalDate.of(2025, 5, 19)).transfers().items()).isEmpty();
        List<PendingTransfer> late = overview(t.clerkA(), LocalDate.of(2025, 5, 20)).transfers().items();
        assertThat(late).extracting(PendingTransfer::memberId).containsExactly(pending);
        assertThat(late.getFirst().deadline()).isEqualTo(LocalDate.of(2025, 5, 19));
        assertThat(late.getFirst().sentOn()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(overview(t.clerkB(), LocalDate.of(2025, 5, 20)).transfers().items()).isEmpty();
    }

    @Test
    void exemptMembersAreListedWithTheDayOfTheirExemption() { // rules §5.4
        long exempt = admit(t.cellA(), "Hoàng Văn Miễn", LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 20));
        record(exempt, LifeEvent.of(EventKind.EXEMPTION, LocalDate.of(2023, 9, 1)));
        long ended = admit(t.cellA(), "Hoàng Văn Thôi", LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 20));
        record(ended, LifeEvent.of(EventKind.EXEMPTION, LocalDate.of(2023, 9, 1)));
        record(ended, LifeEvent.of(EventKind.EXEMPTION_END, LocalDate.of(2024, 2, 1)));
        var section = overview(t.clerkA(), LocalDate.of(2025, 1, 1)).exemptions();
        assertThat(section.total()).isEqualTo(1);
        assertThat(section.items()).containsExactly(new Exemption(exempt, "Hoàng Văn Miễn", t.cellA(),
                section.items().getFirst().organizationName(), LocalDate.of(2023, 9, 1)));
        assertThat(overview(t.clerkB(), LocalDate.of(2025, 1, 1)).exemptions().total()).isZero();
    }

    @Test
    void dataProblemsListMissingBirthDatesWrongOfficialDatesAndProbableDuplicatesInScope() {
        long noBirth = admit(t.cellA(), "Đinh Văn Thiếu", LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 20));
        jdbc.sql("UPDATE member SET birth_date = NULL WHERE id = ?").param(noBirth).update();
        long official = admit(t.cellA(), "Đinh Văn Lệch", LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 20));
        jdbc.sql("UPDATE member SET status = 'OFFICIAL', official_on = DATE '2022-04-02' WHERE id = ?")
                .param(official).update();
        long correct = admit(t.cellA(), "Đinh Văn Đúng", LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 20));
        record(correct, LifeEvent.conversion(LocalDate.of(2022, 4, 2), 10, 10));
        long twinA = admit(t.cellA(), "Đinh Thị Trùng", LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 20));
        long twinB = admit(t.cellA(), "ĐINH THỊ TRÙNG", LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 21));
        long elsewhere = admit(t.cellB(), "Đinh Thị Trùng", LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 20));

        var problems = overview(t.clerkA(), LocalDate.of(2025, 1, 1)).problems();
        assertThat(ids(problems.get(Problem.BIRTH_DATE_MISSING).items())).containsExactly(noBirth);
        DataProblem wrong = problems.get(Problem.OFFICIAL_DATE_MISMATCH).items().getFirst();
        assertThat(ids(problems.get(Problem.OFFICIAL_DATE_MISMATCH).items())).containsExactly(official);
        assertThat(wrong.date()).isEqualTo(LocalDate.of(2022, 3, 20));
        assertThat(wrong.recorded()).isEqualTo(LocalDate.of(2022, 4, 2));
        assertThat(ids(problems.get(Problem.PROBABLE_DUPLICATE).items())).containsExactlyInAnyOrder(twinA, twinB);
        assertThat(ids(as(t.clerkB(), () -> lists.problems(null, 500)).get(Problem.PROBABLE_DUPLICATE).items()))
                .doesNotContain(elsewhere);
    }

    @Test
    void admissionsDecidedPast60CountedByMonthAreListedToCheckTheWrittenConsent() { // rules §5.1
        // born 10/05/1965: 60 years 11 months on 30/04/2026, 61 years 0 months from 01/05/2026
        long atSixty = admitBorn(t.cellA(), "Vừ Văn Sáu Mươi", LocalDate.of(1965, 5, 10), LocalDate.of(2026, 4, 30));
        long past = admitBorn(t.cellA(), "Vừ Văn Quá", LocalDate.of(1965, 5, 10), LocalDate.of(2026, 5, 1));
        long sixtyExactly = admitBorn(t.cellA(), "Vừ Văn Đủ", LocalDate.of(1966, 5, 10), LocalDate.of(2026, 5, 31));
        long yearOnly = admitBorn(t.cellA(), "Vừ Thị Năm", LocalDate.of(1960, 1, 1), LocalDate.of(2021, 1, 4));
        long died = admitBorn(t.cellA(), "Vừ Văn Mất", LocalDate.of(1950, 2, 1), LocalDate.of(2020, 3, 2));
        record(died, LifeEvent.of(EventKind.DEATH, LocalDate.of(2024, 8, 1)));
        long elsewhere = admitBorn(t.cellB(), "Vừ Văn Xa", LocalDate.of(1950, 2, 1), LocalDate.of(2020, 3, 2));

        var section = overview(t.clerkA(), LocalDate.of(2026, 11, 1)).problems().get(Problem.ADMITTED_OVER_60);
        assertThat(ids(section.items())).containsExactly(past, yearOnly).doesNotContain(atSixty, sixtyExactly, died);
        assertThat(section.total()).isEqualTo(2);
        assertThat(section.items().getFirst().date()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(section.items().getFirst().recorded()).isEqualTo(LocalDate.of(1965, 5, 10));
        assertThat(ids(as(t.clerkB(), () -> lists.problems(null, 500)).get(Problem.ADMITTED_OVER_60).items()))
                .containsExactly(elsewhere);
        assertThat(section.items()).allSatisfy(p -> assertThat(LifecycleRules.DEFAULT.pastAdmissionAge(p.recorded(),
                p.date())).as("the SQL counts as LifecycleRules does").isTrue());
    }

    private long admitBorn(long cell, String name, LocalDate born, LocalDate decision) {
        MemberRecord plain = TestMembers.record(name, Sex.MALE, born.getYear());
        MemberRecord record = new MemberRecord(plain.fullName(), plain.sex(), born, born.getDayOfYear() == 1,
                plain.birthPlace(), plain.homeTown(), plain.ethnicity(), plain.religion(), null,
                plain.generalEducation(), plain.qualification(), null, null, plain.politicalTheory(),
                plain.occupation(), null, null);
        return as(cell == t.cellA() ? t.clerkA() : t.clerkB(), () -> members.admit(new Members.NewMember(record, cell,
                decision, decision.plusDays(10), "05-QĐ/TU")));
    }

    @Test
    void citizenIdProblemsAreListedForSensitiveReadersOnlyAndNeverShowTheId() { // rules §11.1
        String womansId = TestMembers.citizenIdOfWomanBorn1985();
        long man = as(t.clerkA(), () -> members.admit(new Members.NewMember(TestMembers.withCitizenId("Phạm Văn Hùng",
                Sex.MALE, 1985, womansId), t.cellA(), TestMembers.DECISION, TestMembers.CEREMONY, null)));
        long right = as(t.clerkA(), () -> members.admit(new Members.NewMember(TestMembers.withCitizenId("Phạm Thị Hà",
                Sex.FEMALE, 1985, TestMembers.citizenIdOfWomanBorn1985()), t.cellA(), TestMembers.DECISION,
                TestMembers.CEREMONY, null)));
        long none = admit(t.cellA(), "Phạm Văn Không", LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 20));

        var seenByClerk = overview(t.clerkA(), LocalDate.of(2025, 1, 1));
        assertThat(seenByClerk.sensitiveShown()).isTrue();
        List<DataProblem> mismatches = seenByClerk.problems().get(Problem.CITIZEN_ID_MISMATCH).items();
        assertThat(ids(mismatches)).containsExactly(man);
        assertThat(mismatches.getFirst().findings()).containsExactly(CitizenIdCheck.Finding.SEX_MISMATCH);
        assertThat(mismatches.getFirst().toString()).doesNotContain(womansId);
        assertThat(ids(seenByClerk.problems().get(Problem.CITIZEN_ID_MISSING).items())).contains(none)
                .doesNotContain(man, right);

        var seenByViewer = overview(t.viewerA(), LocalDate.of(2025, 1, 1));
        assertThat(seenByViewer.sensitiveShown()).isFalse();
        assertThat(seenByViewer.problems()).doesNotContainKeys(Problem.CITIZEN_ID_MISMATCH, Problem.CITIZEN_ID_MISSING);
    }

    @Test
    void anotherCommunesSubtreeIsNotFound() {
        refused(NotFound.class, () -> as(t.clerkB(), () -> lists.overview(t.communeA(), 10)));
        refused(NotFound.class, () -> as(t.clerkB(), () -> lists.conversions(t.cellA(), 10)));
        assertThat(as(t.clerkA(), () -> lists.overview(t.cellA(), 10)).conversions().total()).isZero();
    }

    private static List<Long> ids(List<DataProblem> problems) {
        return problems.stream().map(DataProblem::memberId).toList();
    }
}
