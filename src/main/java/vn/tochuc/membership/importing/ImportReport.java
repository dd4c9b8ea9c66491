package vn.tochuc.membership.importing;

import java.util.List;

/**
 * What validation found in a file. Problems and conversions are listed up to {@link ImportLimits#MAX_LISTED}
 * each and counted beyond.
 *
 * @param rows data rows read (empty rows skipped)
 * @param validRows rows without errors (warnings allowed): what "import only the valid rows" writes
 * @param fileProblems problems with the file as a whole or its header row: nothing can be imported
 */
public record ImportReport(long rows, long validRows, long errorRows, long warningRows, long problemCount,
        long conversionCount, List<ImportProblem> fileProblems, List<ImportProblem> problems,
        List<ImportConversion> conversions) {

    public ImportReport {
        fileProblems = List.copyOf(fileProblems);
        problems = List.copyOf(problems);
        conversions = List.copyOf(conversions);
    }

    /** Nothing wrong anywhere: the whole file may be imported. */
    public boolean wholeFileValid() {
        return fileProblems.isEmpty() && errorRows == 0 && rows > 0;
    }

    /** Some rows may be imported on their own. */
    public boolean someRowsValid() {
        return fileProblems.isEmpty() && validRows > 0;
    }

    public boolean hasConversions() {
        return conversionCount > 0;
    }
}
