package vn.tochuc.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tochuc.demo.MemberPlanner.PlannedMember;
import vn.tochuc.membership.EventKind;
import vn.tochuc.membership.LifeEvent;
import vn.tochuc.membership.LifecycleRules;
import vn.tochuc.membership.MemberLifecycle;
import vn.tochuc.membership.MemberState;
import vn.tochuc.membership.MemberStatus;
import vn.tochuc.organization.OrganizationType;

/**
 * The demo's member histories for seed 1, checked against the plan of the province on its own: exactly 27,350
 * members today, every history accepted by the life-cycle rules, every organisation a history names a cell that
 * is in force on the event's day (none receives members after it ends, none keeps members past its end), and
 * the situations the clerk's work lists are there for.
 */
class MemberPlannerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static ProvincePlan plan;
    private static List<PlannedMember> members;
    private static final Map<Integer, LocalDate> founded = new HashMap<>();
    private static final Map<Integer, LocalDate> ended = new HashMap<>();
    private static final Map<Integer, OrganizationType> types = new HashMap<>();

    @BeforeAll
    static void draw() {
        plan = ProvincePlanner.plan(1);
        members = MemberPlanner.plan(1, plan, TODAY);
        for (PlanStep step : plan.steps()) {
            switch (step) {
                case PlanStep.Found f -> found(f.org(), f.day());
                case PlanStep.Merge m -> {
                    if (m.newTarget() != null) {
                        found(m.newTarget(), m.day());
                    }
                    m.sourceKeys().forEach(k -> ended.put(k, m.day()));
                }
                case PlanStep.Split s -> {
                    s.parts().forEach(p -> found(p.org(), s.day()));
                    ended.put(s.key(), s.day());
                }
                case PlanStep.Dissolve d -> ended.put(d.key(), d.day());
                default -> { }
            }
        }
    }

    private static void found(PlanStep.Org org, LocalDate day) {
        founded.put(org.key(), day);
        types.put(org.key(), org.type());
    }

    private static boolean inForce(long key, LocalDate day) {
        int k = (int) key;
        return !founded.get(k).isAfter(day) && (!ended.containsKey(k) || ended.get(k).isAfter(day));
    }

    @Test
    void exactly27350AreMembersTodayAndTheSameSeedGivesTheSameHistories() {
        assertThat(members.stream().filter(m -> m.state().status().isMember()).count()).isEqualTo(27_350);
        assertThat(members.size()).isBetween(28_000, 31_000);
        List<PlannedMember> again = MemberPlanner.plan(1, plan, TODAY);
        assertThat(again.subList(0, 300)).isEqualTo(members.subList(0, 300));
    }

    @Test
    void everyHistoryReplaysToItsStateAndNamesOnlyCellsInForceOnTheDay() {
        MemberLifecycle lifecycle = new MemberLifecycle(LifecycleRules.DEFAULT);
        for (PlannedMember m : members) {
            assertThat(lifecycle.replay(m.events(), null)).isEqualTo(m.state());
            assertThat(m.events().getFirst().kind()).isEqualTo(EventKind.ADMISSION);
            assertThat(m.events().getFirst().effectiveOn()).isAfterOrEqualTo(LocalDate.of(1965, 1, 1));
            for (LifeEvent e : m.events()) {
                assertThat(e.effectiveOn()).isBeforeOrEqualTo(TODAY);
                if (e.organizationId() != null) {
                    assertThat(types.get(e.organizationId().intValue()))
                            .isIn(OrganizationType.CELL, OrganizationType.GRASSROOTS_CELL);
                    assertThat(inForce(e.organizationId(), e.effectiveOn())).as("%s", e).isTrue();
                }
            }
            MemberState s = m.state();
            if (s.status().isMember()) {
                assertThat(inForce(s.organizationId(), TODAY)).isTrue();
                if (s.hostOrganizationId() != null) {
                    assertThat(inForce(s.hostOrganizationId(), TODAY)).isTrue();
                }
            }
        }
    }

    @Test
    void noOneIsAdmittedOrReadmittedBeforeTheMonthTheyTurn18() { // rules §5.1, counted by month on the decision
        MemberLifecycle lifecycle = new MemberLifecycle(LifecycleRules.DEFAULT);
        long checked = 0;
        for (PlannedMember m : members) {
            for (LifeEvent e : m.events()) {
                lifecycle.checkAdmissionAge(m.record().birthDate(), e);
            }
            checked += m.record().birthDate() == null ? 0 : 1;
        }
        assertThat(checked).isGreaterThan(27_000);
    }

    @Test
    void membersOfAnOrganisationThatEndedMovedOnBeforeItsEnd() {
        Set<Integer> endedWithMembers = new HashSet<>();
        for (PlannedMember m : members) {
            MemberLifecycle lifecycle = new MemberLifecycle(LifecycleRules.DEFAULT);
            for (LifeEvent e : m.events()) {
                if (e.organizationId() != null && ended.containsKey(e.organizationId().intValue())) {
                    int key = e.organizationId().intValue();
                    endedWithMembers.add(key);
                    MemberState onLastDay = lifecycle.replay(m.events(), ended.get(key).minusDays(1));
                    MemberState onEnd = lifecycle.replay(m.events(), ended.get(key));
                    if (onEnd.status().isMember()) {
                        assertThat(onEnd.organizationId()).isNotEqualTo(key);
                    }
                    assertThat(onLastDay).isNotNull();
                }
            }
        }
        assertThat(endedWithMembers).hasSizeGreaterThan(10);
    }

    @Test
    void theWorkListsHaveSomethingToShow() {
        long due = members.stream().filter(m -> m.state().status() == MemberStatus.PROBATIONARY)
                .filter(m -> !m.state().probationEndsOn(LifecycleRules.DEFAULT).isBefore(TODAY)
                        && !m.state().probationEndsOn(LifecycleRules.DEFAULT).isAfter(TODAY.plusDays(30))).count();
        long overdue = members.stream().filter(m -> m.state().status() == MemberStatus.PROBATIONARY)
                .filter(m -> m.state().probationEndsOn(LifecycleRules.DEFAULT).isBefore(TODAY)).count();
        long probationary = members.stream().filter(m -> m.state().status() == MemberStatus.PROBATIONARY).count();
        assertThat(probationary).isBetween(700L, 1_600L);
        assertThat(due).isBetween(20L, 150L);
        assertThat(overdue).isBetween(5L, 60L);
        assertThat(count(MemberStatus.DECEASED)).isBetween(400L, 2_500L);
        assertThat(count(MemberStatus.TRANSFERRED_OUT)).isBetween(50L, 600L);
        assertThat(count(MemberStatus.REMOVED)).isBetween(30L, 400L);
        assertThat(count(MemberStatus.EXPELLED)).isPositive();
        long pendingOut = members.stream().filter(m -> m.state().status() == MemberStatus.TRANSFERRED_OUT)
                .filter(m -> m.state().lastEventOn().isAfter(TODAY.minusDays(120))).count();
        assertThat(pendingOut).isBetween(3L, 60L);
        assertThat(members.stream().filter(m -> m.state().status().isMember() && m.state().exempt()).count())
                .isBetween(500L, 4_000L);
        assertThat(members.stream().filter(m -> m.state().hostOrganizationId() != null).count()).isPositive();
        assertThat(members.stream().filter(m -> m.state().readmissions() == 1).count()).isPositive();
        assertThat(kinds(EventKind.TRANSFER)).isGreaterThan(1_000);
        assertThat(kinds(EventKind.TEMPORARY_RETURN)).isPositive();
        assertThat(kinds(EventKind.DISCIPLINE)).isGreaterThan(100);
        assertThat(kinds(EventKind.EXEMPTION_END)).isPositive();
        assertThat(members.stream().filter(m -> m.events().getFirst().effectiveOn().getYear() < 1980).count())
                .isGreaterThan(1_000);
        assertThat(members.stream().filter(m -> m.state().status() == MemberStatus.PROBATIONARY)
                .allMatch(m -> m.record().cardNumber() == null)).isTrue();
        // admitted past 60 (rules §5.1): a handful to check the consent of, not one in a hundred members
        assertThat(members.stream().filter(m -> m.record().birthDate() != null && m.state().status().isMember()
                && LifecycleRules.DEFAULT.pastAdmissionAge(m.record().birthDate(), m.state().decisionOn())).count())
                .isBetween(1L, 60L);
    }

    private static long count(MemberStatus status) {
        return members.stream().filter(m -> m.state().status() == status).count();
    }

    private static long kinds(EventKind kind) {
        return members.stream().flatMap(m -> m.events().stream()).filter(e -> e.kind() == kind).count();
    }
}
