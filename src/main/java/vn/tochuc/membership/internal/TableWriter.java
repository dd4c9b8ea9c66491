package vn.tochuc.membership.internal;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * A spreadsheet written row by row to a stream, so a list of any length takes bounded memory. Values are
 * text; {@code null} is an empty cell.
 */
public interface TableWriter extends Closeable {

    /** The header row, with each column's width in characters. */
    void header(List<String> titles, List<Integer> widths) throws IOException;

    /** One data row; {@code number} is the row number written as a number in the first column. */
    void row(long number, List<String> values) throws IOException;

    /** Finishes the file (the stream stays open: it belongs to the caller). */
    @Override
    void close() throws IOException;

    /** A value Excel or LibreOffice would run as a formula when a CSV file is opened: = + - @, tab, CR. */
    static boolean looksLikeFormula(String value) {
        return value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }
}
