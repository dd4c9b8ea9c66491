package vn.tochuc.membership.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tochuc.membership.MemberColumn;
import vn.tochuc.membership.importing.ImportProblem.Severity;
import vn.tochuc.shared.LegacyVietnamese;

/**
 * Which column of the file holds which field, read from the header row (accent-insensitive, see
 * {@link MemberColumn#ofHeader}; a header in a legacy encoding is read converted). Unknown, repeated or missing required headers are file problems; informational
 * columns (STT, organisation name, status) are ignored; sensitive columns need the right to read them.
 */
final class ColumnLayout {

    private final Map<MemberColumn, Integer> positions = new EnumMap<>(MemberColumn.class);
    private final Map<MemberColumn, String> headers = new EnumMap<>(MemberColumn.class);
    private final List<ImportProblem> problems = new ArrayList<>();

    ColumnLayout(SheetRows.Row header, boolean sensitiveAllowed) {
        for (int i = 0; i < header.cells().size(); i++) {
            String text = header.cell(i);
            if (text == null || text.isBlank()) {
                continue;
            }
            text = LegacyVietnamese.detect(text).map(LegacyVietnamese.Conversion::converted).orElse(text);
            Optional<MemberColumn> column = MemberColumn.ofHeader(text);
            if (column.isEmpty()) {
                problems.add(problem(header.number(), i, text, "import.header.unknown", text.strip()));
            } else if (positions.containsKey(column.get())) {
                problems.add(problem(header.number(), i, text, "import.header.repeated", text.strip(),
                        letter(positions.get(column.get()))));
            } else if (column.get().sensitive() && !sensitiveAllowed) {
                problems.add(problem(header.number(), i, text, "import.header.sensitive", text.strip()));
            } else if (!column.get().informational()) {
                positions.put(column.get(), i);
                headers.put(column.get(), text.strip());
            }
        }
        for (MemberColumn column : MemberColumn.inOrder(sensitiveAllowed)) {
            if (column.required() && !positions.containsKey(column)) {
                problems.add(new ImportProblem(header.number(), null, null, Severity.ERROR, "import.header.missing",
                        List.of(column.header())));
            }
        }
    }

    List<ImportProblem> problems() {
        return problems;
    }

    /** The column's position, or -1 when the file does not have it. */
    int position(MemberColumn column) {
        return positions.getOrDefault(column, -1);
    }

    boolean has(MemberColumn column) {
        return positions.containsKey(column);
    }

    String letter(MemberColumn column) {
        return has(column) ? letter(positions.get(column)) : null;
    }

    String header(MemberColumn column) {
        return headers.getOrDefault(column, column.header());
    }

    /** 0 → A, 25 → Z, 26 → AA. */
    static String letter(int position) {
        StringBuilder letters = new StringBuilder();
        for (int n = position + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    private static ImportProblem problem(int row, int position, String header, String key, Object... arguments) {
        return new ImportProblem(row, letter(position), header.strip(), Severity.ERROR, key, List.of(arguments));
    }
}
