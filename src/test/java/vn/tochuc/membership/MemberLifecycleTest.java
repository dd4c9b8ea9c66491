package vn.tochuc.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tochuc.shared.Refusals.refused;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The member life cycle, rule by rule (rules §5). */
class MemberLifecycleTest {

    static final long CELL = 10;
    static final long OTHER_CELL = 11;
    static final LocalDate DECISION = LocalDate.of(2023, 3, 1);
    static final LocalDate CEREMONY = LocalDate.of(2023, 3, 20);

    final MemberLifecycle lifecycle = new MemberLifecycle(LifecycleRules.DEFAULT);

    MemberState admitted() {
        return lifecycle.apply(null, LifeEvent.admission(CELL, DECISION, CEREMONY));
    }

    MemberState official() {
        return lifecycle.apply(admitted(), LifeEvent.conversion(CEREMONY.plusMonths(12), 9, 12));
    }

    @Test
    void admissionMakesAProbationaryMemberFromTheCeremony() { // QĐ 294-QĐ/TW; rules §5.1, §5.2
        MemberState state = admitted();
        assertThat(state.status()).isEqualTo(MemberStatus.PROBATIONARY);
        assertThat(state.ceremonyOn()).isEqualTo(CEREMONY);
        assertThat(state.probationEndsOn(LifecycleRules.DEFAULT)).isEqualTo(LocalDate.of(2024, 3, 20));
    }

    @Test
    void ceremonyBeforeTheDecisionIsRefused() { // QĐ 24 §4: the ceremony follows the decision
        assertThat(refused(() -> lifecycle.apply(null, LifeEvent.admission(CELL, CEREMONY, DECISION))).key())
                .isEqualTo("member.error.decisionAfterCeremony");
    }

    @Test
    void theFirstEventMustBeTheAdmission() {
        assertThat(refused(() -> lifecycle.apply(null, LifeEvent.of(EventKind.DEATH, CEREMONY))).key())
                .isEqualTo("member.error.notAdmitted");
    }

    @Test
    void conversionADayBeforeTwelveMonthsIsRefusedWithTheDueDate() { // Điều lệ Art. 5; QĐ 24 Art. 5 (kept by QĐ 294)
        var refusal = refused(() -> lifecycle.apply(admitted(), LifeEvent.conversion(LocalDate.of(2024, 3, 19), 12, 12)));
        assertThat(refusal.key()).isEqualTo("member.error.conversionEarly");
        assertThat(refusal.arguments()).containsExactly(LocalDate.of(2024, 3, 20));
    }

    @Test
    void aLateMeetingStillMakesTheMemberOfficialWhenProbationEnded() { // QĐ 24 Art. 5: "dù chi bộ họp chậm"
        MemberState state = lifecycle.apply(admitted(), LifeEvent.conversion(LocalDate.of(2024, 5, 2), 8, 12));
        assertThat(state.status()).isEqualTo(MemberStatus.OFFICIAL);
        assertThat(state.officialOn()).isEqualTo(LocalDate.of(2024, 3, 20));
    }

    @Test
    void exactlyTwoThirdsConvertsOneVoteLessDoesNot() { // QĐ 24 Art. 5: two thirds of official members
        assertThat(lifecycle.apply(admitted(), LifeEvent.conversion(CEREMONY.plusMonths(12), 8, 12)).status())
                .isEqualTo(MemberStatus.OFFICIAL);
        var refusal = refused(() -> lifecycle.apply(admitted(), LifeEvent.conversion(CEREMONY.plusMonths(12), 7, 11)));
        assertThat(refusal.key()).isEqualTo("member.error.conversionVotes");
        assertThat(refusal.arguments()).containsExactly(7, 11);
    }

    @Test
    void aConversionOnRecordMakesTheMemberOfficialOnTheRegistersDateWithoutVotes() { // contract C3: old registers
        MemberState state = lifecycle.apply(admitted(), LifeEvent.of(EventKind.CONVERSION_ON_RECORD, LocalDate.of(2024, 2, 1)));
        assertThat(state.status()).isEqualTo(MemberStatus.OFFICIAL);
        assertThat(state.officialOn()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(refused(() -> lifecycle.apply(state, LifeEvent.of(EventKind.CONVERSION_ON_RECORD, LocalDate.of(2024, 3, 1)))).key())
                .isEqualTo("member.error.notProbationary");
        assertThat(refused(() -> lifecycle.apply(admitted(), LifeEvent.of(EventKind.CONVERSION_ON_RECORD, LocalDate.of(2023, 3, 1)))).key())
                .isEqualTo("member.error.order");
    }

    @Test
    void votesMustBeConsistent() {
        assertThat(refused(() -> lifecycle.apply(admitted(), LifeEvent.conversion(CEREMONY.plusMonths(12), 13, 12))).key())
                .isEqualTo("member.error.votes");
    }

    @Test
    void anOfficialMemberCannotBeConvertedAgain() {
        assertThat(refused(() -> lifecycle.apply(official(), LifeEvent.conversion(CEREMONY.plusMonths(13), 9, 9))).key())
                .isEqualTo("member.error.notProbationary");
    }

    @Test
    void aPermanentTransferMovesTheHomeOrganisation() { // QĐ 294 §6.3.1
        MemberState state = lifecycle.apply(official(), LifeEvent.to(EventKind.TRANSFER, LocalDate.of(2024, 6, 1), OTHER_CELL));
        assertThat(state.organizationId()).isEqualTo(OTHER_CELL);
        assertThat(state.status()).isEqualTo(MemberStatus.OFFICIAL);
    }

    @Test
    void aTemporaryTransferKeepsTheHomeAndMustEndBeforeAPermanentOne() {
        MemberState away = lifecycle.apply(official(), LifeEvent.to(EventKind.TEMPORARY_TRANSFER, LocalDate.of(2024, 6, 1), OTHER_CELL));
        assertThat(away.organizationId()).isEqualTo(CELL);
        assertThat(away.hostOrganizationId()).isEqualTo(OTHER_CELL);
        assertThat(refused(() -> lifecycle.apply(away, LifeEvent.to(EventKind.TRANSFER, LocalDate.of(2024, 7, 1), 12L))).key())
                .isEqualTo("member.error.temporaryOpen");
        assertThat(lifecycle.apply(away, LifeEvent.of(EventKind.TEMPORARY_RETURN, LocalDate.of(2024, 9, 1)))
                .hostOrganizationId()).isNull();
    }

    @Test
    void aMemberTransferredOutComesBackWithTheStandingTheyHad() {
        MemberState out = lifecycle.apply(official(), LifeEvent.of(EventKind.TRANSFER_OUT, LocalDate.of(2024, 6, 1)));
        assertThat(out.status().isMember()).isFalse();
        MemberState back = lifecycle.apply(out, LifeEvent.to(EventKind.TRANSFER_IN, LocalDate.of(2025, 1, 2), OTHER_CELL));
        assertThat(back.status()).isEqualTo(MemberStatus.OFFICIAL);
        assertThat(back.organizationId()).isEqualTo(OTHER_CELL);
    }

    @Test
    void exemptionAndItsEndAlternate() { // QĐ 24 §7.1; rules §5.4
        MemberState exempt = lifecycle.apply(official(), LifeEvent.of(EventKind.EXEMPTION, LocalDate.of(2024, 6, 1)));
        assertThat(exempt.exempt()).isTrue();
        assertThat(refused(() -> lifecycle.apply(exempt, LifeEvent.of(EventKind.EXEMPTION, LocalDate.of(2024, 7, 1)))).key())
                .isEqualTo("member.error.alreadyExempt");
        assertThat(lifecycle.apply(exempt, LifeEvent.of(EventKind.EXEMPTION_END, LocalDate.of(2024, 7, 1))).exempt()).isFalse();
    }

    @Test
    void anExemptMemberMayStillBeDisciplined() { // QĐ 45/2011 §14.2: still subject to discipline
        MemberState exempt = lifecycle.apply(official(), LifeEvent.of(EventKind.EXEMPTION, LocalDate.of(2024, 6, 1)));
        MemberState warned = lifecycle.apply(exempt, LifeEvent.discipline(LocalDate.of(2024, 7, 1), DisciplineForm.WARNING));
        assertThat(warned.status()).isEqualTo(MemberStatus.OFFICIAL);
        assertThat(warned.disciplines()).isEqualTo(1);
    }

    @Test
    void expulsionEndsMembership() { // rules §5.5: expulsion is the heaviest form of discipline
        MemberState expelled = lifecycle.apply(official(), LifeEvent.discipline(LocalDate.of(2024, 7, 1), DisciplineForm.EXPULSION));
        assertThat(expelled.status()).isEqualTo(MemberStatus.EXPELLED);
        assertThat(expelled.leftOn()).isEqualTo(LocalDate.of(2024, 7, 1));
    }

    @Test
    void aDeceasedMemberCannotBeTransferred() {
        MemberState dead = lifecycle.apply(official(), LifeEvent.of(EventKind.DEATH, LocalDate.of(2024, 6, 1)));
        assertThat(refused(() -> lifecycle.apply(dead, LifeEvent.to(EventKind.TRANSFER, LocalDate.of(2024, 7, 1), OTHER_CELL))).key())
                .isEqualTo("member.error.deceased");
    }

    @Test
    void aRemovedMemberCannotBeTransferred() {
        MemberState removed = lifecycle.apply(admitted(), LifeEvent.of(EventKind.REMOVAL, LocalDate.of(2024, 4, 1)));
        assertThat(refused(() -> lifecycle.apply(removed, LifeEvent.to(EventKind.TRANSFER, LocalDate.of(2024, 7, 1), OTHER_CELL))).key())
                .isEqualTo("member.error.notActive");
    }

    @Test
    void eventsCannotBeDatedBeforeTheLatestOne() {
        MemberState state = lifecycle.apply(official(), LifeEvent.of(EventKind.EXEMPTION, LocalDate.of(2024, 6, 1)));
        assertThat(refused(() -> lifecycle.apply(state, LifeEvent.of(EventKind.EXEMPTION_END, LocalDate.of(2024, 5, 1)))).key())
                .isEqualTo("member.error.order");
    }

    @Test
    void readmissionNeedsThirtySixMonthsOut() { // QĐ 294-QĐ/TW §3.5
        MemberState removed = lifecycle.apply(official(), LifeEvent.of(EventKind.REMOVAL, LocalDate.of(2024, 6, 1)));
        var early = refused(() -> lifecycle.apply(removed, readmission(LocalDate.of(2027, 5, 31))));
        assertThat(early.key()).isEqualTo("member.error.readmissionEarly");
        assertThat(early.arguments()).containsExactly(LocalDate.of(2027, 6, 1));
        MemberState again = lifecycle.apply(removed, readmission(LocalDate.of(2027, 6, 1)));
        assertThat(again.status()).isEqualTo(MemberStatus.PROBATIONARY);
        assertThat(again.officialOn()).isNull();
        assertThat(again.probationEndsOn(LifecycleRules.DEFAULT)).isEqualTo(LocalDate.of(2028, 6, 1));
    }

    @Test
    void readmissionOnlyOnce() { // QĐ 294-QĐ/TW §3.5: "chỉ xem xét kết nạp lại một lần"
        MemberState removed = lifecycle.apply(official(), LifeEvent.of(EventKind.REMOVAL, LocalDate.of(2024, 6, 1)));
        MemberState again = lifecycle.apply(removed, readmission(LocalDate.of(2027, 6, 1)));
        MemberState removedAgain = lifecycle.apply(again, LifeEvent.of(EventKind.REMOVAL, LocalDate.of(2027, 9, 1)));
        assertThat(refused(() -> lifecycle.apply(removedAgain, readmission(LocalDate.of(2031, 1, 1)))).key())
                .isEqualTo("member.error.readmittedOnce");
    }

    @Test
    void onlyThoseOutOfThePartyAreReadmitted() {
        assertThat(refused(() -> lifecycle.apply(official(), readmission(LocalDate.of(2027, 6, 1)))).key())
                .isEqualTo("member.error.notOut");
    }

    @Test
    void replayStopsAtTheDay() {
        var events = java.util.List.of(LifeEvent.admission(CELL, DECISION, CEREMONY),
                LifeEvent.conversion(CEREMONY.plusMonths(12), 9, 12),
                LifeEvent.to(EventKind.TRANSFER, LocalDate.of(2024, 6, 1), OTHER_CELL));
        assertThat(lifecycle.replay(events, LocalDate.of(2023, 3, 19))).isNull();
        assertThat(lifecycle.replay(events, LocalDate.of(2024, 5, 31)).organizationId()).isEqualTo(CELL);
        assertThat(lifecycle.replay(events, null).organizationId()).isEqualTo(OTHER_CELL);
    }

    static LifeEvent readmission(LocalDate on) {
        return new LifeEvent(EventKind.READMISSION, on, OTHER_CELL, on.minusDays(10), null, null, null, null, null);
    }
}
