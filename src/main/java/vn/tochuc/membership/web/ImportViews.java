package vn.tochuc.membership.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import vn.tochuc.membership.importing.ImportConversion;
import vn.tochuc.membership.importing.ImportProblem;
import vn.tochuc.membership.importing.ImportReport;
import vn.tochuc.membership.importing.ImportStatus;
import vn.tochuc.shared.DomainException;
import vn.tochuc.shared.Messages;

/** An import as the page and the API show it: messages resolved in the reader's language. */
final class ImportViews {

    private ImportViews() {
    }

    record Problem(int row, String column, String header, ImportProblem.Severity severity, String message) {
    }

    record Conversion(int row, String column, String header, String original, String converted, String encoding) {
    }

    /**
     * @param percent progress of the running pass; {@code checked} and {@code total} in rows
     * @param failure why the job failed, in words
     */
    record ImportView(String id, String fileName, ImportStatus.State state, String stateLabel, long checked, long total,
            int percent, long rows, long validRows, long errorRows, long warningRows, long problemCount,
            long conversionCount, boolean wholeFileValid, boolean someRowsValid, List<Problem> problems,
            List<Conversion> conversions, long imported, Long organizationId, String failure) {

        public boolean running() {
            return state == ImportStatus.State.VALIDATING || state == ImportStatus.State.IMPORTING;
        }
    }

    static ImportView of(ImportStatus s, MessageSource messages, Locale locale) {
        ImportReport r = s.report();
        String state = messages.getMessage("enum.ImportState." + s.state().name(), null, s.state().name(), locale);
        String failure = s.failureKey() == null ? null
                : message(messages, locale, s.failureKey(), s.failureArguments());
        if (r == null) {
            return new ImportView(s.id(), s.fileName(), s.state(), state, s.checked(), s.total(), s.percent(), 0, 0, 0,
                    0, 0, 0, false, false, List.of(), List.of(), s.imported(), s.organizationId(), failure);
        }
        List<Problem> problems = java.util.stream.Stream.concat(r.fileProblems().stream(), r.problems().stream())
                .map(p -> new Problem(p.row(), p.column(), p.header(), p.severity(),
                        message(messages, locale, p.key(), p.arguments())))
                .toList();
        List<Conversion> conversions = r.conversions().stream().map(c -> conversion(c, messages, locale)).toList();
        return new ImportView(s.id(), s.fileName(), s.state(), state, s.checked(), s.total(), s.percent(), r.rows(),
                r.validRows(), r.errorRows(), r.warningRows(), r.problemCount(), r.conversionCount(),
                r.wholeFileValid(), r.someRowsValid(), problems, conversions, s.imported(), s.organizationId(), failure);
    }

    private static Conversion conversion(ImportConversion c, MessageSource messages, Locale locale) {
        return new Conversion(c.row(), c.column(), c.header(), c.original(), c.converted(),
                messages.getMessage("legacy.encoding." + c.encoding(), null, c.encoding(), locale));
    }

    private static String message(MessageSource messages, Locale locale, String key, List<Object> arguments) {
        return Messages.of(messages, new DomainException(key, arguments.toArray()), locale);
    }
}
