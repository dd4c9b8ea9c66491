package vn.tochuc.membership.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX through POI's streaming workbook: only a window of rows stays in memory, the rest goes to a temporary
 * file, so 200,000 rows take the same memory as 200. Every value is a text cell in the text format "@" (a
 * citizen ID keeps its leading zero and never turns into 1.23E+11, and nothing is ever a formula); the header
 * row is bold and frozen.
 */
public final class XlsxTableWriter implements TableWriter {

    private static final int ROWS_IN_MEMORY = 200;

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final SXSSFSheet sheet;
    private final CellStyle text;
    private int next;

    public XlsxTableWriter(OutputStream out, String sheetName) {
        this.out = out;
        this.sheet = workbook.createSheet(sheetName);
        this.text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
    }

    @Override
    public void header(List<String> titles, List<Integer> widths) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        Row row = sheet.createRow(next++);
        for (int i = 0; i < titles.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(titles.get(i));
            cell.setCellStyle(style);
            sheet.setColumnWidth(i, Math.min(255, widths.get(i)) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void row(long number, List<String> values) {
        Row row = sheet.createRow(next++);
        row.createCell(0).setCellValue(number);
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value != null && !value.isEmpty()) {
                Cell cell = row.createCell(i + 1);
                cell.setCellValue(value);
                cell.setCellStyle(text);
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.write(out);
            out.flush();
        } finally {
            workbook.close();
        }
    }
}
