package vn.tochuc.membership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.membership.internal.CandidateStore;
import vn.tochuc.organization.OrganizationPaths;
import vn.tochuc.organization.Organizations;
import vn.tochuc.shared.Actor;
import vn.tochuc.shared.Actors;
import vn.tochuc.shared.Conflict;
import vn.tochuc.shared.DomainException;
import vn.tochuc.shared.NotFound;
import vn.tochuc.shared.Permission;
import vn.tochuc.shared.VietnameseText;

/**
 * The admission pipeline in the acting user's scope (rules §5.1): people are introduced, take the awareness
 * course, complete the dossier, receive the admission decision and are admitted at the ceremony, which creates the
 * member through {@link Members#admit} in the same transaction. Reads outside the scope are not found; writes need
 * MEMBER_WRITE; every write is audited; a stale version is a conflict.
 */
@Service
@Transactional
public class Candidates {

    private static final Comparator<Candidate> ORDER = Comparator.comparing(Candidate::stage)
            .thenComparing(Candidate::fullName, VietnameseText.personalNameOrder());

    private final CandidateStore store;
    private final Members members;
    private final OrganizationPaths paths;
    private final Organizations organizations;
    private final Actors actors;
    private final ApplicationEventPublisher events;
    private final MemberRecords records;
    private final MemberLifecycle lifecycle = new MemberLifecycle(LifecycleRules.DEFAULT);

    public Candidates(CandidateStore store, Members members, OrganizationPaths paths, Organizations organizations,
            Actors actors, ApplicationEventPublisher events, Clock clock, MemberNumberRule numbers) {
        this.store = store;
        this.members = members;
        this.paths = paths;
        this.organizations = organizations;
        this.actors = actors;
        this.events = events;
        this.records = new MemberRecords(numbers, clock);
    }

    /** Who is introduced, where, and since when. */
    public record NewCandidate(String fullName, Sex sex, LocalDate birthDate, Long organizationId,
            LocalDate outstandingOn) {
    }

    /**
     * One step forward (or dropping the case). {@code decisionRef} is the decision's number (decision step),
     * {@code reason} why the case is dropped, {@code record} the member record's other fields (ceremony step; name,
     * sex and birth date are the candidate's).
     */
    public record Step(CandidateStage stage, LocalDate on, String decisionRef, String reason, MemberRecord record) {
    }

    public long introduce(NewCandidate command) {
        Actor actor = actors.current();
        String path = writablePath(actor, command.organizationId());
        MemberRecord person = person(command);
        records.notFuture("outstandingOn", command.outstandingOn());
        if (command.outstandingOn() == null) {
            throw new DomainException("outstandingOn", "member.error.candidateDate");
        }
        Candidate candidate = new Candidate(0, person.fullName(), person.sex(), person.birthDate(),
                command.organizationId(), null, CandidateStage.OUTSTANDING, command.outstandingOn(), null, null, null,
                null, null, null, null, null, 0);
        long id = store.insert(candidate, VietnameseText.fold(person.fullName()));
        audit("CANDIDATE_INTRODUCED", id, command.organizationId(), path,
                "Ghi nhận quần chúng ưu tú " + person.fullName());
        return id;
    }

    @Transactional(readOnly = true)
    public Candidate get(long id) {
        return visible(id).candidate();
    }

    /** Candidates of the subtree of {@code organizationId} (the scope when {@code null}), by stage and name. */
    @Transactional(readOnly = true)
    public List<Candidate> list(Long organizationId, boolean closedToo) {
        String path = organizationId == null ? actors.current().scopePath() : organizations.get(organizationId).path();
        return store.under(path, closedToo).stream().map(CandidateStore.Row::candidate).sorted(ORDER).toList();
    }

    /** Corrects the name, sex, birth date or organisation of an open case. */
    public void edit(long id, int version, NewCandidate changes) {
        Actor actor = actors.current();
        CandidateStore.Row row = writable(actor, id);
        Candidate c = row.candidate();
        if (!c.stage().isOpen()) {
            throw new DomainException("stage", "member.error.candidateClosed", c.stage());
        }
        writablePath(actor, changes.organizationId());
        MemberRecord person = person(changes);
        save(new Candidate(id, person.fullName(), person.sex(), person.birthDate(), changes.organizationId(), null,
                c.stage(), c.outstandingOn(), c.courseOn(), c.dossierOn(), c.decisionOn(), c.decisionRef(),
                c.ceremonyOn(), c.memberId(), c.droppedOn(), c.dropReason(), version), version);
        audit("CANDIDATE_UPDATED", id, c.organizationId(), row.organizationPath(),
                "Sửa thông tin người được xem xét kết nạp " + person.fullName());
    }

    /**
     * Records the next stage; at the ceremony the member is admitted and its id returned, otherwise {@code null}.
     * The decision is refused for a person under 18 (counted by month) on its date (rules §5.1).
     */
    public Long advance(long id, int version, Step step) {
        if (step == null) {
            throw new DomainException("stage", "member.error.candidateStage");
        }
        Actor actor = actors.current();
        CandidateStore.Row row = writable(actor, id);
        Candidate c = row.candidate();
        if (version != c.version()) {
            throw new Conflict("error.conflict");
        }
        AdmissionPipeline.check(c, step.stage(), step.on());
        records.notFuture("on", step.on());
        if (step.stage() == CandidateStage.DECISION) {
            lifecycle.checkAdmissionAge(c.birthDate(), step.on());
        }
        String ref = step.stage() == CandidateStage.DECISION
                ? required("decisionRef", "member.error.candidateDecisionRef", step.decisionRef(), 100) : null;
        String reason = step.stage() == CandidateStage.DROPPED
                ? required("reason", "member.error.candidateReason", step.reason(), 500) : null;
        Long memberId = step.stage() == CandidateStage.ADMITTED ? admit(c, step) : null;
        save(c.reached(step.stage(), step.on(), ref, memberId, reason), version);
        audit("CANDIDATE_" + step.stage().name(), id, c.organizationId(), row.organizationPath(),
                summary(step.stage()) + " " + c.fullName());
        return memberId;
    }

    /**
     * The ceremony: the member record typed now, its name, sex and birth date defaulting to the candidate's (they
     * may be corrected at this step).
     */
    private long admit(Candidate c, Step step) {
        MemberRecord r = step.record() == null
                ? new MemberRecord(null, null, null, false, null, null, null, null, null, null, null, null, null, null,
                        null, null, null)
                : step.record();
        boolean typedBirth = r.birthDate() != null;
        MemberRecord record = new MemberRecord(r.fullName() == null || r.fullName().isBlank() ? c.fullName()
                : r.fullName(), r.sex() == null ? c.sex() : r.sex(), typedBirth ? r.birthDate() : c.birthDate(),
                typedBirth && r.birthYearOnly(), r.birthPlace(), r.homeTown(), r.ethnicity(), r.religion(),
                r.citizenId(), r.generalEducation(), r.qualification(), r.academicTitle(), r.academicDegree(),
                r.politicalTheory(), r.occupation(), r.cardNumber(), r.dossierNumber());
        return members.admit(new Members.NewMember(record, c.organizationId(), c.decisionOn(), step.on(),
                c.decisionRef()));
    }

    private void save(Candidate candidate, int version) {
        if (!store.save(candidate, VietnameseText.fold(candidate.fullName()), version)) {
            throw new Conflict("error.conflict");
        }
    }

    private MemberRecord person(NewCandidate c) {
        return records.checked(new MemberRecord(c.fullName(), c.sex(), c.birthDate(), false, null, null, null, null,
                null, null, null, null, null, null, null, null, null));
    }

    private CandidateStore.Row visible(long id) {
        CandidateStore.Row row = store.find(id).orElseThrow(() -> new NotFound("candidate", id));
        actors.current().requireVisible(row.organizationPath(), "candidate", id);
        return row;
    }

    private CandidateStore.Row writable(Actor actor, long id) {
        CandidateStore.Row row = store.find(id).orElseThrow(() -> new NotFound("candidate", id));
        actor.require(Permission.MEMBER_WRITE, row.organizationPath());
        return row;
    }

    private String writablePath(Actor actor, Long organizationId) {
        if (organizationId == null) {
            throw new DomainException("organizationId", "member.error.organization");
        }
        String path = paths.pathOf(organizationId)
                .orElseThrow(() -> new DomainException("organizationId", "member.error.organization"));
        actor.require(Permission.MEMBER_WRITE, path);
        return path;
    }

    private static String required(String field, String key, String text, int max) {
        String value = VietnameseText.normalize(text);
        if (value == null || value.isBlank()) {
            throw new DomainException(field, key);
        }
        if (value.length() > max) {
            throw new DomainException(field, "member.error.tooLong", max);
        }
        return value.strip();
    }

    private void audit(String action, long id, long organizationId, String path, String summary) {
        events.publishEvent(new AdmissionChanged(action, "admission_candidate", Long.toString(id), organizationId,
                path, summary));
    }

    /** The Vietnamese wording of each step for the audit trail. */
    static String summary(CandidateStage stage) {
        return switch (stage) {
            case OUTSTANDING -> "Ghi nhận quần chúng ưu tú";
            case COURSE -> "Ghi nhận giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng của";
            case DOSSIER -> "Ghi nhận hoàn thiện hồ sơ kết nạp của";
            case DECISION -> "Ghi nhận quyết định kết nạp";
            case ADMITTED -> "Tổ chức lễ kết nạp";
            case DROPPED -> "Dừng xem xét kết nạp";
        };
    }
}
