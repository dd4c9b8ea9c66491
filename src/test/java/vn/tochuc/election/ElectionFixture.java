package vn.tochuc.election;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.context.TestComponent;
import vn.tochuc.access.Role;
import vn.tochuc.access.SignedInUser;
import vn.tochuc.access.TestUsers;
import vn.tochuc.congress.CongressKind;
import vn.tochuc.congress.Congresses;
import vn.tochuc.election.counting.ElectionKind;
import vn.tochuc.election.counting.Exclusion;
import vn.tochuc.organization.OrganizationType;
import vn.tochuc.organization.TestOrganizations;

/**
 * Builds an election ready for counting: a commune with a grassroots committee holding a members'
 * congress, organising staff, a head of the counting board and one operator per pass.
 */
@TestComponent
public class ElectionFixture {

    private final TestOrganizations organizations;
    private final TestUsers users;
    private final Congresses congresses;
    private final Elections elections;

    public ElectionFixture(TestOrganizations organizations, TestUsers users, Congresses congresses, Elections elections) {
        this.organizations = organizations;
        this.users = users;
        this.congresses = congresses;
        this.elections = elections;
    }

    /** Everything an election test needs. */
    public record Prepared(long organization, long congress, long election, SignedInUser staff, SignedInUser head,
            List<SignedInUser> operators, SignedInUser outsider) {
    }

    /** A members' congress electing {@code seats} from {@code names}, D = convened − 6, opened with {@code returned} ballots. */
    public Prepared opened(ElectionKind kind, int seats, List<String> names, int convened, int returned, int passes) {
        long province = organizations.province();
        long commune = organizations.found(province, OrganizationType.COMMUNE, "Đảng bộ xã Bản Phố " + TestOrganizations.next());
        long grassroots = organizations.found(commune, OrganizationType.GRASSROOTS_COMMITTEE,
                "Đảng bộ Trường THPT Bắc Hà " + TestOrganizations.next());
        SignedInUser staff = users.create(Role.ORGANIZING_STAFF, commune);
        SignedInUser head = users.create(Role.CLERK, grassroots);
        List<SignedInUser> operators = java.util.stream.IntStream.rangeClosed(1, passes)
                .mapToObj(i -> users.create(Role.CLERK, grassroots)).toList();
        SignedInUser outsider = users.create(Role.ORGANIZING_STAFF, commune);
        long congress = TestUsers.as(staff, () -> congresses.record(new Congresses.NewCongress(grassroots,
                CongressKind.MEMBERS, "Đại hội Đảng bộ Trường THPT Bắc Hà lần thứ V", "2025–2030",
                LocalDate.of(2025, 5, 10), LocalDate.of(2025, 5, 11), "Hội trường nhà trường")));
        long election = TestUsers.as(staff, () -> {
            long id = elections.define(new Elections.NewElection(congress, kind, seats, false, null, passes, false));
            names.forEach(name -> elections.addCandidate(id, name, CandidateRoute.COMMITTEE_LIST, null, true));
            elections.setParticipation(id, new Elections.Participation(convened,
                    Map.of(Exclusion.TEMPORARY_TRANSFER, 2, Exclusion.ABSENT_WITH_APPROVED_REASON, 4), convened - 6,
                    convened - 6, convened));
            elections.addBoardMember(id, "Hoàng Văn Trưởng", BoardRole.HEAD, head.username(), null);
            for (int i = 0; i < passes; i++) {
                elections.addBoardMember(id, "Lò Thị Nhập " + (i + 1), BoardRole.TECHNICIAN, operators.get(i).username(), i + 1);
            }
            elections.approveList(id);
            elections.openCounting(id, returned, returned);
            return id;
        });
        return new Prepared(grassroots, congress, election, staff, head, operators, outsider);
    }
}
