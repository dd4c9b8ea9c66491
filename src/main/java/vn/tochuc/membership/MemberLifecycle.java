package vn.tochuc.membership;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.tochuc.shared.DomainException;

/**
 * The member life cycle as a state machine over dated events (rules §5; Điều lệ Đảng; QĐ 294-QĐ/TW 2025;
 * HD 12-HD/BTCTW 2022). {@link #apply} either returns the state after the event or refuses with a
 * reason and changes nothing; {@link #replay} derives the state from a history.
 */
public final class MemberLifecycle {

    /** Months of birth and of admission as a refusal shows them. */
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/uuuu");

    private final LifecycleRules rules;

    public MemberLifecycle(LifecycleRules rules) {
        this.rules = rules;
    }

    public LifecycleRules rules() {
        return rules;
    }

    /** The state after all events dated on or before {@code day}; {@code null} if none is. */
    public MemberState replay(List<LifeEvent> events, LocalDate day) {
        MemberState state = null;
        for (LifeEvent event : events) {
            if (day != null && event.effectiveOn().isAfter(day)) {
                break;
            }
            state = apply(state, event);
        }
        return state;
    }

    /** The state after {@code event}; {@code state} is {@code null} before the admission. */
    public MemberState apply(MemberState state, LifeEvent event) {
        if (event == null || event.kind() == null) {
            throw new DomainException("kind", "member.error.kind");
        }
        if (event.effectiveOn() == null) {
            throw new DomainException("effectiveOn", "member.error.effectiveOn");
        }
        if (event.kind().needsOrganization() && event.organizationId() == null) {
            throw new DomainException("organizationId", "member.error.organization");
        }
        if (state == null) {
            return admit(event);
        }
        if (state.status() == MemberStatus.DECEASED) {
            throw new DomainException("kind", "member.error.deceased");
        }
        if (event.effectiveOn().isBefore(state.lastEventOn())) {
            throw new DomainException("effectiveOn", "member.error.order", state.lastEventOn());
        }
        return next(state, event).dated(event.effectiveOn());
    }

    private MemberState next(MemberState state, LifeEvent event) {
        return switch (event.kind()) {
            case ADMISSION -> throw new DomainException("kind", "member.error.alreadyAdmitted");
            case CONVERSION -> convert(state, event);
            case CONVERSION_ON_RECORD -> convertOnRecord(state, event);
            case TRANSFER -> transfer(state, event);
            case TRANSFER_OUT -> active(state, event).with(MemberStatus.TRANSFERRED_OUT).movedTo(state.organizationId(), null);
            case TRANSFER_IN -> transferIn(state, event);
            case TEMPORARY_TRANSFER -> temporary(state, event);
            case TEMPORARY_RETURN -> {
                if (active(state, event).hostOrganizationId() == null) {
                    throw new DomainException("kind", "member.error.noTemporary");
                }
                yield state.movedTo(state.organizationId(), null);
            }
            case EXEMPTION -> exempt(state, event, true);
            case EXEMPTION_END -> exempt(state, event, false);
            case DISCIPLINE -> discipline(state, event);
            case REMOVAL -> active(state, event).left(MemberStatus.REMOVED, event.effectiveOn());
            case DEATH -> active(state, event).left(MemberStatus.DECEASED, event.effectiveOn());
            case READMISSION -> readmit(state, event);
        };
    }

    /** Admission: probationary from the ceremony; the ceremony follows the decision (QĐ 294; rules §5.1). */
    private MemberState admit(LifeEvent event) {
        if (event.kind() != EventKind.ADMISSION) {
            throw new DomainException("kind", "member.error.notAdmitted");
        }
        requireDecisionBeforeCeremony(event);
        return new MemberState(MemberStatus.PROBATIONARY, event.organizationId(), null, false, event.decisionOn(),
                event.effectiveOn(), null, null, 0, 0, event.effectiveOn());
    }

    /**
     * Refuses an admission or re-admission decided before the month the person turns 18 (rules §5.1, counted by
     * month on the decision's day: see {@link LifecycleRules}). Other events, and a person whose birth date is not
     * known (a record carried over from an old register), are not checked. Past 60 is not refused: it needs the
     * province-level standing committee's written consent, which the work lists ask the clerk to check.
     */
    public void checkAdmissionAge(LocalDate birthDate, LifeEvent event) {
        if (event != null && (event.kind() == EventKind.ADMISSION || event.kind() == EventKind.READMISSION)) {
            checkAdmissionAge(birthDate, event.decisionOn());
        }
    }

    /** Refuses an admission decision on {@code decisionOn} for a person under the minimum age; see above. */
    public void checkAdmissionAge(LocalDate birthDate, LocalDate decisionOn) {
        if (birthDate != null && decisionOn != null && rules.tooYoungToAdmit(birthDate, decisionOn)) {
            throw new DomainException("birthDate", "member.error.admissionAge", decisionOn, MONTH.format(birthDate),
                    MONTH.format(rules.firstAdmissionDay(birthDate)), rules.admissionMinimumAge());
        }
    }

    private static void requireDecisionBeforeCeremony(LifeEvent event) {
        if (event.decisionOn() == null || event.decisionOn().isAfter(event.effectiveOn())) {
            throw new DomainException("decisionOn", "member.error.decisionAfterCeremony");
        }
    }

    /**
     * Conversion: not before ceremony + 12 months, with approving votes of at least two thirds; the member is
     * official from the end of probation whatever the meeting date (QĐ 24-QĐ/TW Art. 5, kept by QĐ 294).
     */
    private MemberState convert(MemberState state, LifeEvent event) {
        if (state.status() != MemberStatus.PROBATIONARY) {
            throw new DomainException("kind", "member.error.notProbationary");
        }
        LocalDate due = state.ceremonyOn().plus(rules.probation());
        if (event.effectiveOn().isBefore(due)) {
            throw new DomainException("effectiveOn", "member.error.conversionEarly", due);
        }
        Integer votesFor = event.votesFor();
        Integer votesTotal = event.votesTotal();
        if (votesFor == null || votesTotal == null || votesTotal <= 0 || votesFor < 0 || votesFor > votesTotal) {
            throw new DomainException("votesFor", "member.error.votes");
        }
        if (!rules.conversionPasses(votesFor, votesTotal)) {
            throw new DomainException("votesFor", "member.error.conversionVotes", votesFor, votesTotal);
        }
        return state.official(due);
    }

    /**
     * Conversion as an old register records it: official on the register's date, votes unknown. A date other than
     * ceremony + 12 months is kept as written (it is a data problem for the work lists, not a reason to lose the
     * record).
     */
    private MemberState convertOnRecord(MemberState state, LifeEvent event) {
        if (state.status() != MemberStatus.PROBATIONARY) {
            throw new DomainException("kind", "member.error.notProbationary");
        }
        return state.official(event.effectiveOn());
    }

    private MemberState transfer(MemberState state, LifeEvent event) {
        active(state, event);
        if (state.hostOrganizationId() != null) {
            throw new DomainException("kind", "member.error.temporaryOpen");
        }
        if (event.organizationId() == state.organizationId()) {
            throw new DomainException("organizationId", "member.error.sameOrganization");
        }
        return state.movedTo(event.organizationId(), null);
    }

    private MemberState transferIn(MemberState state, LifeEvent event) {
        if (state.status() != MemberStatus.TRANSFERRED_OUT) {
            throw new DomainException("kind", "member.error.notTransferredOut");
        }
        MemberStatus back = state.officialOn() == null ? MemberStatus.PROBATIONARY : MemberStatus.OFFICIAL;
        return state.with(back).movedTo(event.organizationId(), null);
    }

    private MemberState temporary(MemberState state, LifeEvent event) {
        active(state, event);
        if (state.hostOrganizationId() != null) {
            throw new DomainException("kind", "member.error.temporaryOpen");
        }
        if (event.organizationId() == state.organizationId()) {
            throw new DomainException("organizationId", "member.error.sameOrganization");
        }
        return state.movedTo(state.organizationId(), event.organizationId());
    }

    /** Exemption from work and activity and its end (QĐ 24 §7.1, rules §5.4). */
    private MemberState exempt(MemberState state, LifeEvent event, boolean exempt) {
        if (active(state, event).exempt() == exempt) {
            throw new DomainException("kind", exempt ? "member.error.alreadyExempt" : "member.error.notExempt");
        }
        return state.exempted(exempt);
    }

    /** Discipline applies to exempt members too (QĐ 45/2011 §14.2); expulsion ends membership (rules §5.5). */
    private MemberState discipline(MemberState state, LifeEvent event) {
        active(state, event);
        if (event.discipline() == null) {
            throw new DomainException("discipline", "member.error.disciplineForm");
        }
        MemberState disciplined = state.disciplined();
        return event.discipline() == DisciplineForm.EXPULSION
                ? disciplined.left(MemberStatus.EXPELLED, event.effectiveOn())
                : disciplined;
    }

    /** Re-admission: out of the party at least 36 months, once only, with a new probation (QĐ 294 §3.5). */
    private MemberState readmit(MemberState state, LifeEvent event) {
        if (state.status() != MemberStatus.REMOVED && state.status() != MemberStatus.EXPELLED) {
            throw new DomainException("kind", "member.error.notOut");
        }
        if (state.readmissions() >= rules.readmissionsAllowed()) {
            throw new DomainException("kind", "member.error.readmittedOnce");
        }
        LocalDate earliest = state.leftOn().plus(rules.readmissionWait());
        if (event.effectiveOn().isBefore(earliest)) {
            throw new DomainException("effectiveOn", "member.error.readmissionEarly", earliest);
        }
        requireDecisionBeforeCeremony(event);
        return new MemberState(MemberStatus.PROBATIONARY, event.organizationId(), null, false, event.decisionOn(),
                event.effectiveOn(), null, null, state.readmissions() + 1, state.disciplines(), event.effectiveOn());
    }

    private static MemberState active(MemberState state, LifeEvent event) {
        if (!state.status().isMember()) {
            throw new DomainException("kind", "member.error.notActive", state.status(), event.kind());
        }
        return state;
    }
}
