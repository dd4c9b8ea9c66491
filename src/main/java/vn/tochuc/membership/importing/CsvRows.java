package vn.tochuc.membership.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.tochuc.shared.DomainException;
import vn.tochuc.shared.LegacyVietnamese;

/**
 * A CSV file, streamed: the character set from the first bytes (BOM, valid UTF-8, else the legacy single-byte
 * windows-1252 that TCVN3 and VNI files were saved in), the separator from the first line ({@code ,} or {@code ;}).
 */
final class CsvRows implements SheetRows {

    private static final int HEAD = 64 * 1024;

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final long estimated;

    CsvRows(Path file) throws IOException {
        byte[] head = head(file);
        Charset charset = LegacyVietnamese.charsetOf(head);
        BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset), 1 << 16);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        char separator = separator(new String(head, charset));
        parser = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(false).get().parse(reader);
        records = parser.iterator();
        estimated = countLines(file);
    }

    @Override
    public long estimatedRows() {
        return estimated;
    }

    @Override
    public boolean hasNext() {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new DomainException("file", "import.error.csvMalformed", parser.getCurrentLineNumber());
        }
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        CSVRecord record = records.next();
        if (record.getRecordNumber() > ImportLimits.MAX_CSV_ROWS) {
            throw new DomainException("file", "import.error.tooManyRows", ImportLimits.MAX_CSV_ROWS);
        }
        int size = Math.min(record.size(), ImportLimits.MAX_COLUMNS);
        List<String> cells = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            cells.add(record.get(i));
        }
        return new Row((int) record.getRecordNumber(), cells, List.of());
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** The separator that occurs most in the first line, outside quotes: Excel writes {@code ;} in many locales. */
    static char separator(String head) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD);
        }
    }

    /** Line breaks in the file, for the progress bar (a quoted cell with a line break makes it slightly high). */
    private static long countLines(Path file) throws IOException {
        long lines = 0;
        ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
        try (FileChannel channel = FileChannel.open(file)) {
            while (channel.read(buffer) > 0) {
                buffer.flip();
                while (buffer.hasRemaining()) {
                    if (buffer.get() == '\n') {
                        lines++;
                    }
                }
                buffer.clear();
            }
        }
        return lines;
    }
}
