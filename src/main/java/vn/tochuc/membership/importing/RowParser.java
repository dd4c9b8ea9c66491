package vn.tochuc.membership.importing;

import static vn.tochuc.membership.MemberColumn.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.tochuc.membership.CitizenIdCheck;
import vn.tochuc.membership.Ethnicities;
import vn.tochuc.membership.EventKind;
import vn.tochuc.membership.LifeEvent;
import vn.tochuc.membership.MemberColumn;
import vn.tochuc.membership.MemberHistories.History;
import vn.tochuc.membership.MemberRecord;
import vn.tochuc.membership.Sex;
import vn.tochuc.membership.importing.ImportProblem.Severity;
import vn.tochuc.organization.CodedOrganization;
import vn.tochuc.shared.Actor;
import vn.tochuc.shared.DateFormats;
import vn.tochuc.shared.DomainException;
import vn.tochuc.shared.LegacyVietnamese;
import vn.tochuc.shared.Permission;
import vn.tochuc.shared.VietnameseText;

/**
 * Reads one data row into a member's history, listing every problem by column: the cell's format first (required,
 * dates, sex, ethnicity, citizen ID, organisation code), then — once every cell is readable — the registry's own
 * rules through {@code MemberHistories.check}, the same rules every other write obeys. Text in a legacy encoding is
 * converted to NFC Unicode and each conversion is recorded for the user to confirm.
 */
final class RowParser {

    /** The record fields the registry's refusals name, and the column that holds each. */
    private static final Map<String, MemberColumn> FIELDS = Map.ofEntries(Map.entry("fullName", FULL_NAME),
            Map.entry("sex", SEX), Map.entry("birthDate", BIRTH_DATE), Map.entry("birthPlace", BIRTH_PLACE),
            Map.entry("homeTown", HOME_TOWN), Map.entry("ethnicity", ETHNICITY), Map.entry("religion", RELIGION),
            Map.entry("citizenId", CITIZEN_ID), Map.entry("generalEducation", GENERAL_EDUCATION),
            Map.entry("qualification", QUALIFICATION), Map.entry("academicTitle", ACADEMIC_TITLE),
            Map.entry("academicDegree", ACADEMIC_DEGREE), Map.entry("politicalTheory", POLITICAL_THEORY),
            Map.entry("occupation", OCCUPATION), Map.entry("cardNumber", CARD_NUMBER),
            Map.entry("dossierNumber", DOSSIER_NUMBER), Map.entry("organizationId", ORGANIZATION_CODE),
            Map.entry("decisionOn", DECISION_DATE), Map.entry("effectiveOn", CEREMONY_DATE));

    private static final Map<String, String> ETHNICITIES = new HashMap<>();

    /** At most this many distinct cell texts are kept per file. */
    private static final int REMEMBERED = 50_000;

    static {
        Ethnicities.choices().forEach(e -> ETHNICITIES.put(VietnameseText.fold(e).replace(" ", ""), e));
    }

    private final ColumnLayout layout;
    private final Map<String, CodedOrganization> organizations;
    private final Actor actor;
    private final LocalDate today;
    private final Function<History, ?> rules;
    /**
     * Cell texts already read that needed no conversion, with their normal form: places, occupations, education
     * and ethnicities repeat on thousands of rows (names, mostly different, are not kept).
     */
    private final Map<String, String> unconverted = new HashMap<>();

    RowParser(ColumnLayout layout, Map<String, CodedOrganization> organizations, Actor actor, LocalDate today,
            Function<History, ?> rules) {
        this.layout = layout;
        this.organizations = organizations;
        this.actor = actor;
        this.today = today;
        this.rules = rules;
    }

    ParsedRow parse(SheetRows.Row row) {
        ParsedRow out = new ParsedRow(row.number());
        for (SheetRows.CellIssue issue : row.issues()) {
            out.add(ColumnLayout.letter(issue.column()), headerAt(issue.column()), Severity.ERROR, issue.key(),
                    issue.detail() == null ? "" : issue.detail());
        }
        Cells cells = new Cells(row, out);
        String name = cells.text(FULL_NAME);
        Sex sex = sex(cells);
        Birth birth = birth(cells);
        String ethnicity = ethnicity(cells);
        String citizenId = citizenId(cells);
        CodedOrganization organization = organization(cells);
        LocalDate decision = cells.date(DECISION_DATE);
        LocalDate ceremony = cells.date(CEREMONY_DATE);
        LocalDate official = cells.date(OFFICIAL_DATE);
        MemberRecord record = new MemberRecord(name, sex, birth.day, birth.yearOnly, cells.text(BIRTH_PLACE),
                cells.text(HOME_TOWN), ethnicity, cells.text(RELIGION), citizenId, cells.text(GENERAL_EDUCATION),
                cells.text(QUALIFICATION), cells.text(ACADEMIC_TITLE), cells.text(ACADEMIC_DEGREE),
                cells.text(POLITICAL_THEORY), cells.text(OCCUPATION), cells.text(CARD_NUMBER),
                cells.text(DOSSIER_NUMBER));
        dateOrder(cells, decision, ceremony, official);
        if (organization != null && ceremony != null && organization.foundedOn().isAfter(ceremony)) {
            cells.error(ORGANIZATION_CODE, "import.row.organizationLater", organization.code(), ceremony,
                    organization.foundedOn());
        }
        out.citizenId = citizenId;
        out.cardNumber = record.cardNumber() == null ? null : record.cardNumber().strip();
        if (organization != null) {
            out.organizationId = organization.id();
            out.personKey = name == null ? null : VietnameseText.fold(name) + '|' + birth.day + '|' + organization.id();
        }
        if (!out.hasError()) {
            checkRules(out, record, organization, decision, ceremony, official);
        }
        if (!out.hasError() && citizenId != null && birth.day != null) {
            for (CitizenIdCheck.Finding finding : CitizenIdCheck.check(citizenId, sex, birth.day.getYear())) {
                cells.warning(CITIZEN_ID, "member.citizenId." + finding.name());
            }
        }
        return out;
    }

    private void checkRules(ParsedRow out, MemberRecord record, CodedOrganization organization, LocalDate decision,
            LocalDate ceremony, LocalDate official) {
        List<LifeEvent> events = new ArrayList<>(2);
        events.add(LifeEvent.admission(organization.id(), decision, ceremony));
        if (official != null) {
            events.add(LifeEvent.of(EventKind.CONVERSION_ON_RECORD, official));
        }
        History history = new History(record, events);
        try {
            rules.apply(history);
            out.history = history;
        } catch (DomainException e) {
            MemberColumn column = e.field() == null ? null : FIELDS.get(e.field());
            out.add(column == null ? null : layout.letter(column), column == null ? null : layout.header(column),
                    Severity.ERROR, e.key(), e.arguments());
        }
    }

    private Sex sex(Cells cells) {
        String text = cells.text(SEX);
        if (text == null) {
            return null;
        }
        if (text.equals("Nam")) {
            return Sex.MALE;
        }
        if (text.equals("Nữ")) {
            return Sex.FEMALE;
        }
        return switch (VietnameseText.fold(text)) {
            case "nam" -> Sex.MALE;
            case "nu" -> Sex.FEMALE;
            default -> {
                cells.error(SEX, "import.row.sex", text);
                yield null;
            }
        };
    }

    private record Birth(LocalDate day, boolean yearOnly) {
    }

    /** dd/MM/yyyy, or the year alone (counted as 01/01, rules §9.8); missing is allowed for old registers. */
    private Birth birth(Cells cells) {
        String text = cells.raw(BIRTH_DATE);
        if (text != null && text.length() == 4 && text.chars().allMatch(Character::isDigit)) {
            LocalDate day = LocalDate.of(Integer.parseInt(text), 1, 1);
            if (day.isAfter(today)) {
                cells.error(BIRTH_DATE, "import.row.future", text);
                return new Birth(null, false);
            }
            return new Birth(day, true);
        }
        return new Birth(cells.date(BIRTH_DATE), false);
    }

    /** Ethnicity is sensitive: a wrong value is reported without repeating it. */
    private String ethnicity(Cells cells) {
        String text = cells.text(ETHNICITY);
        if (text == null) {
            return null;
        }
        String known = Ethnicities.isKnown(text) ? text
                : ETHNICITIES.get(VietnameseText.fold(text).replace(" ", "").replace("-", ""));
        if (known == null) {
            known = ETHNICITIES.get(VietnameseText.fold(text).replace(" ", ""));
        }
        if (known == null) {
            cells.error(ETHNICITY, "import.row.ethnicity");
        }
        return known;
    }

    /** Twelve digits; the number itself never appears in the report. */
    private String citizenId(Cells cells) {
        String text = cells.raw(CITIZEN_ID);
        if (text == null) {
            return null;
        }
        StringBuilder digits = new StringBuilder(12);
        boolean other = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c != ' ' && c != '.' && c != '\u00A0') {
                other = true;
            }
        }
        if (other || digits.length() != 12) {
            cells.error(CITIZEN_ID, "import.row.citizenId", other ? "?" : digits.length());
            return null;
        }
        return digits.toString();
    }

    private CodedOrganization organization(Cells cells) {
        String code = cells.raw(ORGANIZATION_CODE);
        if (code == null) {
            return null;
        }
        CodedOrganization organization = organizations.get(code.toUpperCase(Locale.ROOT));
        if (organization == null) {
            cells.error(ORGANIZATION_CODE, "import.row.organizationUnknown", code);
            return null;
        }
        if (!actor.sees(organization.path()) || !actor.can(Permission.MEMBER_WRITE)) {
            cells.error(ORGANIZATION_CODE, "import.row.organizationOutOfScope", code);
            return null;
        }
        return organization;
    }

    private void dateOrder(Cells cells, LocalDate decision, LocalDate ceremony, LocalDate official) {
        if (decision != null && ceremony != null && decision.isAfter(ceremony)) {
            cells.error(DECISION_DATE, "import.row.decisionAfterCeremony", decision, ceremony);
        }
        if (official != null && ceremony != null && official.isBefore(ceremony)) {
            cells.error(OFFICIAL_DATE, "import.row.officialBeforeCeremony", official, ceremony);
        }
    }

    /** dd/MM/yyyy read directly (the common case, millions of times per file); anything else as the pages read it. */
    static LocalDate day(String text) {
        if (text.length() == 10 && text.charAt(2) == '/' && text.charAt(5) == '/') {
            int d = digits(text, 0, 2);
            int m = digits(text, 3, 5);
            int y = digits(text, 6, 10);
            if (d >= 0 && m >= 0 && y >= 0) {
                return LocalDate.of(y, m, d);
            }
        }
        return DateFormats.parse("date", text);
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private String headerAt(int position) {
        for (MemberColumn column : MemberColumn.values()) {
            if (layout.position(column) == position) {
                return layout.header(column);
            }
        }
        return null;
    }

    /** The row's cells by field: text converted to NFC (each conversion recorded), required ones reported. */
    private final class Cells {

        private final SheetRows.Row row;
        private final ParsedRow out;

        Cells(SheetRows.Row row, ParsedRow out) {
            this.row = row;
            this.out = out;
        }

        /** The cell stripped, without encoding conversion (codes, numbers, dates); {@code null} when empty. */
        String raw(MemberColumn column) {
            String value = row.cell(layout.position(column));
            String text = value == null ? null : value.strip();
            if (text == null || text.isEmpty()) {
                if (column.required() && !failed(column)) {
                    error(column, "import.row.required");
                }
                return null;
            }
            return text;
        }

        /** Text, converted from a legacy encoding when one is detected, then NFC with single spaces. */
        String text(MemberColumn column) {
            String text = raw(column);
            if (text == null) {
                return null;
            }
            String seen = unconverted.get(text);
            if (seen != null) {
                return seen;
            }
            Optional<LegacyVietnamese.Conversion> conversion = LegacyVietnamese.detect(text);
            if (conversion.isPresent()) {
                LegacyVietnamese.Conversion c = conversion.get();
                out.conversions.add(new ImportConversion(out.number, layout.letter(column), layout.header(column),
                        c.original(), c.converted(), c.encoding().name()));
                return VietnameseText.normalize(c.converted());
            }
            String normal = VietnameseText.normalize(text);
            if (column != FULL_NAME && unconverted.size() < REMEMBERED) {
                unconverted.put(text, normal);
            }
            return normal;
        }

        LocalDate date(MemberColumn column) {
            String text = raw(column);
            if (text == null) {
                return null;
            }
            LocalDate day;
            try {
                day = day(text);
            } catch (DomainException | java.time.DateTimeException e) {
                error(column, "import.row.date", text);
                return null;
            }
            if (day.isAfter(today)) {
                error(column, "import.row.future", text);
                return null;
            }
            return day;
        }

        void error(MemberColumn column, String key, Object... arguments) {
            out.add(layout.letter(column), layout.header(column), Severity.ERROR, key, arguments);
        }

        void warning(MemberColumn column, String key, Object... arguments) {
            out.add(layout.letter(column), layout.header(column), Severity.WARNING, key, arguments);
        }

        /** A cell already reported (a formula without a value) is not also "required". */
        private boolean failed(MemberColumn column) {
            String letter = layout.letter(column);
            return letter != null && out.problems.stream().anyMatch(p -> letter.equals(p.column()));
        }
    }
}
