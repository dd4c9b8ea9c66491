package vn.tochuc.membership;

import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * A person on the way to admission, with the date of each stage reached. No sensitive data: ethnicity, religion
 * and citizen ID are typed at the ceremony, into the member record.
 *
 * @param outstandingOn the day the person was introduced as an outstanding person of the masses
 * @param courseOn the date of the awareness-course certificate
 * @param dossierOn the day the dossier was complete
 * @param memberId the member created at the ceremony, else {@code null}
 */
public record Candidate(long id, String fullName, Sex sex, LocalDate birthDate, long organizationId,
        String organizationName, CandidateStage stage, LocalDate outstandingOn, LocalDate courseOn,
        LocalDate dossierOn, LocalDate decisionOn, String decisionRef, LocalDate ceremonyOn, Long memberId,
        LocalDate droppedOn, String dropReason, int version) {

    /** This case having reached {@code to} on {@code on}: the date goes into that stage's column. */
    Candidate reached(CandidateStage to, LocalDate on, String ref, Long member, String reason) {
        return new Candidate(id, fullName, sex, birthDate, organizationId, organizationName, to, outstandingOn,
                to == CandidateStage.COURSE ? on : courseOn, to == CandidateStage.DOSSIER ? on : dossierOn,
                to == CandidateStage.DECISION ? on : decisionOn, to == CandidateStage.DECISION ? ref : decisionRef,
                to == CandidateStage.ADMITTED ? on : ceremonyOn, to == CandidateStage.ADMITTED ? member : memberId,
                to == CandidateStage.DROPPED ? on : droppedOn, to == CandidateStage.DROPPED ? reason : dropReason,
                version);
    }

    /** The date of the latest stage reached: a later step may not be dated before it. */
    public LocalDate lastOn() {
        return Stream.of(outstandingOn, courseOn, dossierOn, decisionOn, ceremonyOn, droppedOn)
                .filter(d -> d != null).max(LocalDate::compareTo).orElseThrow();
    }
}
