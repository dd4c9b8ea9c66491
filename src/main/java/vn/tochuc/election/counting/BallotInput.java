package vn.tochuc.election.counting;

import java.util.List;
import java.util.Map;

/**
 * One ballot as entered. Exactly one field is non-null:
 * <ul>
 *   <li>{@code struck}: 1-based positions of the names struck out, on a list with surplus;</li>
 *   <li>{@code marks}: position ("1", "2", …) → {@link Mark}, on a list without surplus; a missing
 *       position counts as {@link Mark#NEITHER};</li>
 *   <li>{@code invalid}: the name of a board-declared {@link InvalidReason}.</li>
 * </ul>
 */
public record BallotInput(List<Integer> struck, Map<String, Mark> marks, String invalid) {

    /** A ballot on a surplus list striking the given positions. */
    public static BallotInput striking(Integer... positions) {
        return new BallotInput(List.of(positions), null, null);
    }

    /** A ballot on a list without surplus. */
    public static BallotInput marking(Map<String, Mark> marks) {
        return new BallotInput(null, marks, null);
    }

    /** A ballot the counting board declared invalid. */
    public static BallotInput declaredInvalid(InvalidReason reason) {
        return new BallotInput(null, null, reason.name());
    }
}
