package vn.tochuc.membership.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV as RFC 4180 (comma, double quotes, CRLF) in UTF-8 with a byte order mark, so that Excel shows the
 * Vietnamese letters. A value that a spreadsheet would run as a formula (= + - @ first) is written with a
 * leading apostrophe, which Excel hides and the import removes.
 */
public final class CsvTableWriter implements TableWriter {

    private final Writer writer;
    private final CSVPrinter printer;

    public CsvTableWriter(OutputStream out) throws IOException {
        this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
    }

    @Override
    public void header(List<String> titles, List<Integer> widths) throws IOException {
        printer.printRecord(titles);
    }

    @Override
    public void row(long number, List<String> values) throws IOException {
        List<String> cells = new ArrayList<>(values.size() + 1);
        cells.add(Long.toString(number));
        for (String value : values) {
            cells.add(TableWriter.looksLikeFormula(value) ? "'" + value : value);
        }
        printer.printRecord(cells);
    }

    @Override
    public void close() throws IOException {
        printer.flush();
        writer.flush();
    }
}
