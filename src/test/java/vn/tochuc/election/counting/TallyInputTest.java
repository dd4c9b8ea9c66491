package vn.tochuc.election.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Malformed requests raise InvalidTally naming the JSON field (QĐ 244-QĐ/TW Điều 17 khoản 1 for ballot shapes). */
class TallyInputTest {

    private static final ElectionSpec SURPLUS = Fixtures.members(ElectionKind.EXECUTIVE_COMMITTEE, 2, 3, 10);
    private static final ElectionSpec NO_SURPLUS = Fixtures.members(ElectionKind.CELL_COMMITTEE, 3, 3, 10);

    private static void assertField(ElectionSpec election, List<BallotInput> ballots, String field) {
        assertThatThrownBy(() -> Fixtures.count(election, ballots))
                .isInstanceOfSatisfying(InvalidTally.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).isNotBlank();
                });
    }

    @Test
    void positionOutsideTheListIsRejected() {
        // QĐ 244-QĐ/TW Điều 17 khoản 1: only names printed on the ballot
        assertField(SURPLUS, List.of(BallotInput.striking(1), BallotInput.striking(2, 4)), "ballots[1].struck[1]");
        assertField(SURPLUS, List.of(BallotInput.striking(0)), "ballots[0].struck[0]");
        assertField(NO_SURPLUS, List.of(Fixtures.marks("4", Mark.APPROVE)), "ballots[0].marks.4");
    }

    @Test
    void samePositionTwiceIsRejected() {
        // QĐ 244-QĐ/TW Điều 17 khoản 1: a name is struck once
        assertField(SURPLUS, List.of(BallotInput.striking(2, 2)), "ballots[0].struck[1]");
    }

    @Test
    void positionKeysMustBePlainNumbers() {
        // QĐ 244-QĐ/TW Điều 17 khoản 1: one box pair per printed name; one spelling per position, so "01" and "1" cannot both be entered
        assertField(NO_SURPLUS, List.of(Fixtures.marks("01", Mark.APPROVE)), "ballots[0].marks.01");
        assertField(NO_SURPLUS, List.of(Fixtures.marks("x", Mark.APPROVE)), "ballots[0].marks.x");
    }

    @Test
    void marksOnASurplusListAreRejected() {
        // QĐ 244-QĐ/TW Điều 17 khoản 1: a surplus list is voted by striking names
        assertField(SURPLUS, List.of(Fixtures.marks("1", Mark.APPROVE)), "ballots[0].marks");
    }

    @Test
    void strikesOnANoSurplusListAreRejected() {
        // QĐ 244-QĐ/TW Điều 17 khoản 1: a list without surplus has approve / reject columns
        assertField(NO_SURPLUS, List.of(BallotInput.striking(1)), "ballots[0].struck");
    }

    @Test
    void ballotMustCarryExactlyOneForm() {
        // QĐ 244-QĐ/TW Điều 17: a ballot is struck names, approve/reject marks, or found invalid by the board
        assertField(SURPLUS, List.of(new BallotInput(List.of(1), null, "OTHER")), "ballots[0]");
        assertField(SURPLUS, List.of(new BallotInput(null, null, null)), "ballots[0]");
        assertField(SURPLUS, Arrays.asList((BallotInput) null), "ballots[0]");
    }

    @Test
    void unknownBoardReasonIsRejected() {
        // QĐ 190-QĐ/TW Điều 8: the board records a reason from the list
        assertField(SURPLUS, List.of(new BallotInput(null, null, "TOO_MANY_KEPT")), "ballots[0].invalid");
    }

    @Test
    void seatsMustBeAtLeastOneAndNotAboveTheList() {
        // QĐ 244-QĐ/TW Điều 17 khoản 1: the list is at least as long as the number to elect
        assertField(Fixtures.members(ElectionKind.DELEGATES, 0, 3, 10), List.of(), "election.seats");
        assertField(Fixtures.members(ElectionKind.DELEGATES, 4, 3, 10), List.of(), "election.candidates");
    }

    @Test
    void singleSeatPostsElectOnePerson() {
        // QĐ 294-QĐ/TW: the cell elects its secretary, then "một phó bí thư"
        assertField(Fixtures.members(ElectionKind.CELL_SECRETARY, 2, 3, 10), List.of(), "election.seats");
    }

    @Test
    void blankOrRepeatedNamesAreRejected() {
        // QĐ 244-QĐ/TW Điều 17 khoản 1: the ballot prints each name on the list once
        var names = new ArrayList<>(Fixtures.names(3));
        names.set(2, "Ứng viên 1");
        var spec = new ElectionSpec(ElectionKind.DELEGATES, CongressKind.MEMBERS, 2, names, 10, Map.of());
        assertField(spec, List.of(), "election.candidates[2]");
    }

    @Test
    void missingPartsAreNamed() {
        // QĐ 244-QĐ/TW Điều 32: no result without the election, its congress kind and its ballots
        assertField(null, List.of(), "election");
        assertField(new ElectionSpec(null, CongressKind.MEMBERS, 1, Fixtures.names(1), 10, Map.of()), List.of(),
                "election.kind");
        assertField(new ElectionSpec(ElectionKind.SECRETARY, null, 1, Fixtures.names(1), 10, Map.of()), List.of(),
                "election.congress");
        assertField(SURPLUS, null, "ballots");
    }

    @Test
    void roundAndOfficialMembersMustBeSensible() {
        // QĐ 294-QĐ/TW counts rounds from the first
        var base = SURPLUS;
        assertField(new ElectionSpec(base.kind(), base.congress(), base.seats(), base.candidates(), base.convened(),
                base.exclusions(), 0, null), List.of(), "election.round");
        assertField(new ElectionSpec(base.kind(), base.congress(), base.seats(), base.candidates(), base.convened(),
                base.exclusions(), null, -1), List.of(), "election.officialMembers");
    }
}
