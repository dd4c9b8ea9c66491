package vn.tochuc.membership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.tochuc.membership.internal.MemberStore;
import vn.tochuc.shared.DateFormats;

/**
 * The cells of one exported member, column by column as {@link MemberColumn} orders them (the row number is
 * written by the table itself): dates dd/MM/yyyy, a birth year alone as "1985", sex and status by their
 * Vietnamese labels, and the member's organisation and status on the day of the list.
 */
final class MemberExportRows {

    private MemberExportRows() {
    }

    /** Width in characters of each column, for the spreadsheet. */
    static int width(MemberColumn column) {
        int typical = switch (column) {
            case ROW_NUMBER -> 6;
            case FULL_NAME -> 26;
            case BIRTH_PLACE, HOME_TOWN, QUALIFICATION, OCCUPATION -> 28;
            case ORGANIZATION_NAME -> 36;
            case CITIZEN_ID, CARD_NUMBER, DOSSIER_NUMBER, ORGANIZATION_CODE, STATUS -> 16;
            default -> 12;
        };
        return Math.max(typical, column.header().length() + 2);
    }

    /** The cells after the row number. */
    static List<String> cells(List<MemberColumn> columns, MemberSummary member, MemberStore.Row row,
            String organizationCode, LocalDate day, Function<Enum<?>, String> labels) {
        List<String> cells = new ArrayList<>(columns.size());
        for (MemberColumn column : columns) {
            if (column != MemberColumn.ROW_NUMBER) {
                cells.add(cell(column, member, row, organizationCode, day, labels));
            }
        }
        return cells;
    }

    private static String cell(MemberColumn column, MemberSummary member, MemberStore.Row row, String code,
            LocalDate day, Function<Enum<?>, String> labels) {
        MemberRecord r = row.record();
        MemberState s = row.state();
        return switch (column) {
            case ROW_NUMBER -> null;
            case SEX -> labels.apply(r.sex());
            case ORGANIZATION_CODE -> code;
            case ORGANIZATION_NAME -> member.organizationName();
            case DECISION_DATE -> date(s.decisionOn(), day);
            case CEREMONY_DATE -> date(s.ceremonyOn(), day);
            case OFFICIAL_DATE -> date(s.officialOn(), day);
            case STATUS -> labels.apply(member.status());
            default -> column.recordText(r);
        };
    }

    /** A date, left out when it lies after the day of the list (not yet known on that day). */
    private static String date(LocalDate date, LocalDate day) {
        return date == null || day != null && date.isAfter(day) ? null : DateFormats.format(date);
    }
}
