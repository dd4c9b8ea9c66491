package vn.tochuc.election.documents;

import java.awt.Color;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/** Type, paragraphs and table cells of the minutes, in one place. */
final class MinutesStyle {

    static final float BODY = 12;
    static final float TABLE = 11;
    static final Font TEXT = new Font(PdfFonts.SERIF, BODY);
    static final Font BOLD = new Font(PdfFonts.SERIF_BOLD, BODY);
    static final Font ITALIC = new Font(PdfFonts.SERIF_ITALIC, BODY);
    static final Font UNDERLINED_BOLD = new Font(PdfFonts.SERIF_BOLD, BODY, Font.UNDERLINE);
    static final Font TITLE = new Font(PdfFonts.SERIF_BOLD, 15);
    static final Font CELL = new Font(PdfFonts.SERIF, TABLE);
    static final Font CELL_BOLD = new Font(PdfFonts.SERIF_BOLD, TABLE);
    static final Font SMALL_ITALIC = new Font(PdfFonts.SERIF_ITALIC, 10);
    static final Font HASH = new Font(PdfFonts.MONO, 9.5f);
    static final Color HEADER_FILL = new Color(0xEE, 0xEE, 0xEE);

    private MinutesStyle() {
    }

    static Paragraph paragraph(String text, Font font, int align) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(align);
        p.setLeading(font.getSize() * 1.3f);
        return p;
    }

    /*
     * Spacing above or below a paragraph or table is either none or at least 10 pt: OpenPDF makes it with a
     * line holding one space, and a thinner one lands on the next line of text for readers that sort text
     * by position, which then read "S ố" for "Số".
     */
    static Paragraph body(String text) {
        // left aligned: justified lines are drawn with character spacing that text extraction reads as gaps
        Paragraph p = paragraph(text, TEXT, Element.ALIGN_LEFT);
        p.setLeading(BODY * 1.45f);
        return p;
    }

    static Paragraph section(String text) {
        Paragraph p = paragraph(text, BOLD, Element.ALIGN_LEFT);
        p.setSpacingBefore(12);
        p.setKeepTogether(true);
        return p;
    }

    /** A bordered table over the full width. */
    static PdfPTable table(float... widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(0);
        table.setSpacingAfter(10);
        return table;
    }

    static PdfPCell cell(String text, Font font, int align) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(align);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPaddingTop(2.5f);
        cell.setPaddingBottom(4.5f);
        cell.setPaddingLeft(4);
        cell.setPaddingRight(4);
        cell.setBorderWidth(0.5f);
        return cell;
    }

    static PdfPCell header(String text) {
        PdfPCell cell = cell(text, CELL_BOLD, Element.ALIGN_CENTER);
        cell.setBackgroundColor(HEADER_FILL);
        return cell;
    }

    static PdfPCell number(long value) {
        return cell(Long.toString(value), CELL, Element.ALIGN_RIGHT);
    }

    static PdfPCell plain(Phrase phrase, int align) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(align);
        cell.setPadding(1.5f);
        cell.setLeading(0, 1.3f);
        return cell;
    }

    /** "đảng viên …" → "Đảng viên …" for a label that starts a line. */
    static String capitalized(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(TextLines.VIETNAMESE) + text.substring(1);
    }
}
