package vn.tochuc.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tochuc.access.TestUsers.as;
import static vn.tochuc.organization.OrganizationType.COMMUNE;
import static vn.tochuc.organization.OrganizationType.GRASSROOTS_CELL;
import static vn.tochuc.organization.TreeChangesTests.system;
import static vn.tochuc.shared.Refusals.refused;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tochuc.PostgresTest;
import vn.tochuc.access.Role;
import vn.tochuc.access.SignedInUser;
import vn.tochuc.access.TestUsers;
import vn.tochuc.organization.Commands.Dissolve;
import vn.tochuc.organization.Commands.Effect;
import vn.tochuc.organization.Commands.Found;
import vn.tochuc.organization.Commands.Merge;
import vn.tochuc.organization.Commands.Move;
import vn.tochuc.organization.Commands.Rename;
import vn.tochuc.organization.Commands.Split;
import vn.tochuc.organization.Commands.SplitPart;
import vn.tochuc.shared.Forbidden;
import vn.tochuc.shared.NotFound;

/**
 * Scope: an account reads and changes only its own organisation's subtree. Reading anything else looks
 * like a missing record (404, no existence leak); writing to it is refused as out of scope (403). Its
 * own organisation is changed by the level above.
 */
@PostgresTest
class TreeScopeTests {

    private static final LocalDate ON = LocalDate.of(2024, 9, 2);

    @Autowired TestOrganizations build;
    @Autowired TestUsers users;
    @Autowired TreeChanges changes;
    @Autowired Organizations organizations;

    long province;
    long otherProvince;
    long commune;
    long cell;
    long secondCommune;
    long otherCommune;
    SignedInUser provinceStaff;

    @BeforeEach
    void twoProvinces() {
        province = build.province();
        commune = build.found(province, COMMUNE, "Đảng ủy xã Chiềng Mai");
        cell = build.found(commune, GRASSROOTS_CELL, "Chi bộ bản Nà Sài");
        otherProvince = build.province();
        secondCommune = build.found(province, COMMUNE, "Đảng bộ xã Mường Bú");
        otherCommune = build.found(otherProvince, COMMUNE, "Đảng ủy xã Chiềng Mai");
        provinceStaff = users.create(Role.ORGANIZING_STAFF, province);
    }

    @Test
    void anOrganisationOutsideTheScopeReadsAsNotFound() {
        NotFound e = refused(NotFound.class, () -> as(provinceStaff, () -> organizations.get(otherCommune)));
        assertThat(e.key()).isEqualTo("error.notFound");
        assertThat(e.arguments()).containsExactly("organization", otherCommune);
        refused(NotFound.class, () -> as(provinceStaff, () -> organizations.tree(otherProvince, ON)));
        refused(NotFound.class, () -> as(provinceStaff, () -> organizations.history(otherCommune)));
        assertThat(as(provinceStaff, () -> organizations.get(cell)).name()).isEqualTo("Chi bộ bản Nà Sài");
    }

    @Test
    void theLevelAboveTheScopeIsOutsideItToo() {
        SignedInUser communeViewer = users.create(Role.VIEWER, commune);
        refused(NotFound.class, () -> as(communeViewer, () -> organizations.get(province)));
        assertThat(as(communeViewer, () -> organizations.scopeRoot()).id()).isEqualTo(commune);
    }

    @Test
    void aWriteToAnOrganisationOutsideTheScopeIsForbidden() {
        // reads outside the scope look missing (404); writes are refused as out of scope (403)
        Effect effect = Effect.on(ON, null);
        List<ThrowingCallable> writes = List.of(
                () -> as(provinceStaff, () -> changes.rename(new Rename(otherCommune, "Đảng ủy xã Mới", effect), null)),
                () -> as(provinceStaff, () -> changes.dissolve(new Dissolve(otherCommune, effect), null)),
                () -> as(provinceStaff, () -> changes.split(new Split(otherCommune, List.of(
                        new SplitPart("Đảng ủy xã Một", null, null, List.of()),
                        new SplitPart("Đảng ủy xã Hai", null, null, List.of())), effect))),
                () -> as(provinceStaff, () -> changes.move(new Move(otherCommune, province, effect), null)),
                () -> as(provinceStaff, () -> changes.found(
                        new Found("Chi bộ bản Mới", null, GRASSROOTS_CELL, otherCommune, effect))),
                () -> as(provinceStaff, () -> changes.move(new Move(cell, otherCommune, effect), null)),
                () -> as(provinceStaff, () -> changes.merge(new Merge(List.of(commune), otherCommune, null, effect))),
                () -> as(provinceStaff, () -> changes.merge(new Merge(List.of(otherCommune), commune, null, effect))),
                () -> as(provinceStaff, () -> changes.merge(new Merge(List.of(commune, secondCommune), null,
                        new Found("Đảng ủy xã Hợp Nhất", null, COMMUNE, otherProvince, null), effect))));

        for (ThrowingCallable write : writes) {
            Forbidden e = refused(Forbidden.class, write);
            assertThat(e.key()).isEqualTo("error.forbidden.scope");
        }
        assertThat(system(() -> organizations.get(otherCommune))).satisfies(other -> {
            assertThat(other.name()).isEqualTo("Đảng ủy xã Chiềng Mai");
            assertThat(other.active()).isTrue();
            assertThat(other.parentId()).isEqualTo(otherProvince);
        });
        assertThat(system(() -> organizations.get(cell)).parentId()).isEqualTo(commune);
        assertThat(system(() -> organizations.get(commune)).active()).isTrue();
    }

    @Test
    void aWriteToAnOrganisationThatDoesNotExistIsNotFound() {
        long missing = Long.MAX_VALUE;
        NotFound e = refused(NotFound.class, () -> as(provinceStaff, () -> changes.rename(
                new Rename(missing, "Đảng ủy xã Không Có", Effect.on(ON, null)), null)));
        assertThat(e.key()).isEqualTo("error.notFound");
        assertThat(e.arguments()).containsExactly("organization", missing);
        refused(NotFound.class, () -> as(provinceStaff, () -> changes.dissolve(
                new Dissolve(missing, Effect.on(ON, null)), null)));
    }

    @Test
    void communeStaffCannotRenameTheirOwnCommuneButCanRenameWhatIsUnderIt() {
        SignedInUser communeStaff = users.create(Role.ORGANIZING_STAFF, commune);

        Forbidden e = refused(Forbidden.class, () -> as(communeStaff, () -> changes.rename(
                new Rename(commune, "Đảng ủy xã Chiềng Mai Mới", Effect.on(ON, null)), null)));
        assertThat(e.key()).isEqualTo("organization.error.ownOrganization");

        as(communeStaff, () -> changes.rename(new Rename(cell, "Chi bộ bản Nà Sài 1", Effect.on(ON, null)), null));
        long founded = as(communeStaff, () -> changes.found(
                new Found("Chi bộ bản Co Muông", null, GRASSROOTS_CELL, commune, Effect.on(ON, null))));
        assertThat(system(() -> organizations.get(founded)).parentId()).isEqualTo(commune);
        assertThat(system(() -> organizations.get(commune)).name()).isEqualTo("Đảng ủy xã Chiềng Mai");
    }

    @Test
    void clerksAndViewersCannotChangeTheTree() {
        for (Role role : new Role[] {Role.CLERK, Role.VIEWER}) {
            SignedInUser user = users.create(role, province);
            Forbidden e = refused(Forbidden.class, () -> as(user, () -> changes.rename(
                    new Rename(cell, "Chi bộ bản Nà Sài 2", Effect.on(ON, null)), null)));
            assertThat(e.key()).isEqualTo("error.forbidden.permission");
            refused(Forbidden.class, () -> as(user, () -> changes.found(
                    new Found("Chi bộ bản Mới", null, GRASSROOTS_CELL, commune, Effect.on(ON, null)))));
        }
        assertThat(system(() -> organizations.get(cell)).name()).isEqualTo("Chi bộ bản Nà Sài");
    }

    @Test
    void nobodyActsWithoutSigningIn() {
        Forbidden e = refused(Forbidden.class, () -> organizations.get(cell));
        assertThat(e.key()).isEqualTo("error.unauthenticated");
    }

    @Test
    void searchIgnoresAccentsAndCaseAndToneStyle() {
        long oldStyle = build.found(province, COMMUNE, "Đảng uỷ xã Chiềng Ban"); // "uỷ": old tone placement

        assertThat(as(provinceStaff, () -> organizations.search("dang uy xa", ON, 50)))
                .extracting(TreeNode::id).containsExactlyInAnyOrder(commune, oldStyle);
        assertThat(as(provinceStaff, () -> organizations.search("ĐẢNG ỦY XÃ CHIỀNG  MAI", ON, 50)))
                .extracting(TreeNode::id).containsExactly(commune);
        assertThat(as(provinceStaff, () -> organizations.search("na sai", ON, 50)))
                .extracting(TreeNode::id).containsExactly(cell);
    }

    @Test
    void searchNeverReturnsOrganisationsOutsideTheScope() {
        assertThat(system(() -> organizations.search("dang uy xa chieng mai", ON, 200)))
                .extracting(TreeNode::id).contains(commune, otherCommune);

        assertThat(as(provinceStaff, () -> organizations.search("dang uy xa chieng mai", ON, 200)))
                .extracting(TreeNode::id).containsExactly(commune);
        SignedInUser communeViewer = users.create(Role.VIEWER, commune);
        assertThat(as(communeViewer, () -> organizations.search("chi bo", ON, 200)))
                .extracting(TreeNode::id).containsExactly(cell);
    }

    @Test
    void searchTreatsWildcardsAsTextAndIgnoresAnEmptyQuery() {
        assertThat(as(provinceStaff, () -> organizations.search("%", ON, 50))).isEmpty();
        assertThat(as(provinceStaff, () -> organizations.search("   ", ON, 50))).isEmpty();
        assertThat(as(provinceStaff, () -> organizations.search("chi_bo", ON, 50))).isEmpty();
    }
}
