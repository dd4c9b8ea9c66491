package vn.tochuc.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tochuc.access.TestUsers.as;
import static vn.tochuc.organization.OrganizationType.GRASSROOTS_CELL;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tochuc.PostgresTest;
import vn.tochuc.access.Role;
import vn.tochuc.access.SignedInUser;
import vn.tochuc.access.TestUsers;
import vn.tochuc.membership.MemberHistories.History;
import vn.tochuc.organization.TestOrganizations;

/**
 * Membership on a day for a subtree far larger than a statement's 65,535 parameters: the subtree is read as
 * "organisation versions whose path on the day lies under the root's", never as a list of organisation ids.
 */
@PostgresTest
class MemberAsOfScaleTest {

    private static final int CELLS = 70_000;

    @Autowired TestOrganizations build;
    @Autowired TestUsers users;
    @Autowired Members members;
    @Autowired MemberHistories histories;
    @Autowired JdbcClient jdbc;

    @Test
    void theRootOfSeventyThousandOrganisationsCountsItsMembersOnAnyDay() {
        long root = build.province();
        long other = build.found(build.province(), GRASSROOTS_CELL, "Chi bộ tỉnh khác " + TestOrganizations.next());
        String rootPath = jdbc.sql("SELECT path FROM organization_directory WHERE id = :id").param("id", root)
                .query(String.class).single();
        // Written directly (the tree facade would take minutes for this many): cells founded on 01/01/2020.
        List<Long> cells = jdbc.sql("""
                WITH ids AS (SELECT nextval(pg_get_serial_sequence('party_organization', 'id')) AS id
                               FROM generate_series(1, :n)),
                     orgs AS (INSERT INTO party_organization (id, code, founded_on)
                              SELECT id, 'SCALE-' || id, DATE '2020-01-01' FROM ids RETURNING id)
                INSERT INTO organization_version (organization_id, name, name_key, type, parent_id, path, depth,
                                                  valid_from)
                SELECT id, 'Chi bộ số ' || id, 'chi bo so ' || id, 'CELL', :root, :path || id || '/', 1,
                       DATE '2020-01-01' FROM orgs RETURNING organization_id""")
                .param("n", CELLS).param("root", root).param("path", rootPath).query(Long.class).list();
        assertThat(cells).hasSize(CELLS);
        SignedInUser clerk = users.create(Role.CLERK, root);
        SignedInUser elsewhere = users.create(Role.CLERK, other);
        LocalDate c = LocalDate.of(2021, 5, 5);
        as(clerk, () -> histories.load(List.of(
                history("Nguyễn Văn Đầu", cells.getFirst(), c),
                history("Trần Thị Giữa", cells.get(CELLS / 2), c.plusYears(2)),
                history("Lê Văn Cuối", cells.getLast(), c)).iterator(), "Nạp thử cây lớn"));
        as(elsewhere, () -> histories.load(List.of(history("Phạm Văn Khác", other, c)).iterator(), "Nạp thử"));

        as(clerk, () -> {
            assertThat(members.countAsOf(root, c.minusDays(1))).isZero();
            assertThat(members.countAsOf(root, c.plusYears(1))).isEqualTo(2);
            assertThat(members.countAsOf(root, c.plusYears(3))).isEqualTo(3);
            assertThat(members.asOf(root, c.plusYears(3))).extracting(MemberSummary::fullName)
                    .containsExactly("Lê Văn Cuối", "Nguyễn Văn Đầu", "Trần Thị Giữa");
            assertThat(members.countDirectlyIn(cells.getLast(), c.plusYears(3))).isEqualTo(1);
        });
    }

    private static History history(String name, long cell, LocalDate ceremony) {
        return new History(TestMembers.record(name, name.contains("Thị") ? Sex.FEMALE : Sex.MALE, 1985),
                List.of(LifeEvent.admission(cell, ceremony.minusDays(15), ceremony)));
    }
}
