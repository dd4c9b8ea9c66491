package vn.tochuc.membership.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.core.io.ByteArrayResource;
import vn.tochuc.access.SignedInUser;
import vn.tochuc.access.TestUsers;

/**
 * Member files for import tests: rows under the template's headers, written as XLSX (with POI) or CSV bytes, and
 * a helper that uploads one and waits until its pass has ended.
 *
 * <pre>{@code
 * byte[] file = ImportFiles.xlsx(ImportFiles.row("Nguyễn Thị Hoa", "Nữ", "05/09/1985", code, "01/03/2021", "20/03/2021"));
 * }</pre>
 */
public final class ImportFiles {

    /** The columns the rows below fill, in this order. */
    public static final List<String> HEADERS = List.of("STT", "Họ và tên", "Giới tính", "Ngày sinh", "Dân tộc",
            "Số định danh cá nhân", "Mã tổ chức đảng", "Ngày quyết định kết nạp", "Ngày kết nạp", "Ngày chính thức",
            "Số thẻ đảng viên");

    /** Marks a formula cell in {@link #xlsx}: the formula and its cached result ({@code null} for none). */
    public record Formula(String formula, String cached) {
    }

    private ImportFiles() {
    }

    /** A row: name, sex, birth, organisation code, decision and ceremony; Kinh, no ID, no official date, no card. */
    public static List<Object> row(String name, String sex, String birth, String code, String decision, String ceremony) {
        return new ArrayList<>(Arrays.asList("", name, sex, birth, "Kinh", "", code, decision, ceremony, "", ""));
    }

    public static List<Object> with(List<Object> row, String header, Object value) {
        row.set(HEADERS.indexOf(header), value);
        return row;
    }

    @SafeVarargs
    public static byte[] xlsx(List<Object>... rows) {
        return xlsx(HEADERS, Arrays.asList(rows));
    }

    public static byte[] xlsx(List<String> headers, List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Đảng viên");
            Row top = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                top.createCell(i).setCellValue(headers.get(i));
            }
            int at = 1;
            for (List<Object> values : rows) {
                Row row = sheet.createRow(at++);
                for (int i = 0; values != null && i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value instanceof Formula f) {
                        var cell = (org.apache.poi.xssf.usermodel.XSSFCell) row.createCell(i);
                        cell.setCellFormula(f.formula());
                        if (f.cached() != null) {
                            cell.getCTCell().setV(f.cached());
                            cell.getCTCell().setT(org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType.STR);
                        }
                    } else if (value != null && !"".equals(value)) {
                        row.createCell(i).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @SafeVarargs
    public static byte[] csv(Charset charset, List<Object>... rows) {
        return csv(HEADERS, Arrays.asList(rows), ',', charset);
    }

    public static byte[] csv(List<String> headers, List<List<Object>> rows, char separator, Charset charset) {
        StringBuilder text = new StringBuilder(String.join(String.valueOf(separator), headers)).append("\r\n");
        for (List<Object> row : rows) {
            for (int i = 0; row != null && i < row.size(); i++) {
                text.append(i == 0 ? "" : separator).append(row.get(i) == null ? "" : row.get(i));
            }
            text.append("\r\n");
        }
        return text.toString().getBytes(charset);
    }

    public static byte[] utf8Csv(List<List<Object>> rows) {
        return csv(HEADERS, rows, ',', StandardCharsets.UTF_8);
    }

    /** Uploads as {@code user} and waits until validation has ended. */
    public static ImportStatus validate(MemberImports imports, SignedInUser user, String name, byte[] content) {
        ImportStatus started = TestUsers.as(user, () -> imports.start(name, new ByteArrayResource(content)));
        return settled(imports, user, started.id());
    }

    /** Polls until the job's pass has ended (at most two minutes). */
    public static ImportStatus settled(MemberImports imports, SignedInUser user, String id) {
        long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < until) {
            ImportStatus status = TestUsers.as(user, () -> imports.status(id));
            if (!status.running()) {
                return status;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the import did not finish in two minutes");
    }
}
