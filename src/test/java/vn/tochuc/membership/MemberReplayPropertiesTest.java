package vn.tochuc.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tochuc.access.TestUsers.as;
import static vn.tochuc.organization.OrganizationType.COMMUNE;
import static vn.tochuc.organization.OrganizationType.GRASSROOTS_CELL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tochuc.PostgresTest;
import vn.tochuc.access.Role;
import vn.tochuc.access.SignedInUser;
import vn.tochuc.access.TestUsers;
import vn.tochuc.organization.TestOrganizations;
import vn.tochuc.shared.DomainException;

/**
 * Properties over random life cycles recorded through {@link Members} (seeded; the seed is printed, rerun
 * with {@code -Dmembers.seed=…}): replaying a member's stored events always yields the stored state, a
 * refused event changes nothing, and the members of a subtree on any day equal a brute-force replay.
 */
@PostgresTest
class MemberReplayPropertiesTest {

    private static final EventKind[] KINDS = {EventKind.CONVERSION, EventKind.CONVERSION, EventKind.TRANSFER,
            EventKind.TRANSFER_OUT, EventKind.TRANSFER_IN, EventKind.TEMPORARY_TRANSFER, EventKind.TEMPORARY_RETURN,
            EventKind.EXEMPTION, EventKind.EXEMPTION_END, EventKind.EXEMPTION_END, EventKind.DISCIPLINE, EventKind.REMOVAL, EventKind.DEATH,
            EventKind.READMISSION, EventKind.READMISSION};

    @Autowired TestOrganizations build;
    @Autowired TestUsers users;
    @Autowired Members members;

    final MemberLifecycle lifecycle = new MemberLifecycle(LifecycleRules.DEFAULT);

    @Test
    void replayingTheEventsYieldsTheStoredStateAndAsOfListsMatchABruteForceReplay() {
        long seed = Long.getLong("members.seed", System.nanoTime());
        System.out.println("MemberReplayPropertiesTest seed: " + seed);
        Random random = new Random(seed);
        long commune = build.found(build.province(), COMMUNE, "Đảng bộ xã Ngẫu Nhiên " + TestOrganizations.next());
        List<Long> cells = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            cells.add(build.found(commune, GRASSROOTS_CELL, "Chi bộ thôn " + i + " " + TestOrganizations.next()));
        }
        SignedInUser clerk = users.create(Role.CLERK, commune);
        List<Long> ids = new ArrayList<>();
        for (int m = 0; m < 16; m++) {
            ids.add(randomLife(random, clerk, cells, m));
        }
        as(clerk, () -> {
            for (long id : ids) {
                assertThat(state(members.get(id))).as("member %d, seed %d", id, seed).isEqualTo(replayed(id, null));
            }
            for (int d = 0; d < 15; d++) {
                LocalDate day = TestOrganizations.FOUNDED.plusDays(random.nextInt(2500));
                Set<Long> listed = new HashSet<>();
                members.asOf(commune, day).forEach(s -> listed.add(s.id()));
                Set<Long> bruteForce = new HashSet<>();
                for (long id : ids) {
                    MemberState state = lifecycle.replay(events(id), day);
                    if (state != null && state.status().isMember() && cells.contains(state.organizationId())) {
                        bruteForce.add(id);
                    }
                }
                assertThat(listed).as("members on %s, seed %d", day, seed).isEqualTo(bruteForce);
            }
        });
    }

    private long randomLife(Random random, SignedInUser clerk, List<Long> cells, int n) {
        LocalDate ceremony = TestOrganizations.FOUNDED.plusDays(10 + random.nextInt(700));
        long id = TestUsers.as(clerk, () -> members.admit(new Members.NewMember(
                TestMembers.record("Đảng viên Ngẫu Nhiên " + n, n % 2 == 0 ? Sex.MALE : Sex.FEMALE, 1980),
                cells.get(random.nextInt(cells.size())), ceremony.minusDays(10), ceremony, null)));
        LocalDate day = ceremony;
        LocalDate today = members.today();
        for (int attempt = 0; attempt < 14; attempt++) {
            day = day.plusDays(random.nextInt(random.nextInt(4) == 0 ? 1200 : 300));
            if (day.isAfter(today)) {
                day = today;
            }
            LifeEvent event = randomEvent(random, cells, day);
            as(clerk, () -> {
                MemberView before = members.get(id);
                try {
                    members.record(id, before.version(), event);
                } catch (DomainException refused) {
                    assertThat(members.get(id)).as("a refused %s changes nothing", event.kind()).isEqualTo(before);
                }
            });
        }
        return id;
    }

    private static LifeEvent randomEvent(Random random, List<Long> cells, LocalDate day) {
        EventKind kind = KINDS[random.nextInt(KINDS.length)];
        Long organization = kind.needsOrganization() ? cells.get(random.nextInt(cells.size())) : null;
        int total = 1 + random.nextInt(12);
        return new LifeEvent(kind, day, organization, kind == EventKind.READMISSION ? day.minusDays(5) : null,
                kind == EventKind.CONVERSION ? total - random.nextInt(total / 2 + 1) : null,
                kind == EventKind.CONVERSION ? total : null,
                kind == EventKind.DISCIPLINE ? DisciplineForm.values()[random.nextInt(4)] : null, null, null);
    }

    private List<LifeEvent> events(long id) {
        return members.history(id).stream().map(EventView::event).toList();
    }

    private List<Object> replayed(long id, LocalDate day) {
        MemberState s = lifecycle.replay(events(id), day);
        return List.of(s.status(), s.organizationId(), String.valueOf(s.hostOrganizationId()), s.exempt(),
                s.decisionOn(), s.ceremonyOn(), String.valueOf(s.officialOn()), s.readmissions());
    }

    private static List<Object> state(MemberView v) {
        return List.of(v.status(), v.organizationId(), String.valueOf(v.hostOrganizationId()), v.exempt(),
                v.decisionOn(), v.ceremonyOn(), String.valueOf(v.officialOn()), v.readmissions());
    }
}
