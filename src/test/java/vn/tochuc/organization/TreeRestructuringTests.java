package vn.tochuc.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static vn.tochuc.access.TestUsers.as;
import static vn.tochuc.organization.OrganizationType.COMMUNE;
import static vn.tochuc.organization.OrganizationType.GRASSROOTS_CELL;
import static vn.tochuc.organization.OrganizationType.PROVINCIAL;
import static vn.tochuc.organization.TreeChangesTests.system;
import static vn.tochuc.shared.Refusals.refused;

import java.time.LocalDate;
import java.util.List;
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
import vn.tochuc.organization.Commands.Split;
import vn.tochuc.organization.Commands.SplitPart;
import vn.tochuc.shared.DomainException;

/**
 * Merging, splitting and dissolving organisations, as the 2025 reorganisation did to communes
 * (HD 31-HD/BTCTW 23/4/2025; rules §5.7): predecessors end, their organisations move to the
 * successor, and the lineage links both ways.
 */
@PostgresTest
class TreeRestructuringTests {

    private static final LocalDate MERGED_ON = LocalDate.of(2025, 7, 1);
    private static final LocalDate DAY_BEFORE = MERGED_ON.minusDays(1);

    @Autowired TestOrganizations build;
    @Autowired TestUsers users;
    @Autowired TreeChanges changes;
    @Autowired Organizations organizations;

    long province;
    SignedInUser staff;

    @BeforeEach
    void province() {
        province = build.province();
        staff = users.create(Role.ORGANIZING_STAFF, province);
    }

    @Test
    void twoCommunesMergedIntoANewOneHandOverTheirOrganisationsAndEnd() {
        long communeA = build.found(province, COMMUNE, "Đảng ủy xã An Phú");
        long east = build.found(communeA, GRASSROOTS_CELL, "Chi bộ thôn Đông");
        long west = build.found(communeA, GRASSROOTS_CELL, "Chi bộ thôn Tây");
        long communeB = build.found(province, COMMUNE, "Đảng ủy xã Bình Minh");
        long south = build.found(communeB, GRASSROOTS_CELL, "Chi bộ thôn Nam");

        long merged = as(staff, () -> changes.merge(new Merge(List.of(communeA, communeB), null,
                new Found("Đảng ủy xã An Bình", null, COMMUNE, province, null), Effect.on(MERGED_ON, "98-QĐ/TU"))));

        assertThat(system(() -> organizations.children(merged, MERGED_ON))).extracting(TreeNode::id)
                .containsExactly(east, south, west); // Đông, Nam, Tây in Vietnamese order
        assertThat(system(() -> organizations.children(province, MERGED_ON))).extracting(TreeNode::id)
                .containsExactly(merged);
        assertThat(system(() -> organizations.children(communeA, DAY_BEFORE))).extracting(TreeNode::id)
                .containsExactly(east, west);
        for (long source : List.of(communeA, communeB)) {
            OrganizationView ended = system(() -> organizations.get(source));
            assertThat(ended.active()).isFalse();
            assertThat(ended.endedOn()).isEqualTo(MERGED_ON);
            assertThat(ended.endReason()).isEqualTo("MERGED");
            refused(() -> system(() -> organizations.getAsOf(source, MERGED_ON)));
        }
        assertThat(system(() -> organizations.get(south)).path())
                .isEqualTo(system(() -> organizations.get(merged)).path() + south + "/");
    }

    @Test
    void aMergeIsRecordedInTheLineageOfPredecessorsAndSuccessor() {
        long communeA = build.found(province, COMMUNE, "Đảng ủy xã An Phú");
        long communeB = build.found(province, COMMUNE, "Đảng ủy xã Bình Minh");

        long merged = as(staff, () -> changes.merge(new Merge(List.of(communeA, communeB), null,
                new Found("Đảng ủy xã An Bình", null, COMMUNE, province, null), Effect.on(MERGED_ON, "98-QĐ/TU"))));

        assertThat(system(() -> organizations.lineage(merged)))
                .extracting(Lineage::predecessorId, Lineage::successorId, Lineage::kind, Lineage::effectiveOn, Lineage::decisionRef)
                .containsExactlyInAnyOrder(tuple(communeA, merged, "MERGE", MERGED_ON, "98-QĐ/TU"),
                        tuple(communeB, merged, "MERGE", MERGED_ON, "98-QĐ/TU"));
        assertThat(system(() -> organizations.lineage(communeA)))
                .extracting(Lineage::predecessorName, Lineage::successorName)
                .containsExactly(tuple("Đảng ủy xã An Phú", "Đảng ủy xã An Bình"));
        assertThat(system(() -> organizations.history(communeA))).extracting(HistoryEntry::kind)
                .containsExactly(ChangeKind.FOUNDED, ChangeKind.MERGED_INTO);
        assertThat(system(() -> organizations.history(merged))).extracting(HistoryEntry::kind)
                .containsExactly(ChangeKind.FOUNDED, ChangeKind.MERGED);
    }

    @Test
    void askingAboutADayOutsideAnOrganisationsLifeSaysWhenItBeganOrEndedAndWhatCameBefore() {
        long communeA = build.found(province, COMMUNE, "Đảng ủy xã Chiềng Pấc " + TestOrganizations.next());
        long communeB = build.found(province, COMMUNE, "Đảng ủy xã Chiềng Ngàm " + TestOrganizations.next());
        long merged = as(staff, () -> changes.merge(new Merge(List.of(communeA, communeB), null,
                new Found("Đảng ủy xã Chiềng Mai " + TestOrganizations.next(), null, COMMUNE, province, null),
                Effect.on(MERGED_ON, "98-QĐ/TU"))));
        SignedInUser ofTheNewCommune = users.create(Role.ORGANIZING_STAFF, merged);
        LocalDate before = MERGED_ON.minusDays(1);
        DomainException early = refused(() -> as(ofTheNewCommune, () -> organizations.getAsOf(merged, before)));
        assertThat(early).isInstanceOf(vn.tochuc.shared.NotFound.class);
        assertThat(early.key()).isEqualTo("organization.error.notYetFoundedFrom");
        assertThat(early.arguments()[1]).isEqualTo(MERGED_ON);
        assertThat((String) early.arguments()[3]).contains("Đảng ủy xã Chiềng Pấc", "Đảng ủy xã Chiềng Ngàm",
                "(01/07/2025)");
        DomainException late = refused(() -> as(staff, () -> organizations.getAsOf(communeA, MERGED_ON)));
        assertThat(late.key()).isEqualTo("organization.error.endedBefore");
        // outside the user's scope it stays a plain "not found": nothing about its life is told
        DomainException foreign = refused(() -> as(ofTheNewCommune, () -> organizations.getAsOf(communeA, before)));
        assertThat(foreign.key()).isEqualTo("error.notFound");
    }

    @Test
    void theCountsBeforeAndAfterAMergeAreBothKept() {
        long communeA = build.found(province, COMMUNE, "Đảng ủy xã An Phú");
        build.found(communeA, GRASSROOTS_CELL, "Chi bộ thôn Đông");
        long communeB = build.found(province, COMMUNE, "Đảng ủy xã Bình Minh");
        build.found(communeB, GRASSROOTS_CELL, "Chi bộ thôn Nam");

        as(staff, () -> changes.merge(new Merge(List.of(communeB), communeA, null, Effect.on(MERGED_ON, null))));

        assertThat(system(() -> organizations.countByType(province, DAY_BEFORE)))
                .containsOnly(entry(PROVINCIAL, 1), entry(COMMUNE, 2), entry(GRASSROOTS_CELL, 2));
        assertThat(system(() -> organizations.countByType(province, MERGED_ON)))
                .containsOnly(entry(PROVINCIAL, 1), entry(COMMUNE, 1), entry(GRASSROOTS_CELL, 2));
        assertThat(system(() -> organizations.countByType(communeA, MERGED_ON)))
                .containsOnly(entry(COMMUNE, 1), entry(GRASSROOTS_CELL, 2));
    }

    @Test
    void organisationsOfDifferentLevelsCannotBeMerged() {
        long commune = build.found(province, COMMUNE, "Đảng ủy xã An Phú");
        long cell = build.found(province, GRASSROOTS_CELL, "Chi bộ Sở Tư pháp");

        DomainException e = refused(() -> as(staff, () -> changes.merge(
                new Merge(List.of(cell), commune, null, Effect.on(MERGED_ON, null)))));

        assertThat(e.key()).isEqualTo("organization.error.mergeLevel");
        assertThat(system(() -> organizations.get(cell)).active()).isTrue();
    }

    @Test
    void aSplitGivesEveryOrganisationUnderTheOldOneToExactlyOneNewOne() {
        long commune = build.found(province, COMMUNE, "Đảng ủy xã Sơn Thủy");
        long one = build.found(commune, GRASSROOTS_CELL, "Chi bộ bản 1");
        long two = build.found(commune, GRASSROOTS_CELL, "Chi bộ bản 2");
        long three = build.found(commune, GRASSROOTS_CELL, "Chi bộ bản 3");

        List<Long> parts = as(staff, () -> changes.split(new Split(commune, List.of(
                new SplitPart("Đảng ủy xã Sơn", null, null, List.of(one, two)),
                new SplitPart("Đảng ủy xã Thủy", null, COMMUNE, List.of(three))), Effect.on(MERGED_ON, "99-QĐ/TU"))));

        assertThat(parts).hasSize(2);
        assertThat(system(() -> organizations.children(parts.get(0), MERGED_ON))).extracting(TreeNode::id)
                .containsExactly(one, two);
        assertThat(system(() -> organizations.children(parts.get(1), MERGED_ON))).extracting(TreeNode::id)
                .containsExactly(three);
        assertThat(system(() -> organizations.get(parts.get(0)))).satisfies(part -> {
            assertThat(part.type()).isEqualTo(COMMUNE);
            assertThat(part.parentId()).isEqualTo(province);
        });
        OrganizationView old = system(() -> organizations.get(commune));
        assertThat(old.endReason()).isEqualTo("SPLIT");
        assertThat(old.endedOn()).isEqualTo(MERGED_ON);
        assertThat(system(() -> organizations.lineage(commune)))
                .extracting(Lineage::successorId, Lineage::kind)
                .containsExactlyInAnyOrder(tuple(parts.get(0), "SPLIT"), tuple(parts.get(1), "SPLIT"));
        assertThat(system(() -> organizations.children(commune, DAY_BEFORE))).hasSize(3);
    }

    @Test
    void aSplitThatLeavesAnOrganisationWithoutANewParentIsRefusedAndChangesNothing() {
        long commune = build.found(province, COMMUNE, "Đảng ủy xã Sơn Thủy");
        long one = build.found(commune, GRASSROOTS_CELL, "Chi bộ bản 1");
        long two = build.found(commune, GRASSROOTS_CELL, "Chi bộ bản 2");
        build.found(commune, GRASSROOTS_CELL, "Chi bộ bản 3");

        DomainException unassigned = refused(() -> as(staff, () -> changes.split(new Split(commune, List.of(
                new SplitPart("Đảng ủy xã Sơn", null, null, List.of(one)),
                new SplitPart("Đảng ủy xã Thủy", null, null, List.of(two))), Effect.on(MERGED_ON, null)))));
        DomainException twice = refused(() -> as(staff, () -> changes.split(new Split(commune, List.of(
                new SplitPart("Đảng ủy xã Sơn", null, null, List.of(one, two)),
                new SplitPart("Đảng ủy xã Thủy", null, null, List.of(two))), Effect.on(MERGED_ON, null)))));

        assertThat(unassigned.key()).isEqualTo("organization.error.splitUnassigned");
        assertThat(unassigned.arguments()).containsExactly(1);
        assertThat(twice.key()).isEqualTo("organization.error.splitChild");
        assertThat(system(() -> organizations.get(commune)).active()).isTrue();
        assertThat(system(() -> organizations.countByType(province, MERGED_ON)))
                .containsOnly(entry(PROVINCIAL, 1), entry(COMMUNE, 1), entry(GRASSROOTS_CELL, 3));
    }

    @Test
    void aSplitPartWithoutAListOfOrganisationsIsRefusedOnThePartsNotWithANullPointer() {
        long commune = build.found(province, COMMUNE, "Đảng ủy xã Sơn Thủy");
        long one = build.found(commune, GRASSROOTS_CELL, "Chi bộ bản 1");
        build.found(commune, GRASSROOTS_CELL, "Chi bộ bản 2");

        DomainException noList = refused(() -> as(staff, () -> changes.split(new Split(commune, List.of(
                new SplitPart("Đảng ủy xã Sơn", null, null, List.of(one)),
                new SplitPart("Đảng ủy xã Thủy", null, null, null)), Effect.on(MERGED_ON, null)))));

        assertThat(noList.field()).isEqualTo("parts");
        assertThat(noList.key()).isEqualTo("organization.error.splitUnassigned");
        assertThat(noList.arguments()).containsExactly(1);
        assertThat(system(() -> organizations.get(commune)).active()).isTrue();
    }

    @Test
    void aBlankSplitPartOrABlankOrganisationInAPartIsRefusedOnTheParts() {
        long commune = build.found(province, COMMUNE, "Đảng ủy xã Sơn Thủy");
        long one = build.found(commune, GRASSROOTS_CELL, "Chi bộ bản 1");
        long two = build.found(commune, GRASSROOTS_CELL, "Chi bộ bản 2");

        DomainException blankOrganisation = refused(() -> new SplitPart("Đảng ủy xã Sơn", null, null,
                java.util.Arrays.asList(one, null)));
        DomainException blankPart = refused(() -> as(staff, () -> changes.split(new Split(commune,
                java.util.Arrays.asList(new SplitPart("Đảng ủy xã Sơn", null, null, List.of(one, two)), null,
                        new SplitPart("Đảng ủy xã Thủy", null, null, List.of())),
                Effect.on(MERGED_ON, null)))));

        for (DomainException e : List.of(blankOrganisation, blankPart)) {
            assertThat(e.field()).isEqualTo("parts");
            assertThat(e.key()).isEqualTo("organization.error.splitBlank");
        }
        assertThat(system(() -> organizations.get(commune)).active()).isTrue();
    }

    @Test
    void anOrganisationWithOrganisationsUnderItCannotBeDissolved() {
        long commune = build.found(province, COMMUNE, "Đảng ủy xã An Phú");
        long cell = build.found(commune, GRASSROOTS_CELL, "Chi bộ thôn 1");

        DomainException e = refused(() -> as(staff, () -> changes.dissolve(new Dissolve(commune,
                Effect.on(MERGED_ON, null)), null)));
        assertThat(e.key()).isEqualTo("organization.error.hasChildren");
        assertThat(e.arguments()).containsExactly(1);

        as(staff, () -> changes.dissolve(new Dissolve(cell, Effect.on(MERGED_ON, "5-QĐ/ĐU")), null));
        as(staff, () -> changes.dissolve(new Dissolve(commune, Effect.on(MERGED_ON, "6-QĐ/TU")), null));
        assertThat(system(() -> organizations.get(commune))).satisfies(view -> {
            assertThat(view.endReason()).isEqualTo("DISSOLVED");
            assertThat(view.endedOn()).isEqualTo(MERGED_ON);
        });
        assertThat(system(() -> organizations.get(cell)).active()).isFalse();
    }

    @Test
    void anEndedOrganisationCannotBeChangedAgain() {
        long commune = build.found(province, COMMUNE, "Đảng ủy xã An Phú");
        as(staff, () -> changes.dissolve(new Dissolve(commune, Effect.on(MERGED_ON, null)), null));

        DomainException e = refused(() -> as(staff, () -> changes.rename(new Commands.Rename(commune,
                "Đảng ủy xã An Phú 2", Effect.on(MERGED_ON.plusDays(1), null)), null)));

        assertThat(e.key()).isEqualTo("organization.error.ended");
    }

    @Test
    void anOrganisationEndsStrictlyAfterItWasFounded() {
        LocalDate founded = LocalDate.of(2024, 2, 1);
        long commune = build.found(province, COMMUNE, "Đảng ủy xã An Phú", founded);

        DomainException e = refused(() -> as(staff, () -> changes.dissolve(new Dissolve(commune,
                Effect.on(founded, null)), null)));

        assertThat(e.key()).isEqualTo("organization.error.endNotAfterStart");
    }
}
