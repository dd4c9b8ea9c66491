package vn.tochuc.membership.importing;

import java.util.List;

/**
 * One thing wrong with an uploaded file, where the spreadsheet shows it. The message is a key with arguments
 * (never a citizen ID or another sensitive value), resolved in the reader's language.
 *
 * @param row the spreadsheet's own row number; 0 for the file as a whole or its header row
 * @param column the column letter ("C"), {@code null} for the whole row or file
 * @param header the column's header as written in the file, {@code null} likewise
 */
public record ImportProblem(int row, String column, String header, Severity severity, String key, List<Object> arguments) {

    public enum Severity {
        /** The row is not imported. */
        ERROR,
        /** Shown for the user to confirm; the row is imported. */
        WARNING
    }

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }
}
