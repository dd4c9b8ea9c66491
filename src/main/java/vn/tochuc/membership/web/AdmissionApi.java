package vn.tochuc.membership.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.tochuc.membership.AdmissionTargets;
import vn.tochuc.membership.Candidate;
import vn.tochuc.membership.CandidateStage;
import vn.tochuc.membership.Candidates;
import vn.tochuc.membership.MemberRecord;
import vn.tochuc.membership.TargetProgress;
import vn.tochuc.shared.DomainException;

/** The admission pipeline and the admission targets as JSON, with the same checks as the pages. */
@RestController
@Tag(name = "Kết nạp", description = "Quần chúng ưu tú đến lễ kết nạp; chỉ tiêu kết nạp và tiến độ thực hiện")
class AdmissionApi {

    private final Candidates candidates;
    private final AdmissionTargets targets;

    AdmissionApi(Candidates candidates, AdmissionTargets targets) {
        this.candidates = candidates;
        this.targets = targets;
    }

    /** Candidates of the subtree (the scope by default); admitted and dropped ones only with {@code all=true}. */
    @GetMapping("/api/v1/candidates")
    List<Candidate> list(@RequestParam(required = false) Long organizationId,
            @RequestParam(defaultValue = "false") boolean all) {
        return candidates.list(organizationId, all);
    }

    @PostMapping("/api/v1/candidates")
    @ResponseStatus(HttpStatus.CREATED)
    Candidate introduce(@RequestBody Candidates.NewCandidate body) {
        return candidates.get(candidates.introduce(body));
    }

    @GetMapping("/api/v1/candidates/{id}")
    Candidate get(@PathVariable long id) {
        return candidates.get(id);
    }

    record Edit(Candidates.NewCandidate candidate, Integer version) {
    }

    @PutMapping("/api/v1/candidates/{id}")
    Candidate edit(@PathVariable long id, @RequestBody Edit body) {
        candidates.get(id);
        candidates.edit(id, version(body.version()), body.candidate() == null
                ? new Candidates.NewCandidate(null, null, null, null, null) : body.candidate());
        return candidates.get(id);
    }

    /** A step forward: COURSE, DOSSIER, DECISION (with decisionRef), ADMITTED (with the member record) or DROPPED. */
    record Step(CandidateStage stage, LocalDate on, String decisionRef, String reason, MemberRecord record,
            Integer version) {
    }

    /** The candidate after the step; {@code memberId} is set once the ceremony has admitted the member. */
    @PostMapping("/api/v1/candidates/{id}/steps")
    Candidate step(@PathVariable long id, @RequestBody Step body) {
        candidates.get(id);
        candidates.advance(id, version(body.version()), new Candidates.Step(body.stage(), body.on(),
                body.decisionRef(), body.reason(), body.record()));
        return candidates.get(id);
    }

    /** Admissions of the year in the organisation's subtree against its targets, with each child's line. */
    @GetMapping("/api/v1/admission-targets")
    TargetProgress progress(@RequestParam long organizationId, @RequestParam int year) {
        return targets.progress(organizationId, year);
    }

    record Target(Long organizationId, Integer year, Integer quota, Integer version) {
    }

    @PutMapping("/api/v1/admission-targets")
    TargetProgress set(@RequestBody Target body) {
        if (body.organizationId() == null || body.year() == null || body.quota() == null) {
            throw new DomainException("quota", "member.error.targetMissing");
        }
        targets.set(body.organizationId(), body.year(), body.quota(), body.version());
        return targets.progress(body.organizationId(), body.year());
    }

    private static int version(Integer version) {
        if (version == null) {
            throw new DomainException("version", "error.required", "version");
        }
        return version;
    }
}
