package vn.tochuc.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tochuc.access.ActingAs;
import vn.tochuc.access.Role;
import vn.tochuc.access.SignedInUser;
import vn.tochuc.membership.EventKind;
import vn.tochuc.membership.LifeEvent;
import vn.tochuc.membership.MemberColumn;
import vn.tochuc.membership.MemberHistories.History;
import vn.tochuc.membership.MemberRecord;
import vn.tochuc.membership.Sex;
import vn.tochuc.membership.importing.ImportOnThisThread;
import vn.tochuc.membership.importing.ImportReport;
import vn.tochuc.membership.importing.MemberImports;
import vn.tochuc.membership.internal.MemberBulkWriter;
import vn.tochuc.shared.DateFormats;

/**
 * The member import (issue #4) on a generated CSV file in the template's columns ({@link MemberColumn}), for the
 * cells of one province, as that province's clerk: the validation pass alone, then the import (which reads and
 * checks the file again, as confirming an import does) in a transaction rolled back, beside raw COPY of the same
 * rows, also rolled back. The register's counts are compared before and after: the benchmark leaves nothing.
 */
final class ImportMeasurements {

    private final ConfigurableApplicationContext context;
    private final TransactionTemplate tx;
    private final MemberBulkWriter writer;
    private final int rows;
    private final long seed;

    ImportMeasurements(ConfigurableApplicationContext context, TransactionTemplate tx, MemberBulkWriter writer,
            int rows, long seed) {
        this.context = context;
        this.tx = tx;
        this.writer = writer;
        this.rows = rows;
        this.seed = seed;
    }

    void run(Connection raw, long province, String provincePath, List<NationalMembers.Cell> cells)
            throws IOException, SQLException {
        Map<Long, String> codes = codes(raw, provincePath);
        List<History> histories = new ArrayList<>(rows);
        Iterator<History> generated = new NationalMembers("002").members(cells, rows + rows / 20 + 100, seed + 2000);
        while (histories.size() < rows && generated.hasNext()) {
            histories.add(asImported(generated.next(), histories.size()));
        }
        Path file = Files.createTempFile("tochuc-bench-import-", ".csv");
        try {
            long t = System.nanoTime();
            write(file, histories, codes);
            System.out.printf("  (CSV of %,d rows written in %.1f s: %,d bytes)%n", histories.size(), seconds(t),
                    Files.size(file));
            String before = counts(raw);
            SignedInUser clerk = new SignedInUser(-1, "bench-clerk", "Bench", "", Role.CLERK, province, true, false);
            MemberImports imports = context.getBean(MemberImports.class);
            ImportOnThisThread job = ActingAs.signedIn(clerk, () -> new ImportOnThisThread(imports, file,
                    "bench-clerk"));
            t = System.nanoTime();
            ImportReport report = ActingAs.signedIn(clerk, job::validate);
            double validation = seconds(t);
            System.out.printf("%-52s %26s %26s %10s%n", "CSV import: validation pass, %,d rows".formatted(
                    report.rows()), "%.1f s = %,.0f rows/s".formatted(validation, report.rows() / validation), "",
                    "100,000/s");
            System.out.printf("  (report: %,d valid, %,d with errors, %,d with warnings, %,d conversions)%n",
                    report.validRows(), report.errorRows(), report.warningRows(), report.conversionCount());
            if (!report.wholeFileValid()) {
                report.problems().stream().limit(5).forEach(p -> System.out.println("  problem: " + p));
                System.out.println("  the file has errors: import not timed");
                return;
            }
            t = System.nanoTime();
            long imported = tx.execute(status -> {
                long n = ActingAs.signedIn(clerk, job::importAll);
                status.setRollbackOnly();
                return n;
            });
            double importing = seconds(t);
            t = System.nanoTime();
            long[] copied = tx.execute(status -> {
                long[] n = MemberBench.rawCopy(writer, histories.iterator());
                status.setRollbackOnly();
                return n;
            });
            double copy = seconds(t);
            System.out.printf("%-52s %26s %26s %10s%n", "CSV import: import pass, %,d members (rolled back)"
                    .formatted(imported), "%.1f s = %,.0f rows/s".formatted(importing, imported / importing),
                    "%.1f s = %,.0f rows/s".formatted(copy, copied[0] / copy), "");
            double both = validation + importing;
            System.out.printf("%-52s %26s %26s %10s%n", "CSV import: validation + import", "%.1f s = %,.0f rows/s"
                    .formatted(both, imported / both), "", "100,000/s");
            String after = counts(raw);
            System.out.printf("  (register before %s, after %s: %s)%n", before, after,
                    before.equals(after) ? "unchanged" : "CHANGED");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * What a file in the template's columns can carry: the admission and, for official members, the day; a card
     * number of its own (the generated ones are those of the members already in the register).
     */
    private static History asImported(History h, int index) {
        MemberRecord r = h.record();
        MemberRecord record = new MemberRecord(r.fullName(), r.sex(), r.birthDate(), r.birthYearOnly(), r.birthPlace(),
                r.homeTown(), r.ethnicity(), r.religion(), r.citizenId(), r.generalEducation(), r.qualification(),
                r.academicTitle(), r.academicDegree(), r.politicalTheory(), r.occupation(),
                r.cardNumber() == null ? null : "NH.%07d".formatted(index), r.dossierNumber());
        LifeEvent admission = h.events().getFirst();
        List<LifeEvent> events = new ArrayList<>(2);
        events.add(admission);
        h.events().stream().filter(e -> e.kind() == EventKind.CONVERSION).findFirst()
                .ifPresent(e -> events.add(LifeEvent.of(EventKind.CONVERSION_ON_RECORD, e.effectiveOn())));
        return new History(record, events);
    }

    private static void write(Path file, List<History> histories, Map<Long, String> codes) throws IOException {
        List<MemberColumn> columns = MemberColumn.inOrder(true);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord(columns.stream().map(MemberColumn::header).toList());
            int number = 0;
            List<String> cells = new ArrayList<>(columns.size());
            for (History h : histories) {
                number++;
                cells.clear();
                for (MemberColumn column : columns) {
                    cells.add(cell(column, h, number, codes));
                }
                csv.printRecord(cells);
            }
        }
    }

    private static String cell(MemberColumn column, History h, int number, Map<Long, String> codes) {
        MemberRecord r = h.record();
        LifeEvent admission = h.events().getFirst();
        return switch (column) {
            case ROW_NUMBER -> Integer.toString(number);
            case SEX -> r.sex() == Sex.MALE ? "Nam" : "Nữ";
            case ORGANIZATION_CODE -> codes.get(admission.organizationId());
            case DECISION_DATE -> DateFormats.format(admission.decisionOn());
            case CEREMONY_DATE -> DateFormats.format(admission.effectiveOn());
            case OFFICIAL_DATE -> h.events().size() > 1 ? DateFormats.format(h.events().get(1).effectiveOn()) : null;
            default -> column.recordText(r);
        };
    }

    private static Map<Long, String> codes(Connection raw, String provincePath) throws SQLException {
        Map<Long, String> codes = new HashMap<>();
        try (PreparedStatement st = raw.prepareStatement("""
                SELECT o.id, o.code FROM party_organization o JOIN organization_directory d ON d.id = o.id
                 WHERE d.path LIKE ?""")) {
            st.setString(1, provincePath + "%");
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    codes.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return codes;
    }

    /** Members, events, audit records and the highest member id: what an import that stayed would change. */
    private static String counts(Connection raw) throws SQLException {
        return TreeBench.single(raw, "SELECT (SELECT COUNT(*) FROM member) || '/' || (SELECT COUNT(*) FROM"
                + " member_event) || '/' || (SELECT COUNT(*) FROM audit_record) || '/' || (SELECT MAX(id) FROM member)");
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
