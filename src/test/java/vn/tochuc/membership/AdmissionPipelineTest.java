package vn.tochuc.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tochuc.shared.Refusals.refused;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The order of the admission workflow (HD 12-HD/BTCTW 2022; rules §5.1). */
class AdmissionPipelineTest {

    private static final LocalDate INTRODUCED = LocalDate.of(2025, 3, 1);

    private static Candidate at(CandidateStage stage) {
        Candidate c = new Candidate(1, "Vàng Thị Mai", Sex.FEMALE, LocalDate.of(2000, 1, 1), 7, "Chi bộ", CandidateStage.OUTSTANDING,
                INTRODUCED, null, null, null, null, null, null, null, null, 0);
        LocalDate day = INTRODUCED;
        for (CandidateStage s = CandidateStage.OUTSTANDING; s != stage; s = s.next()) {
            day = day.plusDays(10);
            c = c.reached(s.next(), day, "01-QĐ/ĐU", 99L, null);
        }
        return c;
    }

    @Test
    void eachStageFollowsTheOneBefore() {
        AdmissionPipeline.check(at(CandidateStage.OUTSTANDING), CandidateStage.COURSE, INTRODUCED.plusDays(1));
        AdmissionPipeline.check(at(CandidateStage.COURSE), CandidateStage.DOSSIER, INTRODUCED.plusDays(10));
        AdmissionPipeline.check(at(CandidateStage.DOSSIER), CandidateStage.DECISION, INTRODUCED.plusDays(30));
        AdmissionPipeline.check(at(CandidateStage.DECISION), CandidateStage.ADMITTED, INTRODUCED.plusDays(30));
    }

    @Test
    void aStageCannotBeSkipped() { // no decision without the awareness course and the dossier
        var refusal = refused(() -> AdmissionPipeline.check(at(CandidateStage.OUTSTANDING), CandidateStage.DECISION,
                INTRODUCED.plusDays(5)));
        assertThat(refusal.key()).isEqualTo("member.error.candidateStageOrder");
        assertThat(refusal.arguments()).containsExactly(CandidateStage.COURSE, CandidateStage.DECISION);
        assertThat(refused(() -> AdmissionPipeline.check(at(CandidateStage.DOSSIER), CandidateStage.COURSE,
                INTRODUCED.plusDays(40))).key()).isEqualTo("member.error.candidateStageOrder");
    }

    @Test
    void aStepIsNeverDatedBeforeThePreviousOne() {
        Candidate course = at(CandidateStage.COURSE); // certificate on INTRODUCED + 10 days
        var refusal = refused(() -> AdmissionPipeline.check(course, CandidateStage.DOSSIER, INTRODUCED.plusDays(9)));
        assertThat(refusal.key()).isEqualTo("member.error.candidateDateOrder");
        assertThat(refusal.field()).isEqualTo("on");
        AdmissionPipeline.check(course, CandidateStage.DOSSIER, INTRODUCED.plusDays(10));
        assertThat(refused(() -> AdmissionPipeline.check(course, CandidateStage.DROPPED, INTRODUCED)).key())
                .isEqualTo("member.error.candidateDateOrder");
        assertThat(refused(() -> AdmissionPipeline.check(course, CandidateStage.DOSSIER, null)).key())
                .isEqualTo("member.error.candidateDate");
    }

    @Test
    void anOpenCaseMayBeDroppedAtAnyStageAndAClosedOneTakesNoMoreSteps() {
        for (CandidateStage open : new CandidateStage[] {CandidateStage.OUTSTANDING, CandidateStage.DECISION}) {
            AdmissionPipeline.check(at(open), CandidateStage.DROPPED, INTRODUCED.plusDays(60));
        }
        Candidate admitted = at(CandidateStage.ADMITTED);
        assertThat(admitted.memberId()).isEqualTo(99L);
        assertThat(refused(() -> AdmissionPipeline.check(admitted, CandidateStage.DROPPED, INTRODUCED.plusDays(90)))
                .key()).isEqualTo("member.error.candidateClosed");
        Candidate dropped = at(CandidateStage.COURSE).reached(CandidateStage.DROPPED, INTRODUCED.plusDays(20), null,
                null, "Chuyển công tác");
        assertThat(dropped.lastOn()).isEqualTo(INTRODUCED.plusDays(20));
        assertThat(refused(() -> AdmissionPipeline.check(dropped, CandidateStage.DOSSIER, INTRODUCED.plusDays(30)))
                .key()).isEqualTo("member.error.candidateClosed");
    }
}
