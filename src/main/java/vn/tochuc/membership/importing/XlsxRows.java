package vn.tochuc.membership.importing;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import vn.tochuc.shared.DateFormats;
import vn.tochuc.shared.DomainException;

/**
 * The first sheet of an XLSX file, pulled row by row from its XML (StAX): memory stays flat however many rows
 * the sheet has. Zip bombs are refused by POI's inflate-ratio check; a formula gives its stored result, or is
 * reported when the file holds none; date-formatted numbers become dd/MM/yyyy; other numbers are written
 * without exponent or trailing zeros (a citizen ID typed as a number stays readable).
 */
final class XlsxRows implements SheetRows {

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(4L * 1024 * 1024 * 1024 - 1);
    }

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private final OPCPackage pack;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final InputStream sheet;
    private final XMLStreamReader xml;
    private long estimated;
    private Row next;
    private boolean done;

    XlsxRows(Path file) {
        try {
            refuseHugeSharedStrings(file);
            pack = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(pack);
            strings = new ReadOnlySharedStringsTable(pack, false);
            styles = reader.getStylesTable();
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new DomainException("file", "import.error.noSheet");
            }
            sheet = sheets.next();
            xml = XML.createXMLStreamReader(sheet);
        } catch (DomainException e) {
            throw e;
        } catch (IOException e) {
            throw unreadable(e);
        } catch (Exception e) {
            throw new DomainException("file", "import.error.notXlsx");
        }
    }

    @Override
    public long estimatedRows() {
        return estimated;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            next = read();
            done = next == null;
        }
        return next != null;
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Row row = next;
        next = null;
        return row;
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // closing anyway
        }
        sheet.close();
        pack.revert();
    }

    private Row read() {
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && "dimension".equals(xml.getLocalName())) {
                    estimated = lastRow(xml.getAttributeValue(null, "ref"));
                } else if (event == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                    return row();
                }
            }
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof DomainException d) {
                throw d;
            }
            throw unreadable(e);
        }
    }

    private Row row() throws XMLStreamException {
        int number = Integer.parseInt(xml.getAttributeValue(null, "r"));
        if (number > ImportLimits.MAX_XLSX_ROWS) {
            throw new DomainException("file", "import.error.tooManyRows", ImportLimits.MAX_XLSX_ROWS);
        }
        List<String> cells = new ArrayList<>();
        List<CellIssue> issues = new ArrayList<>(0);
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
                cell(cells, issues);
            }
        }
        return new Row(number, cells, issues);
    }

    private void cell(List<String> cells, List<CellIssue> issues) throws XMLStreamException {
        int column = column(xml.getAttributeValue(null, "r"), cells.size());
        String type = xml.getAttributeValue(null, "t");
        String style = xml.getAttributeValue(null, "s");
        String value = null;
        StringBuilder inline = null;
        boolean formula = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && "c".equals(xml.getLocalName())) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "f" -> formula = true;
                case "v" -> value = xml.getElementText();
                case "t" -> (inline == null ? inline = new StringBuilder() : inline).append(xml.getElementText());
                default -> { }
            }
        }
        if (column >= ImportLimits.MAX_COLUMNS) {
            return;
        }
        while (cells.size() <= column) {
            cells.add(null);
        }
        if ("e".equals(type)) {
            issues.add(new CellIssue(column, "import.cell.error", value));
        } else if (formula && value == null) {
            issues.add(new CellIssue(column, "import.cell.formula", null));
        } else {
            cells.set(column, text(type, style, value, inline));
        }
    }

    private String text(String type, String style, String value, StringBuilder inline) {
        if ("inlineStr".equals(type)) {
            return inline == null ? null : inline.toString();
        }
        if (value == null) {
            return null;
        }
        return switch (type == null ? "n" : type) {
            case "s" -> strings.getItemAt(Integer.parseInt(value.strip())).getString();
            case "b" -> "1".equals(value) ? "TRUE" : "FALSE";
            case "n" -> number(style, value);
            default -> value;
        };
    }

    private String number(String style, String value) {
        double number = Double.parseDouble(value);
        if (style != null && styles != null) {
            XSSFCellStyle cellStyle = styles.getStyleAt(Integer.parseInt(style));
            if (cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString())
                    && DateUtil.isValidExcelDate(number)) {
                return DateFormats.format(DateUtil.getLocalDateTime(number).toLocalDate());
            }
        }
        return new BigDecimal(value).stripTrailingZeros().toPlainString();
    }

    /** "AB12" → 27; a cell without a reference follows the previous one. */
    static int column(String reference, int next) {
        if (reference == null) {
            return next;
        }
        int column = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            if (column > 16_384) {
                return Integer.MAX_VALUE;
            }
        }
        return column - 1;
    }

    /** "A1:W500" → 500. */
    private static long lastRow(String ref) {
        if (ref == null || !ref.contains(":")) {
            return 0;
        }
        String digits = ref.substring(ref.indexOf(':') + 1).replaceAll("\\D", "");
        return digits.isEmpty() || digits.length() > 9 ? 0 : Long.parseLong(digits);
    }

    private static void refuseHugeSharedStrings(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().endsWith("sharedStrings.xml") && entry.getSize() > ImportLimits.MAX_SHARED_STRINGS_BYTES) {
                    throw new DomainException("file", "import.error.tooLarge");
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new DomainException("file", "import.error.notXlsx");
        }
    }

    private static DomainException unreadable(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains("zip bomb")
                    || message.contains("ZipSecureFile"))) {
                return new DomainException("file", "import.error.zipBomb");
            }
        }
        return new DomainException("file", "import.error.xlsxCorrupt");
    }
}
