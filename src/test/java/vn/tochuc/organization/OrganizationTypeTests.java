package vn.tochuc.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tochuc.organization.OrganizationType.CELL;
import static vn.tochuc.organization.OrganizationType.CENTRAL;
import static vn.tochuc.organization.OrganizationType.COMMUNE;
import static vn.tochuc.organization.OrganizationType.DISTRICT;
import static vn.tochuc.organization.OrganizationType.GRASSROOTS_CELL;
import static vn.tochuc.organization.OrganizationType.GRASSROOTS_COMMITTEE;
import static vn.tochuc.organization.OrganizationType.PROVINCIAL;
import static vn.tochuc.organization.OrganizationType.SUB_COMMITTEE;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Which organisation may sit under which (rules §5.7; QĐ 294-QĐ/TW from 01/07/2025; Điều lệ Đảng Art. 21, 24). */
class OrganizationTypeTests {

    @Test
    void aCellHasNoOrganisationUnderIt() {
        // its party groups (tổ đảng) are not organisations with a committee of their own
        assertThat(CELL.allowedChildren()).isEmpty();
        assertThat(GRASSROOTS_CELL.allowedChildren()).isEmpty();
        assertThat(CELL.isCell()).isTrue();
        assertThat(GRASSROOTS_CELL.isCell()).isTrue();
    }

    @Test
    void aProvinceHasCommunesAndGrassrootsOrganisationsDirectlyUnderIt() {
        assertThat(PROVINCIAL.allowedChildren())
                .contains(COMMUNE, GRASSROOTS_COMMITTEE, GRASSROOTS_CELL)
                .doesNotContain(CELL, SUB_COMMITTEE, PROVINCIAL, CENTRAL);
    }

    @Test
    void aCommuneLevelCommitteeIsTheLevelDirectlyAboveGrassroots() {
        assertThat(COMMUNE.allowedChildren()).containsExactlyInAnyOrder(GRASSROOTS_COMMITTEE, GRASSROOTS_CELL);
        assertThat(COMMUNE.level()).isEqualTo(Level.COMMUNE);
    }

    @Test
    void aGrassrootsCommitteeHasSubCommitteesAndCellsAndASubCommitteeOnlyCells() {
        assertThat(GRASSROOTS_COMMITTEE.allowedChildren()).containsExactlyInAnyOrder(SUB_COMMITTEE, CELL);
        assertThat(SUB_COMMITTEE.allowedChildren()).containsExactly(CELL);
    }

    @Test
    void aGrassrootsCommitteeCannotSitUnderACell() {
        assertThat(CELL.mayHave(GRASSROOTS_COMMITTEE)).isFalse();
        assertThat(GRASSROOTS_CELL.mayHave(GRASSROOTS_COMMITTEE)).isFalse();
    }

    @Test
    void noTypeSitsUnderItselfOrUnderALowerLevel() {
        for (OrganizationType parent : OrganizationType.values()) {
            assertThat(parent.mayHave(parent)).as("%s under itself", parent).isFalse();
            for (OrganizationType child : parent.allowedChildren()) {
                assertThat(child.level().ordinal()).as("%s under %s", child, parent)
                        .isGreaterThanOrEqualTo(parent.level().ordinal());
            }
        }
    }

    @Test
    void onlyGrassrootsCommitteesAndGrassrootsCellsAreGrassroots() {
        EnumSet<OrganizationType> grassroots = EnumSet.noneOf(OrganizationType.class);
        for (OrganizationType type : OrganizationType.values()) {
            if (type.isGrassroots()) {
                grassroots.add(type);
            }
        }
        assertThat(grassroots).containsExactlyInAnyOrder(GRASSROOTS_COMMITTEE, GRASSROOTS_CELL);
        assertThat(DISTRICT.level()).isEqualTo(Level.DISTRICT);
    }
}
