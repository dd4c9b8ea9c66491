package vn.tochuc.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static vn.tochuc.shared.Refusals.refused;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Scope rules: an account reaches one organisation's subtree. Reads outside it look like missing
 * records; writes need the permission and a target inside it; the scope root itself belongs to the
 * level above ({@link Actor#governs}).
 */
class ActorTests {

    private final Actor communeStaff = new Actor("xa.chiengmai", "ORGANIZING_STAFF", 5L, "/1/5/",
            Set.of(Permission.READ, Permission.ORGANIZATION_WRITE));
    private final Actor viewer = new Actor("xem", "VIEWER", 5L, "/1/5/", Set.of(Permission.READ));

    @Test
    void seesItsOwnOrganisationAndEverythingBelowIt() {
        assertThat(communeStaff.sees("/1/5/")).isTrue();
        assertThat(communeStaff.sees("/1/5/17/")).isTrue();
        assertThat(communeStaff.sees("/1/5/17/230/")).isTrue();
    }

    @Test
    void doesNotSeeTheLevelAboveNorSiblingsNorOrganisationsWhoseIdMerelyStartsTheSame() {
        assertThat(communeStaff.sees("/1/")).isFalse();
        assertThat(communeStaff.sees("/1/6/")).isFalse();
        assertThat(communeStaff.sees("/1/50/")).isFalse(); // "/1/5" is a prefix of "/1/50/" but not of the path
        assertThat(communeStaff.sees(null)).isFalse();
    }

    @Test
    void governsOnlyWhatLiesStrictlyBelowItsOwnOrganisation() {
        assertThat(communeStaff.governs("/1/5/17/")).isTrue();
        assertThat(communeStaff.governs("/1/5/")).isFalse();
        assertThat(communeStaff.governs("/1/6/17/")).isFalse();
    }

    @Test
    void anOutOfScopeReadLooksLikeAMissingRecord() {
        NotFound e = refused(NotFound.class,
                () -> communeStaff.requireVisible("/1/6/", "organization", 6L));
        assertThat(e.key()).isEqualTo("error.notFound");
        assertThat(e.arguments()).containsExactly("organization", 6L);
        communeStaff.requireVisible("/1/5/17/", "organization", 17L);
    }

    @Test
    void aWriteWithoutThePermissionIsForbiddenEvenInsideTheScope() {
        Forbidden e = refused(Forbidden.class,
                () -> viewer.require(Permission.ORGANIZATION_WRITE, "/1/5/17/"));
        assertThat(e.key()).isEqualTo("error.forbidden.permission");
    }

    @Test
    void aWriteOutsideTheScopeIsForbiddenEvenWithThePermission() {
        Forbidden e = refused(Forbidden.class,
                () -> communeStaff.require(Permission.ORGANIZATION_WRITE, "/1/6/"));
        assertThat(e.key()).isEqualTo("error.forbidden.scope");
        communeStaff.require(Permission.ORGANIZATION_WRITE, "/1/5/17/");
    }

    @Test
    void theSystemSeesTheWholeTreeWithEveryPermission() {
        Actor system = Actor.system();
        assertThat(system.sees("/1/")).isTrue();
        assertThat(system.sees("/99/5/")).isTrue();
        assertThat(system.permissions()).containsExactlyInAnyOrder(Permission.values());
    }

    @Test
    void aScopePathMustBeAMaterialisedPath() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Actor("x", "VIEWER", 1L, "/1/5", Set.of()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Actor("x", "VIEWER", 1L, "1/5/", Set.of()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Actor("x", "VIEWER", 1L, null, Set.of()));
    }
}
