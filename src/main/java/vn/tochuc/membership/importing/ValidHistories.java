package vn.tochuc.membership.importing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import vn.tochuc.membership.MemberHistories.History;
import vn.tochuc.shared.DomainException;

/**
 * The histories to write, read again from the file chunk by chunk while the load consumes them. Rows with errors
 * are skipped when only the valid rows are imported; otherwise one (the register changed since validation) stops
 * the whole import, and the load's transaction leaves nothing behind.
 */
final class ValidHistories implements Iterator<History> {

    private final ImportPass pass;
    private final boolean validOnly;
    private final Deque<History> ready = new ArrayDeque<>(ImportPass.CHUNK);
    private boolean finished;

    ValidHistories(ImportPass pass, boolean validOnly) {
        this.pass = pass;
        this.validOnly = validOnly;
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && !finished) {
            var chunk = pass.nextChunk();
            finished = chunk.isEmpty();
            for (ParsedRow row : chunk) {
                if (!row.hasError()) {
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
