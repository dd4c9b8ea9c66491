package vn.tochuc.election.documents;

import static vn.tochuc.election.documents.MinutesStyle.BOLD;
import static vn.tochuc.election.documents.MinutesStyle.ITALIC;
import static vn.tochuc.election.documents.MinutesStyle.TEXT;
import static vn.tochuc.election.documents.MinutesStyle.paragraph;
import static vn.tochuc.election.documents.MinutesStyle.plain;

import java.io.ByteArrayOutputStream;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStamper;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The counting board's minutes of one round (biên bản kiểm phiếu; QĐ 190-QĐ/TW Điều 8 — the board
 * "lập biên bản kiểm phiếu", signs it and seals the ballots), ready to print on A4 and sign: the party
 * document heading, the list, the board, the denominator D with its parts and the threshold, the ballot
 * counts, the votes of every name in list order with their share of D, the elected in descending order,
 * ties and open seats, the explanation, the final hash of the entry log, and a signature block for the
 * head and each member. Pages are numbered "Trang 1/3".
 */
public final class CountingMinutes {

    private static final Rectangle PAGE = PageSize.A4;
    // Margins of party and state documents: left 30 mm, right 20 mm, top and bottom 20 mm.
    private static final float LEFT = 85;
    private static final float RIGHT = 57;
    private static final float TOP = 57;
    private static final float BOTTOM = 64;
    /** The closing sentence above the signatures. */
    private static final float CLOSING_ROOM = 50;

    private CountingMinutes() {
    }

    public static byte[] render(MinutesSpec spec) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(new Rectangle(PAGE), LEFT, RIGHT, TOP, BOTTOM);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setFullCompression();
        document.addTitle("Biên bản kiểm phiếu – " + spec.heading().electionTitle());
        document.addCreator("Tổ Chức");
        document.open();
        heading(document, spec);
        new MinutesBody(spec, document, writer).write();
        signatures(document, writer, spec);
        document.close();
        return numberPages(out.toByteArray());
    }

    private static void heading(Document document, MinutesSpec spec) {
        PdfPTable top = new PdfPTable(new float[] {44, 56});
        top.setWidthPercentage(100);
        Phrase left = new Phrase();
        left.add(new Phrase(TextLines.upper(spec.heading().organizationName()) + "\n", TEXT));
        left.add(new Phrase("BAN KIỂM PHIẾU\n", BOLD));
        left.add(new Phrase("*", TEXT));
        top.addCell(plain(left, Element.ALIGN_CENTER));
        Phrase right = new Phrase();
        right.add(new Phrase("ĐẢNG CỘNG SẢN VIỆT NAM\n", MinutesStyle.UNDERLINED_BOLD));
        right.add(new Phrase("\n" + VietnameseDates.dateLine(spec.place(), spec.date()), ITALIC));
        top.addCell(plain(right, Element.ALIGN_CENTER));
        top.setSpacingAfter(18);
        document.add(top);
        document.add(paragraph("BIÊN BẢN KIỂM PHIẾU", MinutesStyle.TITLE, Element.ALIGN_CENTER));
        document.add(paragraph(spec.heading().electionTitle(), BOLD, Element.ALIGN_CENTER));
        document.add(paragraph("(Lần bỏ phiếu thứ " + spec.heading().round() + ")", ITALIC, Element.ALIGN_CENTER));
        String congress = spec.heading().term().isEmpty() ? spec.heading().congressName()
                : spec.heading().congressName() + ", " + spec.heading().term();
        Paragraph line = paragraph(congress, TEXT, Element.ALIGN_CENTER);
        line.setSpacingAfter(12);
        document.add(line);
    }

    /** The head first, then each member, two to a row; a block is never split across pages. */
    private static void signatures(Document document, PdfWriter writer, MinutesSpec spec) {
        PdfPTable table = new PdfPTable(2);
        table.setTotalWidth(PAGE.getWidth() - LEFT - RIGHT);
        table.setLockedWidth(true);
        table.setSplitRows(false);
        table.setSpacingBefore(12);
        table.addCell(signature("TRƯỞNG BAN", spec.board().head()));
        for (String member : spec.board().members()) {
            table.addCell(signature("THÀNH VIÊN", member));
        }
        if (spec.board().members().size() % 2 == 0) {
            table.addCell(plain(new Phrase(""), Element.ALIGN_CENTER));
        }
        // the closing sentence and every signature on one page, unless the board is too big for any page
        float needed = CLOSING_ROOM + table.getTotalHeight();
        float left = writer.getVerticalPosition(false) - document.bottom();
        if (left < needed && needed < PAGE.getHeight() - TOP - BOTTOM) {
            document.newPage();
        }
        Paragraph closing = MinutesStyle.body("Biên bản này được Ban kiểm phiếu lập, đọc lại và thống nhất ký tên dưới đây.");
        closing.setSpacingBefore(12);
        document.add(closing);
        document.add(table);
    }

    /** Role, "(Ký, ghi rõ họ tên)", room to sign, then the name. */
    private static PdfPCell signature(String role, String name) {
        PdfPCell cell = plain(new Phrase(""), Element.ALIGN_CENTER);
        cell.addElement(paragraph(role, BOLD, Element.ALIGN_CENTER));
        cell.addElement(paragraph("(Ký, ghi rõ họ tên)", MinutesStyle.SMALL_ITALIC, Element.ALIGN_CENTER));
        Paragraph signed = paragraph(name, BOLD, Element.ALIGN_CENTER);
        signed.setSpacingBefore(48);
        cell.addElement(signed);
        cell.setPaddingBottom(12);
        return cell;
    }

    /** Stamps "Trang i/n" at the foot of every page, once the number of pages is known. */
    private static byte[] numberPages(byte[] pdf) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 4096);
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfStamper stamper = new PdfStamper(reader, out);
            int pages = reader.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                PdfContentByte canvas = stamper.getOverContent(page);
                TextLines.showCentered(canvas, PdfFonts.SERIF, 10, "Trang " + page + "/" + pages,
                        (PAGE.getWidth() + LEFT - RIGHT) / 2, 30);
            }
            stamper.close();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
