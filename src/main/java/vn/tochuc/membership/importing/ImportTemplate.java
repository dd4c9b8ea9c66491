package vn.tochuc.membership.importing;

import static vn.tochuc.membership.MemberColumn.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tochuc.membership.Ethnicities;
import vn.tochuc.membership.MemberColumn;
import vn.tochuc.organization.CodedOrganization;
import vn.tochuc.shared.DateFormats;

/**
 * The import template: the member sheet with the headers of {@link MemberColumn#inOrder}, text-formatted number
 * and date columns (a citizen ID keeps its leading zeros), drop-down lists for sex and ethnicity; a sheet
 * "Hướng dẫn" explaining each column; a sheet "Mã tổ chức" with the codes of the organisations in scope.
 */
final class ImportTemplate {

    static final String MEMBERS = "Đảng viên";
    static final String GUIDE = "Hướng dẫn";
    static final String CODES = "Mã tổ chức";
    private static final String LISTS = "Danh mục";
    /** Rows of the member sheet that carry the formats and drop-down lists. */
    private static final int ROWS = 5_000;

    private static final Set<MemberColumn> TEXT = EnumSet.of(CITIZEN_ID, ORGANIZATION_CODE, CARD_NUMBER,
            DOSSIER_NUMBER, BIRTH_DATE, DECISION_DATE, CEREMONY_DATE, OFFICIAL_DATE, GENERAL_EDUCATION);

    private static final Map<MemberColumn, String> GUIDANCE = Map.ofEntries(
            Map.entry(ROW_NUMBER, "Số thứ tự, không bắt buộc; được bỏ qua khi nhập."),
            Map.entry(FULL_NAME, "Họ và tên đầy đủ, có dấu, tối đa 200 ký tự. Chữ gõ bằng phông cũ TCVN3 (ABC) hoặc VNI, "
                    + "hay Unicode tổ hợp, được tự chuyển sang Unicode dựng sẵn và liệt kê trong báo cáo để bạn xác nhận."),
            Map.entry(SEX, "Nam hoặc Nữ (không phân biệt chữ hoa, chữ thường; có thể gõ không dấu)."),
            Map.entry(BIRTH_DATE, "dd/MM/yyyy (ví dụ 05/09/1985), hoặc chỉ năm sinh yyyy (tính là ngày 01/01). "
                    + "Được để trống với hồ sơ cũ chưa rõ ngày sinh; không sau hôm nay."),
            Map.entry(BIRTH_PLACE, "Văn bản, tối đa 300 ký tự."),
            Map.entry(HOME_TOWN, "Văn bản, tối đa 300 ký tự."),
            Map.entry(ETHNICITY, "Một trong 54 dân tộc hoặc \"Khác\" (chọn trong danh sách). Dữ liệu nhạy cảm."),
            Map.entry(RELIGION, "Văn bản, tối đa 100 ký tự; ghi \"Không\" nếu không theo tôn giáo nào. Dữ liệu nhạy cảm."),
            Map.entry(CITIZEN_ID, "Đúng 12 chữ số (ô đã định dạng Văn bản để giữ các số 0 ở đầu). Không được trùng "
                    + "trong tệp hay với hồ sơ đã có. Dữ liệu nhạy cảm."),
            Map.entry(GENERAL_EDUCATION, "Ví dụ 12/12 hoặc 10/10; tối đa 50 ký tự."),
            Map.entry(QUALIFICATION, "Văn bản, tối đa 200 ký tự."),
            Map.entry(ACADEMIC_TITLE, "Giáo sư, Phó Giáo sư; để trống nếu không có."),
            Map.entry(ACADEMIC_DEGREE, "Tiến sĩ, Thạc sĩ…; để trống nếu không có."),
            Map.entry(POLITICAL_THEORY, "Sơ cấp, Trung cấp, Cao cấp, Cử nhân; để trống nếu chưa học."),
            Map.entry(OCCUPATION, "Văn bản, tối đa 200 ký tự."),
            Map.entry(ORGANIZATION_CODE, "Mã của tổ chức đảng nơi đảng viên sinh hoạt, trong phạm vi bạn quản lý "
                    + "(xem trang \"Mã tổ chức\" hoặc trang của tổ chức trên cây). Tổ chức phải đã được thành lập "
                    + "vào ngày kết nạp và còn hoạt động."),
            Map.entry(ORGANIZATION_NAME, "Chỉ để người đọc dễ theo dõi; được bỏ qua khi nhập."),
            Map.entry(DECISION_DATE, "dd/MM/yyyy; không sau ngày kết nạp, không sau hôm nay."),
            Map.entry(CEREMONY_DATE, "Ngày tổ chức lễ kết nạp, dd/MM/yyyy; không sau hôm nay."),
            Map.entry(OFFICIAL_DATE, "Ngày trở thành đảng viên chính thức theo hồ sơ, dd/MM/yyyy; không trước ngày "
                    + "kết nạp. Để trống nếu còn là đảng viên dự bị."),
            Map.entry(CARD_NUMBER, "Tối đa 50 ký tự; không được trùng trong tệp hay với hồ sơ đã có."),
            Map.entry(DOSSIER_NUMBER, "Tối đa 50 ký tự."),
            Map.entry(STATUS, "Chỉ có trong tệp xuất; được bỏ qua khi nhập."));

    private ImportTemplate() {
    }

    static byte[] build(boolean withSensitive, List<CodedOrganization> organizations) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            List<MemberColumn> columns = MemberColumn.inOrder(withSensitive);
            Sheet members = workbook.createSheet(MEMBERS);
            Row header = members.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                header.createCell(i).setCellValue(columns.get(i).header());
                header.getCell(i).setCellStyle(bold);
                members.setColumnWidth(i, Math.max(12, columns.get(i).header().length() + 4) * 256);
                if (TEXT.contains(columns.get(i))) {
                    members.setDefaultColumnStyle(i, text);
                }
            }
            members.createFreezePane(0, 1);
            lists(workbook, members, columns);
            guide(workbook.createSheet(GUIDE), columns, bold);
            codes(workbook.createSheet(CODES), organizations, bold);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void lists(Workbook workbook, Sheet members, List<MemberColumn> columns) {
        DataValidationHelper helper = members.getDataValidationHelper();
        int sex = columns.indexOf(SEX);
        members.addValidationData(helper.createValidation(helper.createExplicitListConstraint(new String[] {"Nam", "Nữ"}),
                new CellRangeAddressList(1, ROWS, sex, sex)));
        int ethnicity = columns.indexOf(ETHNICITY);
        if (ethnicity >= 0) {
            Sheet lists = workbook.createSheet(LISTS);
            List<String> choices = Ethnicities.choices();
            for (int i = 0; i < choices.size(); i++) {
                lists.createRow(i).createCell(0).setCellValue(choices.get(i));
            }
            workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
            var constraint = helper.createFormulaListConstraint("'" + LISTS + "'!$A$1:$A$" + choices.size());
            var validation = helper.createValidation(constraint, new CellRangeAddressList(1, ROWS, ethnicity, ethnicity));
            validation.setShowErrorBox(true);
            members.addValidationData(validation);
        }
    }

    private static void guide(Sheet guide, List<MemberColumn> columns, CellStyle bold) {
        String[] titles = {"Cột", "Tên cột", "Bắt buộc", "Cách ghi"};
        Row top = guide.createRow(0);
        for (int i = 0; i < titles.length; i++) {
            top.createCell(i).setCellValue(titles[i]);
            top.getCell(i).setCellStyle(bold);
        }
        for (int i = 0; i < columns.size(); i++) {
            MemberColumn column = columns.get(i);
            Row row = guide.createRow(i + 1);
            row.createCell(0).setCellValue(ColumnLayout.letter(i));
            row.createCell(1).setCellValue(column.header());
            row.createCell(2).setCellValue(column.required() ? "Bắt buộc" : column.informational() ? "Bỏ qua" : "Không");
            row.createCell(3).setCellValue(GUIDANCE.getOrDefault(column, ""));
        }
        String[] notes = {
            "Dòng đầu tiên là dòng tiêu đề; tên cột được nhận không phân biệt dấu và chữ hoa. Dòng trống được bỏ qua.",
            "Cũng nhận tệp CSV có cùng tiêu đề (dấu phân cách , hoặc ;), lưu bằng UTF-8 hoặc bảng mã cũ (TCVN3, VNI).",
            "Không có gì được ghi nếu tệp còn lỗi, trừ khi bạn chọn rõ \"Chỉ nhập các dòng hợp lệ\" sau khi xem báo cáo.",
            "Việc nhập là trọn gói: nếu có sự cố trong khi ghi, không dòng nào được ghi."};
        int at = columns.size() + 2;
        for (String note : notes) {
            guide.createRow(at++).createCell(0).setCellValue(note);
        }
        guide.setColumnWidth(1, 30 * 256);
        guide.setColumnWidth(2, 12 * 256);
        guide.setColumnWidth(3, 110 * 256);
    }

    private static void codes(Sheet sheet, List<CodedOrganization> organizations, CellStyle bold) {
        Row top = sheet.createRow(0);
        String[] titles = {"Mã tổ chức đảng", "Tên tổ chức đảng", "Ngày thành lập"};
        for (int i = 0; i < titles.length; i++) {
            top.createCell(i).setCellValue(titles[i]);
            top.getCell(i).setCellStyle(bold);
        }
        for (int i = 0; i < organizations.size(); i++) {
            CodedOrganization o = organizations.get(i);
            Row row = sheet.createRow(i + 1);
            row.createCell(0).setCellValue(o.code());
            row.createCell(1).setCellValue(o.name());
            row.createCell(2).setCellValue(DateFormats.format(o.foundedOn()));
        }
        sheet.setColumnWidth(0, 20 * 256);
        sheet.setColumnWidth(1, 60 * 256);
        sheet.setColumnWidth(2, 16 * 256);
    }
}
