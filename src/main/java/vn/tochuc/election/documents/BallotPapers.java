package vn.tochuc.election.documents;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Prints secret ballots (phiếu bầu cử, QĐ 244-QĐ/TW Điều 17 khoản 1, kept by QĐ 190-QĐ/TW): the
 * convening committee's name with the place for its seal at the top left, the title and term, the
 * names in the printed order of the list, and the voting instruction. The layout follows
 * {@link BallotPaperSpec#format()}: a numbered list to strike out, or the four columns STT, Họ và tên,
 * Đồng ý, Không đồng ý.
 *
 * <p>One, two or four ballots go on a sheet, separated by dashed cut lines. A long list flows into more
 * columns and, if it must, a smaller type, down to {@value BallotLayout#MIN_NAME_SIZE} pt; a name is never
 * cut. A list that does not fit even so is refused: a ballot is never split over two sheets.
 */
public final class BallotPapers {

    private BallotPapers() {
    }

    /** The ballots as a PDF, {@code perPage} to a sheet, in serial order. */
    public static byte[] render(BallotPaperSpec spec) {
        Rectangle sheet = spec.paper().rectangle();
        List<Rectangle> cells = cells(sheet, spec.perPage());
        BallotLayout layout = BallotLayout.plan(spec, cells.getFirst());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(sheet, 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setFullCompression();
        document.addTitle(spec.title());
        document.addCreator("Tổ Chức");
        document.open();
        for (int first = 0; first < spec.copies(); first += spec.perPage()) {
            PdfContentByte canvas = writer.getDirectContent();
            int onThisSheet = Math.min(spec.perPage(), spec.copies() - first);
            for (int i = 0; i < onThisSheet; i++) {
                String serial = spec.serials() == null ? null : spec.serials().get(first + i);
                layout.draw(canvas, cells.get(i), serial);
            }
            cutLines(canvas, sheet, spec.perPage());
            writer.setPageEmpty(false);
            document.newPage();
        }
        document.close();
        return out.toByteArray();
    }

    /** Whether the list fits one ballot of this paper size and number per sheet at a legible size. */
    public static boolean fits(BallotPaperSpec spec) {
        return BallotLayout.fits(spec, cells(spec.paper().rectangle(), spec.perPage()).getFirst());
    }

    /** The ballots' places on a sheet, top to bottom and left to right. */
    private static List<Rectangle> cells(Rectangle sheet, int perPage) {
        float w = sheet.getWidth();
        float h = sheet.getHeight();
        List<Rectangle> cells = new ArrayList<>();
        switch (perPage) {
            case 1 -> cells.add(new Rectangle(0, 0, w, h));
            case 2 -> {
                cells.add(new Rectangle(0, h / 2, w, h));
                cells.add(new Rectangle(0, 0, w, h / 2));
            }
            default -> {
                cells.add(new Rectangle(0, h / 2, w / 2, h));
                cells.add(new Rectangle(w / 2, h / 2, w, h));
                cells.add(new Rectangle(0, 0, w / 2, h / 2));
                cells.add(new Rectangle(w / 2, 0, w, h / 2));
            }
        }
        return cells;
    }

    private static void cutLines(PdfContentByte canvas, Rectangle sheet, int perPage) {
        if (perPage == 1) {
            return;
        }
        canvas.saveState();
        canvas.setLineWidth(0.5f);
        canvas.setGrayStroke(0.45f);
        canvas.setLineDash(4f, 3f, 0f);
        float midY = sheet.getHeight() / 2;
        canvas.moveTo(0, midY);
        canvas.lineTo(sheet.getWidth(), midY);
        if (perPage == 4) {
            float midX = sheet.getWidth() / 2;
            canvas.moveTo(midX, 0);
            canvas.lineTo(midX, sheet.getHeight());
        }
        canvas.stroke();
        canvas.restoreState();
    }
}
