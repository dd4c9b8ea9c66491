package vn.tochuc.election.documents;

import java.util.List;
import org.openpdf.text.Element;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;

/**
 * Where everything goes on one ballot of a given size, planned once for a run and drawn for each copy.
 * Sizes scale with the ballot: 1.0 is an A5 sheet (or half an A4).
 */
final class BallotLayout {

    static final float MIN_NAME_SIZE = 6f;
    static final String PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM";
    static final String SEAL = "(dấu của cấp ủy)";
    static final String STRIKE_NOTE = "Ghi chú: Gạch ngang cả họ và tên người không bầu.";
    static final String MARK_NOTE = "Ghi chú: Đánh dấu X vào ô “Đồng ý” hoặc ô “Không đồng ý” của từng người.";
    static final String SINGLE_NOTE = "Ghi chú: Đánh dấu X vào một trong hai ô “Đồng ý” hoặc “Không đồng ý”.";

    private final float pad;
    private final float headerSize;
    private final float titleSize;
    private final float noteSize;
    private final List<String> organization;
    private final List<String> title;
    private final List<String> subtitle;
    private final String summary;
    private final List<String> note;
    private final float headerHeight;
    private final float titleHeight;
    private final StrikeList strikeList;
    private final MarkTable markTable;

    private BallotLayout(BallotPaperSpec spec, Rectangle cell) {
        float scale = Math.min(cell.getWidth(), cell.getHeight()) / 420f;
        pad = clamp(24 * scale, 12, 40);
        headerSize = clamp(8.5f * scale, 5.5f, 11);
        titleSize = clamp(13 * scale, 8, 16);
        noteSize = clamp(9 * scale, 5.5f, 11);
        float width = cell.getWidth() - 2 * pad;
        organization = TextLines.wrap(TextLines.upper(spec.organizationName()), PdfFonts.SERIF_BOLD, headerSize, width * 0.46f);
        title = TextLines.wrapBalanced(TextLines.upper(spec.title()), PdfFonts.SERIF_BOLD, titleSize, width * 0.94f);
        subtitle = spec.subtitle().isEmpty() ? List.of()
                : TextLines.wrap(TextLines.upper(spec.subtitle()), PdfFonts.SERIF_BOLD, titleSize * 0.85f, width * 0.94f);
        BallotFormat format = spec.format();
        summary = switch (format) {
            case SURPLUS -> "(Danh sách gồm " + spec.candidates().size() + " người, bầu " + spec.seats() + " người)";
            case NO_SURPLUS -> "(Danh sách gồm " + spec.candidates().size() + " người)";
            case SINGLE -> null;
        };
        note = TextLines.wrap(switch (format) {
            case SURPLUS -> STRIKE_NOTE;
            case NO_SURPLUS -> MARK_NOTE;
            case SINGLE -> SINGLE_NOTE;
        }, PdfFonts.SERIF_ITALIC, noteSize, width);
        headerHeight = Math.max((organization.size() + 1) * headerSize * 1.3f + sealHeight(width) + headerSize,
                headerSize * 2.6f);
        titleHeight = title.size() * titleSize * 1.25f + subtitle.size() * titleSize * 1.1f
                + (summary == null ? 0 : noteSize * 1.6f);
        float listHeight = cell.getHeight() - 2 * pad - headerHeight - titleHeight - noteBlockHeight(spec) - 3 * gap();
        float maxSize = clamp(12 * scale, 7, 14);
        if (format == BallotFormat.SURPLUS) {
            strikeList = StrikeList.fit(spec.candidates(), width, listHeight, maxSize, MIN_NAME_SIZE).orElse(null);
            markTable = null;
        } else {
            strikeList = null;
            markTable = MarkTable.fit(spec.candidates(), width, listHeight, maxSize, MIN_NAME_SIZE).orElse(null);
        }
    }

    static BallotLayout plan(BallotPaperSpec spec, Rectangle cell) {
        BallotLayout layout = new BallotLayout(spec, cell);
        if (layout.strikeList == null && layout.markTable == null) {
            throw new IllegalArgumentException("Danh sách " + spec.candidates().size() + " người không in vừa một phiếu khổ "
                    + spec.paper() + ", " + spec.perPage() + " phiếu một tờ, kể cả với cỡ chữ " + (int) MIN_NAME_SIZE
                    + " pt: hãy chọn khổ giấy lớn hơn hoặc ít phiếu hơn trên một tờ.");
        }
        return layout;
    }

    static boolean fits(BallotPaperSpec spec, Rectangle cell) {
        BallotLayout layout = new BallotLayout(spec, cell);
        return layout.strikeList != null || layout.markTable != null;
    }

    void draw(PdfContentByte canvas, Rectangle cell, String serial) {
        float left = cell.getLeft() + pad;
        float right = cell.getRight() - pad;
        float top = cell.getTop() - pad;
        drawHeader(canvas, left, right, top);
        float y = top - headerHeight - gap();
        float centre = (left + right) / 2;
        for (String line : title) {
            y -= titleSize * 1.25f;
            TextLines.showCentered(canvas, PdfFonts.SERIF_BOLD, titleSize, line, centre, y + titleSize * 0.25f);
        }
        for (String line : subtitle) {
            y -= titleSize * 1.1f;
            TextLines.showCentered(canvas, PdfFonts.SERIF_BOLD, titleSize * 0.85f, line, centre, y + titleSize * 0.2f);
        }
        if (summary != null) {
            y -= noteSize * 1.6f;
            TextLines.showCentered(canvas, PdfFonts.SERIF_ITALIC, noteSize, summary, centre, y + noteSize * 0.4f);
        }
        y -= gap();
        if (strikeList != null) {
            strikeList.draw(canvas, left, y, right - left);
        } else {
            markTable.draw(canvas, left, y, right - left);
        }
        drawFooter(canvas, left, right, cell.getBottom() + pad, serial);
    }

    private void drawHeader(PdfContentByte canvas, float left, float right, float top) {
        float width = right - left;
        float leftCentre = left + width * 0.23f;
        float y = top;
        for (String line : organization) {
            y -= headerSize * 1.3f;
            TextLines.showCentered(canvas, PdfFonts.SERIF_BOLD, headerSize, line, leftCentre, y);
        }
        y -= headerSize * 1.3f;
        TextLines.showCentered(canvas, PdfFonts.SERIF, headerSize, "*", leftCentre, y);
        float sealWidth = sealWidth(width);
        float sealTop = y - headerSize * 0.6f;
        canvas.saveState();
        canvas.setLineWidth(0.5f);
        canvas.setGrayStroke(0.55f);
        canvas.setLineDash(2.5f, 2f, 0f);
        canvas.rectangle(leftCentre - sealWidth / 2, sealTop - sealHeight(width), sealWidth, sealHeight(width));
        canvas.stroke();
        canvas.restoreState();
        canvas.saveState();
        canvas.setGrayFill(0.45f);
        TextLines.showCentered(canvas, PdfFonts.SERIF_ITALIC, headerSize * 0.9f, SEAL, leftCentre,
                sealTop - sealHeight(width) / 2 - headerSize * 0.3f);
        canvas.restoreState();
        float rightCentre = right - width * 0.23f;
        float partyBaseline = top - headerSize * 1.3f;
        TextLines.showCentered(canvas, PdfFonts.SERIF_BOLD, headerSize, PARTY, rightCentre, partyBaseline);
        float ruleHalf = PdfFonts.SERIF_BOLD.getWidthPoint(PARTY, headerSize) / 2;
        canvas.setLineWidth(0.5f);
        canvas.moveTo(rightCentre - ruleHalf, partyBaseline - headerSize * 0.35f);
        canvas.lineTo(rightCentre + ruleHalf, partyBaseline - headerSize * 0.35f);
        canvas.stroke();
    }

    private void drawFooter(PdfContentByte canvas, float left, float right, float bottom, String serial) {
        float y = bottom + (serial == null ? 0 : noteSize * 1.6f) + (note.size() - 1) * noteSize * 1.3f;
        for (String line : note) {
            TextLines.show(canvas, PdfFonts.SERIF_ITALIC, noteSize, Element.ALIGN_LEFT, line, left, y);
            y -= noteSize * 1.3f;
        }
        if (serial != null) {
            float size = noteSize * 0.95f;
            float codeWidth = PdfFonts.MONO.getWidthPoint(serial, size);
            TextLines.show(canvas, PdfFonts.SERIF, size, Element.ALIGN_RIGHT, "Số: ", right - codeWidth, bottom);
            TextLines.show(canvas, PdfFonts.MONO, size, Element.ALIGN_RIGHT, serial, right, bottom);
        }
    }

    private float noteBlockHeight(BallotPaperSpec spec) {
        return note.size() * noteSize * 1.3f + (spec.serials() == null ? 0 : noteSize * 1.6f);
    }

    private float gap() {
        return titleSize * 0.6f;
    }

    private float sealWidth(float width) {
        return Math.min(width * 0.3f, headerSize * 14);
    }

    private float sealHeight(float width) {
        return sealWidth(width) * 0.42f;
    }

    private static float clamp(float value, float min, float max) {
        return Math.max(min, Math.min(max, value));
    }
}
