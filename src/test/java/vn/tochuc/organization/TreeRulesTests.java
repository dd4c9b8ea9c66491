package vn.tochuc.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tochuc.shared.Refusals.refused;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.tochuc.organization.Commands.Effect;
import vn.tochuc.shared.DomainException;

/** The rules every change to the tree passes (rules §5.7; QĐ 294-QĐ/TW). */
class TreeRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private final TreeRules rules = TreeRules.standard();

    @Test
    void nothingMaySitUnderACell() {
        DomainException e = refused(() -> rules.requireChildAllowed(OrganizationType.CELL, OrganizationType.CELL));
        assertThat(e.key()).isEqualTo("organization.error.childType");
        assertThat(e.field()).isEqualTo("parentId");
    }

    @Test
    void aGrassrootsCommitteeCannotSitUnderAGrassrootsCell() {
        DomainException e = refused(() -> rules.requireChildAllowed(OrganizationType.GRASSROOTS_CELL,
                OrganizationType.GRASSROOTS_COMMITTEE));
        assertThat(e.arguments()).containsExactly(OrganizationType.GRASSROOTS_COMMITTEE, OrganizationType.GRASSROOTS_CELL);
        rules.requireChildAllowed(OrganizationType.COMMUNE, OrganizationType.GRASSROOTS_COMMITTEE);
    }

    @Test
    void aFutureDateIsRefusedUnlessTheChangeIsPlanned() {
        LocalDate tomorrow = TODAY.plusDays(1);
        DomainException e = refused(() -> rules.requireEffectiveDate(Effect.on(tomorrow, "12-QĐ/TU"), TODAY));
        assertThat(e.key()).isEqualTo("organization.error.dateInFuture");
        assertThat(e.field()).isEqualTo("effectiveOn");

        rules.requireEffectiveDate(new Effect(tomorrow, "12-QĐ/TU", true), TODAY);
        rules.requireEffectiveDate(Effect.on(TODAY, "12-QĐ/TU"), TODAY);
    }

    @Test
    void anEffectiveDateIsRequiredAndNotBeforeThePartyWasFounded() {
        assertThat(refused(() -> rules.requireEffectiveDate(Effect.on(null, null), TODAY)).key())
                .isEqualTo("organization.error.dateMissing");
        assertThat(refused(() -> rules.requireEffectiveDate(null, TODAY)).key())
                .isEqualTo("organization.error.dateMissing");
        // the Party was founded on 03/02/1930
        assertThat(refused(() -> rules.requireEffectiveDate(Effect.on(LocalDate.of(1930, 2, 2), null), TODAY)).key())
                .isEqualTo("organization.error.dateTooEarly");
        rules.requireEffectiveDate(Effect.on(LocalDate.of(1930, 2, 3), null), TODAY);
    }

    @Test
    void aChangeMayNotBeDatedBeforeTheLastRecordedOneButMayShareItsDay() {
        LocalDate last = LocalDate.of(2024, 6, 1);
        assertThat(refused(() -> rules.requireAfterLastChange(last.minusDays(1), last)).key())
                .isEqualTo("organization.error.dateBeforeHistory");
        rules.requireAfterLastChange(last, last);
        rules.requireAfterLastChange(last, null);
    }

    @Test
    void anOrganisationEndsStrictlyAfterItsLastChange() {
        LocalDate last = LocalDate.of(2024, 6, 1);
        assertThat(refused(() -> rules.requireEndAfter(last, last)).key())
                .isEqualTo("organization.error.endNotAfterStart");
        rules.requireEndAfter(last.plusDays(1), last);
    }

    @Test
    void theDistrictLevelIsClosedToNewWorkFrom1July2025() {
        // QĐ 294-QĐ/TW: "hệ thống tổ chức của Đảng … không còn cấp huyện" from 01/07/2025
        rules.requireNotNewDistrictWork(OrganizationType.DISTRICT, LocalDate.of(2025, 6, 30));
        DomainException e = refused(() -> rules.requireNotNewDistrictWork(OrganizationType.DISTRICT,
                LocalDate.of(2025, 7, 1)));
        assertThat(e.key()).isEqualTo("organization.error.districtAbolished");
        assertThat(e.arguments()).containsExactly(LocalDate.of(2025, 7, 1));
        rules.requireNotNewDistrictWork(OrganizationType.COMMUNE, LocalDate.of(2025, 7, 1));
    }

    @Test
    void theDistrictLevelEndDateIsAParameterNotALiteral() {
        TreeRules later = new TreeRules(LocalDate.of(2026, 1, 1));
        later.requireNotNewDistrictWork(OrganizationType.DISTRICT, LocalDate.of(2025, 12, 31));
        refused(() -> later.requireNotNewDistrictWork(OrganizationType.DISTRICT, LocalDate.of(2026, 1, 1)));
    }

    @Test
    void aNameIsRequiredNormalizedAndAtMost300Characters() {
        assertThat(rules.requireName("  Chi bộ   thôn 1 ")).isEqualTo("Chi bộ thôn 1");
        assertThat(refused(() -> rules.requireName("   ")).key()).isEqualTo("organization.error.nameMissing");
        assertThat(refused(() -> rules.requireName(null)).key()).isEqualTo("organization.error.nameMissing");
        assertThat(rules.requireName("x".repeat(300))).hasSize(300);
        assertThat(refused(() -> rules.requireName("x".repeat(301))).key()).isEqualTo("organization.error.nameTooLong");
    }
}
