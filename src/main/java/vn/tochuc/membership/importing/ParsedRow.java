package vn.tochuc.membership.importing;

import java.util.ArrayList;
import java.util.List;
import vn.tochuc.membership.MemberHistories;
import vn.tochuc.membership.importing.ImportProblem.Severity;

/** A data row after reading and checking: the history to write when it has no error, and what was found. */
final class ParsedRow {

    final int number;
    final List<ImportProblem> problems = new ArrayList<>(0);
    final List<ImportConversion> conversions = new ArrayList<>(0);
    MemberHistories.History history;
    String citizenId;
    String cardNumber;
    /** Folded name, birth date and organisation: the same person entered twice (a warning). */
    String personKey;
    long organizationId;

    ParsedRow(int number) {
        this.number = number;
    }

    void add(String column, String header, Severity severity, String key, Object... arguments) {
        problems.add(new ImportProblem(number, column, header, severity, key, List.of(arguments)));
    }

    boolean hasError() {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }

    boolean hasWarning() {
        return problems.stream().anyMatch(p -> p.severity() == Severity.WARNING);
    }
}
