package vn.tochuc.membership;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.calendar.HolidayCalendar;
import vn.tochuc.membership.WorkItems.ConversionDue;
import vn.tochuc.membership.WorkItems.DataProblem;
import vn.tochuc.membership.WorkItems.Exemption;
import vn.tochuc.membership.WorkItems.LateCeremony;
import vn.tochuc.membership.WorkItems.Overview;
import vn.tochuc.membership.WorkItems.PendingTransfer;
import vn.tochuc.membership.WorkItems.Problem;
import vn.tochuc.membership.WorkItems.Section;
import vn.tochuc.membership.internal.CandidateStore;
import vn.tochuc.membership.internal.WorkListStore;
import vn.tochuc.membership.internal.WorkListStore.Line;
import vn.tochuc.organization.Organizations;
import vn.tochuc.shared.Actor;
import vn.tochuc.shared.Actors;
import vn.tochuc.shared.Permission;
import vn.tochuc.shared.VietnameseText;
import vn.tochuc.shared.WorkingDays;

/**
 * A clerk's work lists for the subtree of an organisation in the acting user's scope (the whole scope by default;
 * another subtree is not found): conversions due, late ceremonies, transfers not received, exempt members and data
 * problems. Deadlines in working days follow the holiday calendar; "today" is the application clock's. Citizen-ID
 * problems are listed only for users with SENSITIVE_READ, and never show the ID.
 */
@Service
@Transactional(readOnly = true)
public class WorkLists {

    private final WorkListStore store;
    private final CandidateStore candidates;
    private final Organizations organizations;
    private final Actors actors;
    private final HolidayCalendar calendar;
    private final Members members;
    private final LifecycleRules lifecycle = LifecycleRules.DEFAULT;
    private final WorkListRules rules = WorkListRules.DEFAULT;

    public WorkLists(WorkListStore store, CandidateStore candidates, Organizations organizations, Actors actors,
            HolidayCalendar calendar, Members members) {
        this.store = store;
        this.candidates = candidates;
        this.organizations = organizations;
        this.actors = actors;
        this.calendar = calendar;
        this.members = members;
    }

    public Overview overview(Long organizationId, int limit) {
        return overview(organizationId, members.today(), limit);
    }

    public Section<ConversionDue> conversions(Long organizationId, int limit) {
        return conversionsUnder(path(organizationId), members.today(), limit);
    }

    public Section<LateCeremony> ceremonies(Long organizationId, int limit) {
        return ceremoniesUnder(path(organizationId), members.today(), limit);
    }

    public Section<PendingTransfer> transfers(Long organizationId, int limit) {
        return transfersUnder(path(organizationId), members.today(), limit);
    }

    public Section<Exemption> exemptions(Long organizationId, int limit) {
        return exemptionsUnder(path(organizationId), limit);
    }

    public Map<Problem, Section<DataProblem>> problems(Long organizationId, int limit) {
        return problemsUnder(path(organizationId), limit);
    }

    /** The lists as they stand on {@code today} (tests pass the day; the pages and API use the clock). */
    Overview overview(Long organizationId, LocalDate today, int limit) {
        String path = path(organizationId);
        return new Overview(today, actors.current().can(Permission.SENSITIVE_READ), conversionsUnder(path, today, limit),
                ceremoniesUnder(path, today, limit), transfersUnder(path, today, limit), exemptionsUnder(path, limit),
                problemsUnder(path, limit));
    }

    /** Probationary members due for conversion within the look-ahead or overdue (ceremony + 12 months). */
    Section<ConversionDue> conversionsUnder(String path, LocalDate today, int limit) {
        LocalDate horizon = today.plusDays(rules.conversionLookAhead());
        // one day of slack for 29 February, whose "+ 12 months" is 28 February; the exact test follows
        LocalDate ceremonyBy = horizon.minus(lifecycle.probation()).plusDays(1);
        List<ConversionDue> due = new ArrayList<>();
        for (Line l : store.probationaryBy(path, ceremonyBy)) {
            LocalDate dueOn = l.ceremonyOn().plus(lifecycle.probation());
            if (!dueOn.isAfter(horizon)) {
                due.add(new ConversionDue(l.id(), l.fullName(), l.organizationId(), l.organizationName(),
                        l.ceremonyOn(), dueOn, ChronoUnit.DAYS.between(today, dueOn)));
            }
        }
        return section(due, Comparator.comparing(ConversionDue::dueOn), ConversionDue::fullName, limit);
    }

    /**
     * Candidates with a decision and no ceremony past the deadline (most overdue first), then members whose
     * recorded ceremony, within the follow-up period, came after it (the latest decision first).
     */
    Section<LateCeremony> ceremoniesUnder(String path, LocalDate today, int limit) {
        WorkingDays days = calendar.workingDays();
        int within = rules.ceremonyWorkingDays();
        List<LateCeremony> pending = new ArrayList<>();
        for (CandidateStore.Row row : candidates.awaitingCeremony(path)) {
            Candidate c = row.candidate();
            LocalDate deadline = days.plusWorkingDays(c.decisionOn(), within);
            if (today.isAfter(deadline)) {
                pending.add(new LateCeremony(null, c.id(), c.fullName(), c.organizationId(), c.organizationName(),
                        c.decisionOn(), deadline, null, days.workingDaysBetween(deadline, today)));
            }
        }
        List<LateCeremony> recorded = new ArrayList<>();
        for (Line l : store.ceremonyAfter(path, WorkListStore.minimumSpan(within), today.minus(rules.followUp()))) {
            LocalDate deadline = days.plusWorkingDays(l.decisionOn(), within);
            if (l.ceremonyOn().isAfter(deadline)) {
                recorded.add(new LateCeremony(l.id(), null, l.fullName(), l.organizationId(), l.organizationName(),
                        l.decisionOn(), deadline, l.ceremonyOn(), days.workingDaysBetween(deadline, l.ceremonyOn())));
            }
        }
        pending.sort(Comparator.comparing(LateCeremony::deadline)
                .thenComparing(LateCeremony::fullName, VietnameseText.personalNameOrder()));
        recorded.sort(Comparator.comparing(LateCeremony::decisionOn).reversed()
                .thenComparing(LateCeremony::fullName, VietnameseText.personalNameOrder()));
        pending.addAll(recorded);
        return new Section<>(pending.size(), first(pending, limit));
    }

    /**
     * Members transferred out of the system (their latest event) whose 30 working days to present the letter have
     * run out, within the follow-up period. Transfers inside the system and temporary transfers take effect at once
     * in the receiving organisation, so they are never "not received".
     */
    Section<PendingTransfer> transfersUnder(String path, LocalDate today, int limit) {
        WorkingDays days = calendar.workingDays();
        int within = rules.transferWorkingDays();
        List<PendingTransfer> late = new ArrayList<>();
        for (Line l : store.transferredOut(path, today.minus(rules.followUp()),
                today.minusDays(WorkListStore.minimumSpan(within)))) {
            LocalDate deadline = days.plusWorkingDays(l.eventOn(), within);
            if (today.isAfter(deadline)) {
                late.add(new PendingTransfer(l.id(), l.fullName(), l.organizationId(), l.organizationName(),
                        l.eventOn(), deadline, days.workingDaysBetween(deadline, today)));
            }
        }
        return section(late, Comparator.comparing(PendingTransfer::deadline), PendingTransfer::fullName, limit);
    }

    Section<Exemption> exemptionsUnder(String path, int limit) {
        List<Exemption> exempt = store.exempt(path, limit).stream().map(l -> new Exemption(l.id(), l.fullName(),
                l.organizationId(), l.organizationName(), l.eventOn())).toList();
        return new Section<>(store.countExempt(path), exempt);
    }

    Map<Problem, Section<DataProblem>> problemsUnder(String path, int limit) {
        boolean sensitive = actors.current().can(Permission.SENSITIVE_READ);
        Map<Problem, Section<DataProblem>> problems = new EnumMap<>(Problem.class);
        problems.put(Problem.BIRTH_DATE_MISSING, new Section<>(store.countWithoutBirthDate(path),
                plain(store.withoutBirthDate(path, limit), Problem.BIRTH_DATE_MISSING)));
        if (sensitive) {
            problems.put(Problem.CITIZEN_ID_MISSING, new Section<>(store.countWithoutCitizenId(path),
                    plain(store.withoutCitizenId(path, limit), Problem.CITIZEN_ID_MISSING)));
            problems.put(Problem.CITIZEN_ID_MISMATCH, citizenIdMismatches(path, limit));
        }
        problems.put(Problem.OFFICIAL_DATE_MISMATCH, officialDateMismatches(path, limit));
        problems.put(Problem.ADMITTED_OVER_60, admittedOver60(path, limit));
        problems.put(Problem.PROBABLE_DUPLICATE, probableDuplicates(path, limit));
        return problems;
    }

    /** Records of the subtree sharing the folded name and the birth date with another record of the subtree. */
    private Section<DataProblem> probableDuplicates(String path, int limit) {
        Map<String, List<Line>> groups = new java.util.LinkedHashMap<>();
        for (Line l : store.sharingNameAndBirthDate(path)) {
            groups.computeIfAbsent(l.nameKey() + "|" + l.birthDate(), k -> new ArrayList<>()).add(l);
        }
        List<DataProblem> found = groups.values().stream().filter(g -> g.size() > 1).flatMap(List::stream)
                .map(l -> new DataProblem(l.id(), l.fullName(), l.organizationId(), l.organizationName(),
                        Problem.PROBABLE_DUPLICATE, l.birthDate(), null, List.of())).toList();
        return new Section<>(found.size(), first(found, limit));
    }

    private Section<DataProblem> citizenIdMismatches(String path, int limit) {
        List<DataProblem> found = new ArrayList<>();
        for (Line l : store.citizenIdMismatches(path, CitizenIdCheck.provinceCodes())) {
            var findings = CitizenIdCheck.check(l.citizenId(), l.sex(), l.birthDate().getYear());
            if (!findings.isEmpty()) {
                found.add(new DataProblem(l.id(), l.fullName(), l.organizationId(), l.organizationName(),
                        Problem.CITIZEN_ID_MISMATCH, null, null, findings));
            }
        }
        return new Section<>(found.size(), first(found, limit));
    }

    private Section<DataProblem> officialDateMismatches(String path, int limit) {
        List<DataProblem> found = new ArrayList<>();
        for (Line l : store.officialNotAfter(path, (int) lifecycle.probation().toTotalMonths())) {
            LocalDate expected = l.ceremonyOn().plus(lifecycle.probation());
            if (!expected.equals(l.officialOn())) {
                found.add(new DataProblem(l.id(), l.fullName(), l.organizationId(), l.organizationName(),
                        Problem.OFFICIAL_DATE_MISMATCH, expected, l.officialOn(), List.of()));
            }
        }
        return new Section<>(found.size(), first(found, limit));
    }

    /**
     * Members admitted past the maximum age (60 inclusive, counted by month: from 732 months on the decision's day),
     * the latest decision first. Not refused at admission: the written consent it needs is on paper (rules §5.1).
     */
    private Section<DataProblem> admittedOver60(String path, int limit) {
        int months = lifecycle.monthsPastAdmissionAge();
        List<DataProblem> found = store.admittedAtLeast(path, months, limit).stream()
                .map(l -> new DataProblem(l.id(), l.fullName(), l.organizationId(), l.organizationName(),
                        Problem.ADMITTED_OVER_60, l.decisionOn(), l.birthDate(), List.of())).toList();
        return new Section<>(store.countAdmittedAtLeast(path, months), found);
    }

    private static List<DataProblem> plain(List<Line> lines, Problem problem) {
        return lines.stream().map(l -> new DataProblem(l.id(), l.fullName(), l.organizationId(), l.organizationName(),
                problem, null, null, List.of())).toList();
    }

    private static <T> Section<T> section(List<T> items, Comparator<T> urgency, Function<T, String> name, int limit) {
        items.sort(urgency.thenComparing(name, VietnameseText.personalNameOrder()));
        return new Section<>(items.size(), first(items, limit));
    }

    private static <T> List<T> first(List<T> items, int limit) {
        return List.copyOf(items.subList(0, Math.min(Math.max(limit, 0), items.size())));
    }

    /** The subtree's path: the acting user's scope, or a visible organisation under it (else not found). */
    private String path(Long organizationId) {
        Actor actor = actors.current();
        return organizationId == null ? actor.scopePath() : organizations.get(organizationId).path();
    }
}
