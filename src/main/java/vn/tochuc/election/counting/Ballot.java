package vn.tochuc.election.counting;

/** A ballot after its shape has been checked, positions 0-based. */
sealed interface Ballot {

    /** Surplus list: the 0-based positions struck out, no duplicates. */
    record Strikes(int[] positions) implements Ballot {
    }

    /**
     * List without surplus: the 0-based positions marked {@link Mark#APPROVE} (the only votes), and the mark
     * at position 1, which is all a single-candidate ballot is judged on ({@link Mark#NEITHER} if not entered).
     */
    record Marks(int[] approved, Mark first) implements Ballot {
    }

    /** Declared invalid by the counting board. */
    record DeclaredInvalid(InvalidReason reason) implements Ballot {
    }
}
