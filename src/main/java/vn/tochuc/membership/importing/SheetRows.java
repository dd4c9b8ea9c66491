package vn.tochuc.membership.importing;

import java.io.Closeable;
import java.util.Iterator;
import java.util.List;

/**
 * The rows of an uploaded spreadsheet, read one at a time (never the whole file in memory). A file that cannot
 * be read any further raises a {@link vn.tochuc.shared.DomainException} naming why, in Vietnamese.
 */
interface SheetRows extends Iterator<SheetRows.Row>, Closeable {

    /** About how many rows the file holds (for the progress bar); 0 when unknown. */
    long estimatedRows();

    /**
     * One row as the spreadsheet numbers it, its cells by column position (0 = A), and what could not be read.
     *
     * @param cells the text of each cell, {@code null} or blank when empty; dates written as dd/MM/yyyy
     */
    record Row(int number, List<String> cells, List<CellIssue> issues) {

        boolean blank() {
            return issues.isEmpty() && cells.stream().allMatch(c -> c == null || c.isBlank());
        }

        String cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : null;
        }
    }

    /** A cell whose value could not be read: a formula without a stored result, an error value. */
    record CellIssue(int column, String key, String detail) {
    }
}
