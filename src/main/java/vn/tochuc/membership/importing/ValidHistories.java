package vn.tochuc.membership.importing;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import vn.tochuc.membership.MemberHistories.History;
import vn.tochuc.shared.DomainException;

/**
 * The histories to write, read again from the file chunk by chunk while the load consumes them (the load checks
 * each against the registry's rules). Rows that had errors at validation, or have one now, are skipped when only
 * the valid rows are imported; otherwise a row with an error now (the register changed since validation) stops
 * the whole import, and the load's transaction leaves nothing behind.
 */
final class ValidHistories implements Iterator<History> {

    private final ImportPass pass;
    private final boolean validOnly;
    private final BitSet invalidAtValidation;
    private final Deque<History> ready = new ArrayDeque<>(ImportPass.CHUNK);
    private boolean finished;

    ValidHistories(ImportPass pass, boolean validOnly, BitSet invalidAtValidation) {
        this.pass = pass;
        this.validOnly = validOnly;
        this.invalidAtValidation = invalidAtValidation;
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && !finished) {
            var chunk = pass.nextChunk();
            finished = chunk.isEmpty();
            for (ParsedRow row : chunk) {
                boolean invalid = row.hasError() || invalidAtValidation.get(row.number);
                if (!invalid) {
                    ready.add(row.history);
                } else if (!validOnly) {
                    throw new DomainException("file", "import.error.changedSince", row.number);
                }
            }
        }
        return !ready.isEmpty();
    }

    @Override
    public History next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.poll();
    }
}
