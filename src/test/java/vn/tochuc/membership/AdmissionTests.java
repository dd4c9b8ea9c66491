package vn.tochuc.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tochuc.access.TestUsers.as;
import static vn.tochuc.organization.OrganizationType.GRASSROOTS_CELL;
import static vn.tochuc.shared.Refusals.refused;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tochuc.PostgresTest;
import vn.tochuc.access.Role;
import vn.tochuc.access.SignedInUser;
import vn.tochuc.access.SystemTasks;
import vn.tochuc.access.TestUsers;
import vn.tochuc.organization.Commands;
import vn.tochuc.organization.TestOrganizations;
import vn.tochuc.organization.TreeChanges;
import vn.tochuc.shared.Conflict;
import vn.tochuc.shared.Forbidden;
import vn.tochuc.shared.Messages;
import vn.tochuc.shared.NotFound;

/** The admission pipeline and the admission targets on PostgreSQL: order, ceremony, scope, audit, progress. */
@PostgresTest
class AdmissionTests {

    @Autowired TestOrganizations build;
    @Autowired TestUsers users;
    @Autowired Members members;
    @Autowired Candidates candidates;
    @Autowired AdmissionTargets targets;
    @Autowired TreeChanges changes;
    @Autowired MessageSource messages;
    @Autowired JdbcClient jdbc;

    TwoCommunes t;

    @BeforeEach
    void twoCommunes() {
        t = TwoCommunes.create(build, users);
    }

    private long introduce(String name) {
        return as(t.clerkA(), () -> candidates.introduce(new Candidates.NewCandidate(name, Sex.FEMALE,
                LocalDate.of(2001, 4, 30), t.cellA(), LocalDate.of(2025, 2, 1))));
    }

    private Long step(long id, CandidateStage stage, LocalDate on, String ref, MemberRecord record) {
        return as(t.clerkA(), () -> candidates.advance(id, candidates.get(id).version(),
                new Candidates.Step(stage, on, ref, null, record)));
    }

    @Test
    void theCeremonyAdmitsTheCandidateAsAProbationaryMember() {
        long mai = introduce("Vàng Thị Mai");
        step(mai, CandidateStage.COURSE, LocalDate.of(2025, 3, 14), null, null);
        step(mai, CandidateStage.DOSSIER, LocalDate.of(2025, 4, 2), null, null);
        step(mai, CandidateStage.DECISION, LocalDate.of(2025, 5, 6), "125-QĐ/ĐU", null);
        MemberRecord typed = new MemberRecord(null, null, null, false, "Xã Nà Hang", "Xã Nà Hang", "Dao", "Không",
                null, "12/12", "Cử nhân", null, null, "Sơ cấp", "Giáo viên", null, null);
        Long memberId = step(mai, CandidateStage.ADMITTED, LocalDate.of(2025, 5, 19), null, typed);

        MemberView member = as(t.clerkA(), () -> members.get(memberId));
        assertThat(member.fullName()).isEqualTo("Vàng Thị Mai");
        assertThat(member.birthDate()).isEqualTo(LocalDate.of(2001, 4, 30));
        assertThat(member.status()).isEqualTo(MemberStatus.PROBATIONARY);
        assertThat(member.decisionOn()).isEqualTo(LocalDate.of(2025, 5, 6));
        assertThat(member.ceremonyOn()).isEqualTo(LocalDate.of(2025, 5, 19));
        assertThat(member.ethnicity()).isEqualTo("Dao");
        assertThat(as(t.clerkA(), () -> members.history(memberId)).getFirst().event().decisionRef()).isEqualTo("125-QĐ/ĐU");
        Candidate done = as(t.clerkA(), () -> candidates.get(mai));
        assertThat(done.stage()).isEqualTo(CandidateStage.ADMITTED);
        assertThat(done.memberId()).isEqualTo(memberId);
        assertThat(as(t.clerkA(), () -> candidates.list(null, false))).extracting(Candidate::id).doesNotContain(mai);
        assertThat(as(t.clerkA(), () -> candidates.list(null, true))).extracting(Candidate::id).contains(mai);
        assertThat(jdbc.sql("SELECT summary FROM audit_record WHERE entity_type = 'admission_candidate' AND entity_id = ?"
                + " ORDER BY seq").param(Long.toString(mai)).query(String.class).list()).containsExactly(
                "Ghi nhận quần chúng ưu tú Vàng Thị Mai",
                "Ghi nhận giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng của Vàng Thị Mai",
                "Ghi nhận hoàn thiện hồ sơ kết nạp của Vàng Thị Mai", "Ghi nhận quyết định kết nạp Vàng Thị Mai",
                "Tổ chức lễ kết nạp Vàng Thị Mai");
    }

    @Test
    void stepsOutOfOrderOrDatedBackwardsAreRefusedInVietnameseAndChangeNothing() {
        long lan = introduce("Hà Thị Lan");
        var skipped = refused(() -> step(lan, CandidateStage.DECISION, LocalDate.of(2025, 5, 6), "1-QĐ", null));
        assertThat(Messages.of(messages, skipped, Locale.forLanguageTag("vi"))).isEqualTo("Bước tiếp theo của người "
                + "này là \"Đã học lớp bồi dưỡng nhận thức về Đảng\", chưa thể ghi \"Đã có quyết định kết nạp\": các "
                + "bước phải theo thứ tự quần chúng ưu tú → lớp bồi dưỡng nhận thức về Đảng → hồ sơ → quyết định kết "
                + "nạp → lễ kết nạp.");
        var backwards = refused(() -> step(lan, CandidateStage.COURSE, LocalDate.of(2025, 1, 31), null, null));
        assertThat(Messages.of(messages, backwards, Locale.forLanguageTag("vi")))
                .isEqualTo("Ngày 31/01/2025 trước ngày của bước trước (01/02/2025); ngày các bước không được lùi lại.");
        step(lan, CandidateStage.COURSE, LocalDate.of(2025, 3, 14), null, null);
        step(lan, CandidateStage.DOSSIER, LocalDate.of(2025, 4, 2), null, null);
        var noNumber = refused(() -> step(lan, CandidateStage.DECISION, LocalDate.of(2025, 5, 6), " ", null));
        assertThat(noNumber.key()).isEqualTo("member.error.candidateDecisionRef");
        var noCeremonyYet = refused(() -> step(lan, CandidateStage.ADMITTED, LocalDate.of(2025, 5, 6), null, null));
        assertThat(noCeremonyYet.key()).isEqualTo("member.error.candidateStageOrder");
        Candidate after = as(t.clerkA(), () -> candidates.get(lan));
        assertThat(after.stage()).isEqualTo(CandidateStage.DOSSIER);
        assertThat(after.decisionOn()).isNull();

        as(t.clerkA(), () -> candidates.advance(lan, after.version(), new Candidates.Step(CandidateStage.DROPPED,
                LocalDate.of(2025, 6, 1), null, "Chuyển đi nơi khác", null)));
        assertThat(refused(() -> step(lan, CandidateStage.DECISION, LocalDate.of(2025, 6, 2), "2-QĐ", null)).key())
                .isEqualTo("member.error.candidateClosed");
    }

    @Test
    void theDecisionIsRefusedBeforeTheMonthTheCandidateTurns18() { // rules §5.1, counted by month
        long tre = as(t.clerkA(), () -> candidates.introduce(new Candidates.NewCandidate("Sùng Thị Trẻ", Sex.FEMALE,
                LocalDate.of(2008, 3, 15), t.cellA(), LocalDate.of(2025, 9, 1))));
        step(tre, CandidateStage.COURSE, LocalDate.of(2025, 11, 14), null, null);
        step(tre, CandidateStage.DOSSIER, LocalDate.of(2026, 1, 5), null, null);
        var early = refused(() -> step(tre, CandidateStage.DECISION, LocalDate.of(2026, 2, 28), "12-QĐ/ĐU", null));
        assertThat(early.key()).isEqualTo("member.error.admissionAge");
        assertThat(as(t.clerkA(), () -> candidates.get(tre)).stage()).isEqualTo(CandidateStage.DOSSIER);

        step(tre, CandidateStage.DECISION, LocalDate.of(2026, 3, 1), "12-QĐ/ĐU", null);
        // a birth date corrected at the ceremony is checked against the decision again
        MemberRecord later = new MemberRecord(null, null, LocalDate.of(2008, 4, 2), false, null, null, null, null,
                null, null, null, null, null, null, null, null, null);
        assertThat(refused(() -> step(tre, CandidateStage.ADMITTED, LocalDate.of(2026, 3, 20), null, later)).key())
                .isEqualTo("member.error.admissionAge");
        assertThat(as(t.clerkA(), () -> candidates.get(tre)).stage()).isEqualTo(CandidateStage.DECISION);
        assertThat(step(tre, CandidateStage.ADMITTED, LocalDate.of(2026, 3, 20), null, null)).isNotNull();
    }

    @Test
    void aFailedCeremonyLeavesNeitherMemberNorStep() {
        long hoa = introduce("Lò Thị Hoa");
        step(hoa, CandidateStage.COURSE, LocalDate.of(2025, 3, 14), null, null);
        step(hoa, CandidateStage.DOSSIER, LocalDate.of(2025, 4, 2), null, null);
        step(hoa, CandidateStage.DECISION, LocalDate.of(2025, 5, 6), "126-QĐ/ĐU", null);
        MemberRecord badId = new MemberRecord(null, null, null, false, null, null, null, null, "12345", null, null,
                null, null, null, null, null, null);
        assertThat(refused(() -> step(hoa, CandidateStage.ADMITTED, LocalDate.of(2025, 5, 19), null, badId)).key())
                .isEqualTo("member.error.citizenIdFormat");
        assertThat(as(t.clerkA(), () -> candidates.get(hoa)).stage()).isEqualTo(CandidateStage.DECISION);
        assertThat(as(t.clerkA(), () -> members.search("Lo Thi Hoa", 10))).isEmpty();
    }

    @Test
    void theSecondOfTwoClerksEditingTheSameCandidateGetsAConflict() {
        long id = introduce("Sùng Thị Dua");
        int version = as(t.clerkA(), () -> candidates.get(id)).version();
        as(t.clerkA(), () -> candidates.edit(id, version, new Candidates.NewCandidate("Sùng Thị Dùa", Sex.FEMALE,
                LocalDate.of(2001, 4, 30), t.cellA(), null)));
        var conflict = refused(Conflict.class, () -> as(t.clerkA(), () -> candidates.edit(id, version,
                new Candidates.NewCandidate("Sùng Thị Dua Mai", Sex.FEMALE, LocalDate.of(2001, 4, 30), t.cellA(), null))));
        assertThat(conflict.key()).isEqualTo("error.conflict");
        refused(Conflict.class, () -> as(t.clerkA(), () -> candidates.advance(id, version,
                new Candidates.Step(CandidateStage.COURSE, LocalDate.of(2025, 3, 1), null, null, null))));
        assertThat(as(t.clerkA(), () -> candidates.get(id)).fullName()).isEqualTo("Sùng Thị Dùa");
    }

    @Test
    void anotherCommunesCandidateIsNotFoundToReadAndForbiddenToChange() {
        long id = introduce("Giàng Thị Say");
        as(t.clerkB(), () -> {
            refused(NotFound.class, () -> candidates.get(id));
            refused(Forbidden.class, () -> candidates.advance(id, 0, new Candidates.Step(CandidateStage.COURSE,
                    LocalDate.of(2025, 3, 1), null, null, null)));
            refused(Forbidden.class, () -> candidates.introduce(new Candidates.NewCandidate("Giàng A Pó", Sex.MALE,
                    LocalDate.of(2000, 1, 1), t.cellA(), LocalDate.of(2025, 1, 1))));
            refused(NotFound.class, () -> candidates.list(t.communeA(), true));
            assertThat(candidates.list(null, true)).extracting(Candidate::id).doesNotContain(id);
        });
        refused(Forbidden.class, () -> as(t.viewerA(), () -> candidates.advance(id, 0,
                new Candidates.Step(CandidateStage.COURSE, LocalDate.of(2025, 3, 1), null, null, null))));
        assertThat(as(t.viewerA(), () -> candidates.get(id)).fullName()).isEqualTo("Giàng Thị Say");
    }

    @Test
    void progressCountsTheYearsCeremoniesInTheSubtreeOnTheirDayAgainstTheTargetsSetInIt() {
        long cellA2 = build.found(t.communeA(), GRASSROOTS_CELL, "Chi bộ thôn Nà Pục " + TestOrganizations.next());
        long moved = build.found(t.communeA(), GRASSROOTS_CELL, "Chi bộ trường Tiểu học " + TestOrganizations.next());
        for (int i = 0; i < 4; i++) {
            admit(t.cellA(), LocalDate.of(2025, 3, 10 + i));
        }
        admit(cellA2, LocalDate.of(2025, 11, 3));
        admit(cellA2, LocalDate.of(2024, 12, 31)); // another year
        admit(t.cellB(), LocalDate.of(2025, 4, 1)); // another commune
        admit(moved, LocalDate.of(2025, 5, 5)); // in commune A on the day, moved to commune B later
        SystemTasks.run(() -> changes.move(new Commands.Move(moved, t.communeB(),
                Commands.Effect.on(LocalDate.of(2025, 6, 1), "09-QĐ/TU")), null));
        admit(moved, LocalDate.of(2025, 8, 1)); // in commune B on the day
        SignedInUser staff = users.create(Role.ORGANIZING_STAFF, t.province());
        as(t.clerkA(), () -> {
            targets.set(t.cellA(), 2025, 8, null);
            targets.set(cellA2, 2025, 5, null);
        });
        as(staff, () -> targets.set(t.cellB(), 2025, 4, null));

        TargetProgress a = as(t.clerkA(), () -> targets.progress(t.communeA(), 2025));
        assertThat(a.admitted()).isEqualTo(6);
        assertThat(a.target()).isEqualTo(13);
        assertThat(a.percent()).isEqualByComparingTo(new BigDecimal("46.15"));
        assertThat(a.shown()).isEqualTo("6/13 = 46,15%");
        assertThat(a.children()).extracting(TargetProgress::organizationId, TargetProgress::admitted,
                TargetProgress::target).contains(
                org.assertj.core.groups.Tuple.tuple(t.cellA(), 4L, 8L), org.assertj.core.groups.Tuple.tuple(cellA2, 1L, 5L));
        TargetProgress b = as(t.clerkB(), () -> targets.progress(t.communeB(), 2025));
        assertThat(b.shown()).isEqualTo("2/4 = 50,00%");

        // a target set on the commune covers those set on its cells: counted once
        as(staff, () -> targets.set(t.communeA(), 2025, 10, null));
        TargetProgress withOwn = as(t.clerkA(), () -> targets.progress(t.communeA(), 2025));
        assertThat(withOwn.shown()).isEqualTo("6/10 = 60,00%");
        assertThat(withOwn.assignedBelow()).isEqualTo(13);
        TargetProgress whole = as(staff, () -> targets.progress(t.province(), 2025));
        assertThat(whole.shown()).isEqualTo("8/14 = 57,14%");
    }

    /** A member admitted into {@code cell} at a ceremony on {@code ceremony}, decided ten days before. */
    private void admit(long cell, LocalDate ceremony) {
        SignedInUser staff = users.create(Role.ORGANIZING_STAFF, t.province());
        as(staff, () -> members.admit(new Members.NewMember(TestMembers.record("Người Kết Nạp "
                + TestOrganizations.next(), Sex.MALE, 1995), cell, ceremony.minusDays(10), ceremony, "01-QĐ/ĐU")));
    }
}
