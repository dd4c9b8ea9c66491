package vn.tochuc.membership;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.tochuc.shared.VietnameseText;

/**
 * The columns of the member spreadsheet, shared by the import template, the import and the export, so that an
 * exported file can be imported again. Headers are matched accent-insensitively ("Ho va ten" is "Họ và tên").
 * Columns marked {@code informational} are written by the export for the reader and ignored by the import;
 * {@code sensitive} ones are written only for users who may read them.
 */
public enum MemberColumn {
    ROW_NUMBER("STT", false, false, true),
    FULL_NAME("Họ và tên", true, false, false),
    SEX("Giới tính", true, false, false),
    BIRTH_DATE("Ngày sinh", false, false, false),
    BIRTH_PLACE("Nơi sinh", false, false, false),
    HOME_TOWN("Quê quán", false, false, false),
    ETHNICITY("Dân tộc", false, true, false),
    RELIGION("Tôn giáo", false, true, false),
    CITIZEN_ID("Số định danh cá nhân", false, true, false),
    GENERAL_EDUCATION("Giáo dục phổ thông", false, false, false),
    QUALIFICATION("Chuyên môn nghiệp vụ", false, false, false),
    ACADEMIC_TITLE("Học hàm", false, false, false),
    ACADEMIC_DEGREE("Học vị", false, false, false),
    POLITICAL_THEORY("Lý luận chính trị", false, false, false),
    OCCUPATION("Nghề nghiệp", false, false, false),
    ORGANIZATION_CODE("Mã tổ chức đảng", true, false, false),
    ORGANIZATION_NAME("Tên tổ chức đảng", false, false, true),
    DECISION_DATE("Ngày quyết định kết nạp", true, false, false),
    CEREMONY_DATE("Ngày kết nạp", true, false, false),
    OFFICIAL_DATE("Ngày chính thức", false, false, false),
    CARD_NUMBER("Số thẻ đảng viên", false, false, false),
    DOSSIER_NUMBER("Số lý lịch", false, false, false),
    STATUS("Tình trạng", false, false, true);

    private final String header;
    private final boolean required;
    private final boolean sensitive;
    private final boolean informational;

    MemberColumn(String header, boolean required, boolean sensitive, boolean informational) {
        this.header = header;
        this.required = required;
        this.sensitive = sensitive;
        this.informational = informational;
    }

    /** The Vietnamese header as written in the template and the export. */
    public String header() {
        return header;
    }

    /** A row without a value here is refused by the import. */
    public boolean required() {
        return required;
    }

    /** Ethnicity, religion, citizen ID: written only for users with the right to read them. */
    public boolean sensitive() {
        return sensitive;
    }

    /** Written for the reader, ignored when the file is imported. */
    public boolean informational() {
        return informational;
    }

    /**
     * The text this column holds for one of a record's fields, as the export writes it (a birth year alone as
     * "1985", dates dd/MM/yyyy); {@code null} for the columns that are not record fields or are labelled (sex).
     */
    public String recordText(MemberRecord r) {
        return switch (this) {
            case FULL_NAME -> r.fullName();
            case BIRTH_DATE -> r.birthDate() == null ? null : Boolean.TRUE.equals(r.birthYearOnly())
                    ? Integer.toString(r.birthDate().getYear()) : vn.tochuc.shared.DateFormats.format(r.birthDate());
            case BIRTH_PLACE -> r.birthPlace();
            case HOME_TOWN -> r.homeTown();
            case ETHNICITY -> r.ethnicity();
            case RELIGION -> r.religion();
            case CITIZEN_ID -> r.citizenId();
            case GENERAL_EDUCATION -> r.generalEducation();
            case QUALIFICATION -> r.qualification();
            case ACADEMIC_TITLE -> r.academicTitle();
            case ACADEMIC_DEGREE -> r.academicDegree();
            case POLITICAL_THEORY -> r.politicalTheory();
            case OCCUPATION -> r.occupation();
            case CARD_NUMBER -> r.cardNumber();
            case DOSSIER_NUMBER -> r.dossierNumber();
            default -> null;
        };
    }

    /** The columns in template order, without the sensitive ones when {@code withSensitive} is false. */
    public static List<MemberColumn> inOrder(boolean withSensitive) {
        return Arrays.stream(values()).filter(c -> withSensitive || !c.sensitive).toList();
    }

    /** The column a header names, matched without accents, case or extra spaces. */
    public static Optional<MemberColumn> ofHeader(String header) {
        String key = VietnameseText.fold(VietnameseText.normalize(header == null ? "" : header));
        return Arrays.stream(values()).filter(c -> VietnameseText.fold(c.header).equals(key)).findFirst();
    }
}
