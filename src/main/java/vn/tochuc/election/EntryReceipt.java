package vn.tochuc.election;

/**
 * What the operator sees after pressing Enter: the ballot as read back, how the engine will treat it,
 * and where the pass stands.
 *
 * @param validity Vietnamese sentence: valid, or invalid with the reason
 */
public record EntryReceipt(int ballotNo, int passNo, String readBack, String validity, boolean correction,
        int enteredInPass, int ballotsReturned) {
}
