package vn.tochuc.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import vn.tochuc.access.ActingAs;
import vn.tochuc.access.ApiTokens;
import vn.tochuc.access.Commands.CreateUser;
import vn.tochuc.access.Role;
import vn.tochuc.access.SystemTasks;
import vn.tochuc.access.UserAdministration;
import vn.tochuc.congress.CongressKind;
import vn.tochuc.congress.Congresses;
import vn.tochuc.election.BoardRole;
import vn.tochuc.election.CandidateRoute;
import vn.tochuc.election.Counting;
import vn.tochuc.election.ElectionResults;
import vn.tochuc.election.Elections;
import vn.tochuc.election.counting.ElectionKind;
import vn.tochuc.election.counting.Exclusion;
import vn.tochuc.organization.OrganizationType;
import vn.tochuc.organization.TreeChanges;

/**
 * The benchmark's own organisation, accounts and elections, all made through the application's services
 * as the people who would do it (organising staff prepare, operators enter, the head publishes): a root
 * organisation of its own (code {@value #ORG_CODE}), organising staff, the head of the board and three
 * operators, each election in a congress of its own. The organisation and accounts are made once and
 * reused; the published 200-name election for the minutes is made once and reused too.
 */
final class BenchElections {

    static final String ORG_CODE = "BENCH-ELECTION";
    static final String PASSWORD = "BenchMatKhau2026";
    static final String STAFF = "bench.staff";
    static final String HEAD = "bench.head";
    static final List<String> OPERATORS = List.of("bench.op1", "bench.op2", "bench.op3");
    static final String MINUTES_CONGRESS = "Đại hội thử tải: biên bản kiểm phiếu 200 người";

    private final ActingAs acting;
    private final Congresses congresses;
    private final Elections elections;
    private final Counting counting;
    private final ElectionResults results;
    private final ApplicationContext context;
    private long organization;

    BenchElections(ApplicationContext context) {
        this.context = context;
        this.acting = context.getBean(ActingAs.class);
        this.congresses = context.getBean(Congresses.class);
        this.elections = context.getBean(Elections.class);
        this.counting = context.getBean(Counting.class);
        this.results = context.getBean(ElectionResults.class);
    }

    /** Founds the benchmark organisation and its accounts unless a previous run did. */
    void setUp(Connection raw) throws SQLException {
        Optional<Long> existing = longValue(raw, "SELECT id FROM party_organization WHERE code = ?", ORG_CODE);
        organization = existing.orElseGet(() -> SystemTasks.run(() -> context.getBean(TreeChanges.class)
                .foundRoot("Đảng bộ thử tải bầu cử", ORG_CODE, OrganizationType.PROVINCIAL, LocalDate.of(2020, 1, 1))));
        if (existing.isPresent()) {
            return;
        }
        UserAdministration users = context.getBean(UserAdministration.class);
        SystemTasks.run(() -> {
            users.create(new CreateUser(STAFF, "Cán Bộ Tổ Chức", PASSWORD, Role.ORGANIZING_STAFF, organization));
            users.create(new CreateUser(HEAD, "Trưởng Ban Kiểm Phiếu", PASSWORD, Role.CLERK, organization));
            for (int i = 0; i < OPERATORS.size(); i++) {
                users.create(new CreateUser(OPERATORS.get(i), "Người Nhập Phiếu " + (i + 1), PASSWORD, Role.CLERK,
                        organization));
            }
        });
    }

    /** A personal API token for each operator (made fresh each run; they are the API's other way to log in). */
    List<String> operatorTokens() {
        ApiTokens tokens = context.getBean(ApiTokens.class);
        return OPERATORS.stream().map(op -> as(op, () -> tokens.create("thử tải " + System.currentTimeMillis())))
                .toList();
    }

    /**
     * A delegates' congress of {@code delegates} electing {@code seats} of {@code names}, its board (head and
     * one operator per pass), the list fixed and the count opened with {@code returned} ballots.
     */
    long opened(String congressName, List<String> names, int seats, int passes, int delegates, int returned) {
        long start = System.nanoTime();
        long congress = as(STAFF, () -> congresses.record(new Congresses.NewCongress(organization, CongressKind.DELEGATES,
                congressName, "2025–2030", LocalDate.of(2025, 10, 14), LocalDate.of(2025, 10, 16), "Hội trường")));
        return as(STAFF, () -> {
            long id = elections.define(new Elections.NewElection(congress, ElectionKind.EXECUTIVE_COMMITTEE, seats,
                    false, null, passes, false));
            names.forEach(n -> elections.addCandidate(id, n, CandidateRoute.COMMITTEE_LIST, null, true));
            elections.setParticipation(id, new Elections.Participation(delegates + 12,
                    Map.of(Exclusion.DELEGATES_ABSENT_WITHOUT_ALTERNATE, 12), delegates, delegates, null));
            elections.addBoardMember(id, "Trưởng Ban Kiểm Phiếu", BoardRole.HEAD, HEAD, null);
            for (int pass = 1; pass <= passes; pass++) {
                elections.addBoardMember(id, "Người Nhập Phiếu " + pass, BoardRole.TECHNICIAN, OPERATORS.get(pass - 1), pass);
            }
            elections.approveList(id);
            elections.openCounting(id, returned, returned);
            System.out.printf("Prepared election %d (%d names, %d passes) through Elections in %.1f s%n", id, names.size(),
                    passes, (System.nanoTime() - start) / 1e9);
            return id;
        });
    }

    /** The published 200-name election for the minutes: found from an earlier run, or made and published now. */
    long publishedForMinutes(Connection raw, BenchBallots ballots) throws SQLException {
        Optional<Long> existing = longValue(raw, """
                SELECT e.id FROM election e JOIN congress c ON c.id = e.congress_id
                 WHERE c.name = ? AND e.status = 'PUBLISHED' ORDER BY e.id FETCH FIRST 1 ROWS ONLY""", MINUTES_CONGRESS);
        if (existing.isPresent()) {
            System.out.println("Reusing the published 200-name election " + existing.get());
            return existing.get();
        }
        long start = System.nanoTime();
        long id = opened(MINUTES_CONGRESS, ballots.names, BenchBallots.SEATS, 2, BenchBallots.BALLOTS,
                BenchBallots.BALLOTS);
        for (int b = 1; b <= BenchBallots.BALLOTS; b++) {
            String keys = ballots.surplus.get(b - 1).keys();
            int n = b;
            as(OPERATORS.get(0), () -> counting.record(id, n, keys));
            as(OPERATORS.get(1), () -> counting.record(id, n, keys));
        }
        as(HEAD, () -> results.publish(id));
        System.out.printf("Made and published the 200-name election %d: %d ballots × 2 passes through Counting.record"
                + " in %.1f s%n", id, BenchBallots.BALLOTS, (System.nanoTime() - start) / 1e9);
        return id;
    }

    <T> T as(String username, Supplier<T> work) {
        return acting.as(username, work);
    }

    private static Optional<Long> longValue(Connection c, String sql, String parameter) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, parameter);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }
}
