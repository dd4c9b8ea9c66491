package vn.tochuc.membership.importing;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Adds up a validation pass into an {@link ImportReport}, listing problems and conversions up to the limit. */
final class ReportCollector {

    private final List<ImportProblem> fileProblems = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<ImportConversion> conversions = new ArrayList<>();
    private final Set<Long> organizations = new LinkedHashSet<>();
    private final BitSet invalid = new BitSet();
    private long rows;
    private long valid;
    private long errors;
    private long warnings;
    private long problemCount;
    private long conversionCount;

    void file(List<ImportProblem> found) {
        fileProblems.addAll(found);
    }

    void add(ParsedRow row) {
        rows++;
        if (row.hasError()) {
            errors++;
            invalid.set(row.number);
        } else {
            valid++;
            organizations.add(row.organizationId);
            if (row.hasWarning()) {
                warnings++;
            }
        }
        problemCount += row.problems.size();
        conversionCount += row.conversions.size();
        for (ImportProblem problem : row.problems) {
            if (problems.size() < ImportLimits.MAX_LISTED) {
                problems.add(problem);
            }
        }
        for (ImportConversion conversion : row.conversions) {
            if (conversions.size() < ImportLimits.MAX_LISTED) {
                conversions.add(conversion);
            }
        }
    }

    /** The organisations the valid rows file members in. */
    Set<Long> organizations() {
        return organizations;
    }

    /** The spreadsheet rows that had errors: an import of the valid rows skips them. */
    BitSet invalidRows() {
        return invalid;
    }

    ImportReport report() {
        return new ImportReport(rows, fileProblems.isEmpty() ? valid : 0, errors, warnings,
                problemCount + fileProblems.size(), conversionCount, fileProblems, problems, conversions);
    }
}
