package vn.tochuc.membership;

import java.time.LocalDate;
import vn.tochuc.shared.DomainException;

/**
 * The order of the admission workflow (HD 12-HD/BTCTW 2022; rules §5.1): outstanding person of the masses →
 * awareness course → dossier → admission decision → ceremony, one stage after the other, each dated no earlier
 * than the one before. An open case may be dropped, with a reason, at any stage; a closed one takes no more steps.
 */
public final class AdmissionPipeline {

    private AdmissionPipeline() {
    }

    /** Refuses, with the reason, a step to {@code to} on {@code on} that cannot follow {@code candidate}'s stage. */
    public static void check(Candidate candidate, CandidateStage to, LocalDate on) {
        if (!candidate.stage().isOpen()) {
            throw new DomainException("stage", "member.error.candidateClosed", candidate.stage());
        }
        if (to == null || to == CandidateStage.OUTSTANDING) {
            throw new DomainException("stage", "member.error.candidateStage");
        }
        if (to != CandidateStage.DROPPED && to != candidate.stage().next()) {
            throw new DomainException("stage", "member.error.candidateStageOrder", candidate.stage().next(), to);
        }
        if (on == null) {
            throw new DomainException("on", "member.error.candidateDate");
        }
        if (on.isBefore(candidate.lastOn())) {
            throw new DomainException("on", "member.error.candidateDateOrder", on, candidate.lastOn());
        }
    }
}
