package vn.tochuc.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.tochuc.congress.CongressKind;
import vn.tochuc.election.BoardRole;
import vn.tochuc.election.CandidateRoute;
import vn.tochuc.election.counting.ElectionKind;
import vn.tochuc.election.counting.Exclusion;

/**
 * A demo congress and its election, written down as the people involved would do it: the organising
 * staff record the congress, prepare the list and the board and open the count; the operators type every
 * ballot in their pass; the head of the board decides the mismatches and publishes. Nothing here touches
 * the database; {@link CongressSeeder} plays it through the services.
 *
 * @param organiser   the organising-staff account that records the congress and prepares the election
 * @param orgKey      plan key of the organisation holding the congress
 * @param held        whether the congress ends marked as held
 */
record CongressScript(String organiser, int orgKey, CongressKind kind, String name, String term, LocalDate opensOn,
        LocalDate closesOn, String place, boolean held, ElectionScript election) {

    /**
     * One election. {@code typed} lists every key-press sequence in the order it was entered, corrections
     * included; {@code resolutions} are the head's decisions, made after the entries.
     */
    record ElectionScript(ElectionKind kind, int seats, List<Nominee> candidates, int convened,
            Map<Exclusion, Integer> exclusions, int attendees, List<Seat> board, int returned, List<Typed> typed,
            List<Resolution> resolutions, boolean publish) {

        String head() {
            return board.stream().filter(s -> s.role() == BoardRole.HEAD).map(Seat::username).findFirst().orElseThrow();
        }

        /** How many distinct ballots an operator has entered. */
        long enteredBy(String username) {
            return typed.stream().filter(t -> t.username().equals(username)).mapToInt(Typed::ballotNo).distinct().count();
        }
    }

    /** A name on the list; {@code approvals} only for a nomination from the floor (QĐ 190-QĐ/TW Điều 14 khoản 3). */
    record Nominee(String fullName, CandidateRoute route, Integer approvals) {
    }

    /** A member of the counting board; operators have an account and a pass. */
    record Seat(String fullName, BoardRole role, String username, Integer passNo) {
    }

    /** What one operator typed for one ballot. */
    record Typed(String username, int ballotNo, String keys) {
    }

    /** The head's decision on a ballot the passes read differently, against the paper. */
    record Resolution(int ballotNo, String keys, String reason) {
    }
}
