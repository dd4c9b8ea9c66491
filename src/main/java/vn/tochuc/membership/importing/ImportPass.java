package vn.tochuc.membership.importing;

import static vn.tochuc.membership.MemberColumn.CARD_NUMBER;
import static vn.tochuc.membership.MemberColumn.CITIZEN_ID;
import static vn.tochuc.membership.MemberColumn.FULL_NAME;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import vn.tochuc.membership.MemberColumn;
import vn.tochuc.membership.importing.ImportProblem.Severity;

/**
 * One pass over an uploaded file: the header row, then the data rows in chunks, each row read and checked by
 * {@link RowParser}, then checked for duplicates — within the file (a citizen ID or card number seen on an
 * earlier row: error; the same name, birth date and organisation: warning) and against the register (one
 * query per chunk and kind). Empty rows are skipped. Cancellation is checked between rows.
 */
final class ImportPass implements Closeable {

    static final int CHUNK = 5_000;

    /** The user asked to stop; nothing has been or will be written. */
    static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("cancelled", null, false, false);
        }
    }

    private final SheetRows rows;
    private final ColumnLayout layout;
    private final ExistingMembers existing;
    private final BooleanSupplier cancelled;
    private final LongConsumer progress;
    private final FirstRows citizenIds = new FirstRows();
    private final FirstRows cards = new FirstRows();
    private final FirstRows people = new FirstRows();
    private RowParser parser;
    private boolean againstRegister = true;

    ImportPass(SheetRows rows, boolean sensitiveAllowed, ExistingMembers existing, BooleanSupplier cancelled,
            LongConsumer progress) {
        this.rows = rows;
        this.existing = existing;
        this.cancelled = cancelled;
        this.progress = progress;
        SheetRows.Row header = null;
        while (rows.hasNext() && (header == null || header.blank())) {
            header = rows.next();
        }
        layout = header == null || header.blank() ? null : new ColumnLayout(header, sensitiveAllowed);
    }

    /** Problems with the file or its header: when any, no row is read. */
    List<ImportProblem> fileProblems() {
        if (layout == null) {
            return List.of(new ImportProblem(0, null, null, Severity.ERROR, "import.error.noHeader", List.of()));
        }
        return layout.problems();
    }

    long estimated() {
        return rows.estimatedRows();
    }

    ColumnLayout layout() {
        return layout;
    }

    void parseWith(RowParser rowParser) {
        this.parser = rowParser;
    }

    /**
     * Leaves out the look-ups in the register: while the import writes, the rows it has just written would be
     * asked about, and the load itself refuses a citizen ID already on file.
     */
    void withoutRegister() {
        this.againstRegister = false;
    }

    /** The next rows, checked; empty at the end of the file. */
    List<ParsedRow> nextChunk() {
        List<ParsedRow> chunk = new ArrayList<>(CHUNK);
        while (chunk.size() < CHUNK && rows.hasNext()) {
            if (cancelled.getAsBoolean()) {
                throw new Cancelled();
            }
            SheetRows.Row row = rows.next();
            if (!row.blank()) {
                chunk.add(parser.parse(row));
                progress.accept(row.number());
            }
        }
        if (againstRegister) {
            againstRegister(chunk);
        }
        withinFile(chunk);
        return chunk;
    }

    private void againstRegister(List<ParsedRow> chunk) {
        Set<String> ids = existing.citizenIds(chunk.stream().map(r -> r.citizenId).filter(Objects::nonNull).toList());
        Set<String> cardNumbers = existing.cardNumbers(chunk.stream().map(r -> r.cardNumber).filter(Objects::nonNull).toList());
        Set<String> known = existing.people(chunk.stream().filter(r -> r.personKey != null)
                .map(r -> r.personKey.substring(0, r.personKey.indexOf('|'))).toList(),
                chunk.stream().filter(r -> r.personKey != null).map(r -> r.organizationId).toList());
        for (ParsedRow row : chunk) {
            if (row.citizenId != null && ids.contains(row.citizenId)) {
                add(row, CITIZEN_ID, Severity.ERROR, "import.row.citizenIdInRegister");
            }
            if (row.cardNumber != null && cardNumbers.contains(row.cardNumber)) {
                add(row, CARD_NUMBER, Severity.ERROR, "import.row.cardInRegister", row.cardNumber);
            }
            if (row.personKey != null && known.contains(row.personKey)) {
                add(row, FULL_NAME, Severity.WARNING, "import.row.personInRegister");
            }
        }
    }

    private void withinFile(List<ParsedRow> chunk) {
        for (ParsedRow row : chunk) {
            if (row.citizenId != null) {
                repeated(row, citizenIds.putIfAbsent(Long.parseLong(row.citizenId), row.number), CITIZEN_ID,
                        Severity.ERROR, "import.row.citizenIdRepeated");
            }
            if (row.cardNumber != null) {
                repeated(row, cards.putIfAbsent(FirstRows.hash(row.cardNumber), row.number), CARD_NUMBER,
                        Severity.ERROR, "import.row.cardRepeated");
            }
            if (row.personKey != null) {
                repeated(row, people.putIfAbsent(FirstRows.hash(row.personKey), row.number), FULL_NAME,
                        Severity.WARNING, "import.row.personRepeated");
            }
        }
    }

    private void repeated(ParsedRow row, int first, MemberColumn column, Severity severity, String key) {
        if (first != 0) {
            add(row, column, severity, key, first);
        }
    }

    private void add(ParsedRow row, MemberColumn column, Severity severity, String key, Object... arguments) {
        row.add(layout.letter(column), layout.header(column), severity, key, arguments);
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
