package vn.tochuc.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static vn.tochuc.shared.Refusals.refused;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Age at admission, counted by month on the decision's day (rules §5.1 [C]: "18 to 60 inclusive, counted by
 * month; over 60 needs written consent from the province-level standing committee").
 */
class AdmissionAgeTest {

    static final LifecycleRules RULES = LifecycleRules.DEFAULT;
    static final long CELL = 10;

    final MemberLifecycle lifecycle = new MemberLifecycle(RULES);

    @Test
    void theAgeInMonthsIgnoresTheDayOfTheMonth() {
        assertThat(LifecycleRules.ageInMonths(LocalDate.of(2008, 1, 31), LocalDate.of(2008, 2, 1))).isEqualTo(1);
        assertThat(LifecycleRules.ageInMonths(LocalDate.of(2008, 3, 15), LocalDate.of(2026, 3, 1))).isEqualTo(216);
        assertThat(LifecycleRules.ageInMonths(LocalDate.of(2008, 3, 15), LocalDate.of(2026, 2, 28))).isEqualTo(215);
    }

    @Test
    void bornMidMarch2008IsRefusedInFebruary2026AndAdmittedFromTheFirstOfMarch() { // 18 from the month of birth
        LocalDate born = LocalDate.of(2008, 3, 15);
        assertThat(RULES.tooYoungToAdmit(born, LocalDate.of(2026, 2, 28))).isTrue();
        assertThat(RULES.tooYoungToAdmit(born, LocalDate.of(2026, 3, 1))).isFalse();
        assertThat(RULES.firstAdmissionDay(born)).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void sixtyInclusiveMeansUntilTheMonthTheyTurnSixtyOne() { // "18 to 60 inclusive": past it from 732 months
        LocalDate born = LocalDate.of(1965, 5, 10);
        assertThat(RULES.pastAdmissionAge(born, LocalDate.of(2026, 4, 30))).isFalse();    // 60 years 11 months
        assertThat(RULES.pastAdmissionAge(born, LocalDate.of(2026, 5, 1))).isTrue();      // 61 years 0 months
        assertThat(RULES.pastAdmissionAge(LocalDate.of(1966, 5, 10), LocalDate.of(2026, 5, 31))).isFalse(); // 60y 0m
        assertThat(RULES.tooYoungToAdmit(born, LocalDate.of(2026, 5, 1))).isFalse();       // listed, never refused
    }

    @Test
    void anAdmissionDecidedUnder18IsRefusedOnTheBirthDateWithTheMonths() {
        var refusal = refused(() -> lifecycle.checkAdmissionAge(LocalDate.of(2008, 3, 15),
                LifeEvent.admission(CELL, LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 20))));
        assertThat(refusal.key()).isEqualTo("member.error.admissionAge");
        assertThat(refusal.field()).isEqualTo("birthDate");
        assertThat(refusal.arguments()).containsExactly(LocalDate.of(2026, 2, 28), "03/2008", "03/2026", 18);
        assertThatCode(() -> lifecycle.checkAdmissionAge(LocalDate.of(2008, 3, 15),
                LifeEvent.admission(CELL, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 20))))
                .doesNotThrowAnyException();
    }

    @Test
    void theDecisionCountsNotTheCeremony() { // the chi bộ meeting is not recorded: the decision is the nearest date
        assertThat(refused(() -> lifecycle.checkAdmissionAge(LocalDate.of(2008, 3, 15),
                LifeEvent.admission(CELL, LocalDate.of(2026, 2, 20), LocalDate.of(2026, 3, 10)))).key())
                .isEqualTo("member.error.admissionAge");
    }

    @Test
    void aReadmissionHasTheSameBoundsAndOtherEventsAreNotChecked() {
        LifeEvent readmission = new LifeEvent(EventKind.READMISSION, LocalDate.of(2026, 3, 20), CELL,
                LocalDate.of(2026, 2, 28), null, null, null, null, null);
        assertThat(refused(() -> lifecycle.checkAdmissionAge(LocalDate.of(2008, 3, 15), readmission)).key())
                .isEqualTo("member.error.admissionAge");
        assertThatCode(() -> lifecycle.checkAdmissionAge(LocalDate.of(2008, 3, 15),
                LifeEvent.of(EventKind.DEATH, LocalDate.of(2026, 2, 28)))).doesNotThrowAnyException();
    }

    @Test
    void aYearOnlyBirthIsCountedFromTheFirstOfJanuaryAsStored() { // rules §9.8: unknown month and day → 01/01
        LocalDate stored = LocalDate.of(2008, 1, 1);
        assertThat(RULES.tooYoungToAdmit(stored, LocalDate.of(2025, 12, 31))).isTrue();
        assertThat(RULES.tooYoungToAdmit(stored, LocalDate.of(2026, 1, 1))).isFalse();
    }

    @Test
    void anUnknownBirthDateIsNotChecked() { // records carried over from old registers
        assertThatCode(() -> lifecycle.checkAdmissionAge(null,
                LifeEvent.admission(CELL, LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 20))))
                .doesNotThrowAnyException();
    }
}
