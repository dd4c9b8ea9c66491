package vn.tochuc.election.documents;

import java.util.List;
import java.util.Optional;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;

/**
 * The four columns of a list without surplus (STT, Họ và tên, Đồng ý, Không đồng ý; QĐ 244-QĐ/TW Điều 17
 * khoản 1), the same for a single name. A long list is split into tables side by side, each with its
 * header, before the type gets smaller.
 */
record MarkTable(List<String> names, float size, int groups, int rows, float numberWidth, float boxWidth,
        float gap) {

    static final String NUMBER = "STT";
    static final String NAME = "Họ và tên";
    static final String AGREE = "Đồng ý";
    static final String DISAGREE = "Không đồng ý";

    private static final BaseFont FONT = PdfFonts.SERIF;
    private static final BaseFont BOLD = PdfFonts.SERIF_BOLD;
    private static final float ROW = 1.9f;
    private static final int MAX_GROUPS = 3;

    static Optional<MarkTable> fit(List<String> names, float width, float height, float maxSize, float minSize) {
        float widest = FONT.getWidthPoint(NAME, 1);
        for (String name : names) {
            widest = Math.max(widest, FONT.getWidthPoint(name, 1));
        }
        for (float size = maxSize; size >= minSize; size -= 0.25f) {
            float pad = size * 0.5f;
            float numberWidth = Math.max(BOLD.getWidthPoint(NUMBER, size), FONT.getWidthPoint(names.size() + "", size)) + 2 * pad;
            float boxWidth = BOLD.getWidthPoint(DISAGREE, size) + 2 * pad;
            float needed = numberWidth + widest * size + 2 * pad + 2 * boxWidth;
            float gap = size * 1.5f;
            for (int groups = 1; groups <= MAX_GROUPS; groups++) {
                int rows = (names.size() + groups - 1) / groups;
                if ((rows + 1) * size * ROW > height) {
                    continue;
                }
                if (groups * needed + (groups - 1) * gap > width) {
                    break;
                }
                return Optional.of(new MarkTable(names, size, groups, rows, numberWidth, boxWidth, gap));
            }
        }
        return Optional.empty();
    }

    float height() {
        return (rows + 1) * size * ROW;
    }

    void draw(PdfContentByte canvas, float left, float top, float width) {
        float groupWidth = (width - (groups - 1) * gap) / groups;
        for (int g = 0; g < groups; g++) {
            int from = g * rows;
            int to = Math.min(names.size(), from + rows);
            if (from < to) {
                drawGroup(canvas, left + g * (groupWidth + gap), top, groupWidth, from, to);
            }
        }
    }

    private void drawGroup(PdfContentByte canvas, float x, float top, float width, int from, int to) {
        float rowHeight = size * ROW;
        float nameWidth = width - numberWidth - 2 * boxWidth;
        float[] edges = {x, x + numberWidth, x + numberWidth + nameWidth, x + width - boxWidth, x + width};
        int lines = to - from + 1;
        float bottom = top - lines * rowHeight;
        canvas.saveState();
        canvas.setLineWidth(0.6f);
        for (int i = 0; i <= lines; i++) {
            canvas.moveTo(x, top - i * rowHeight);
            canvas.lineTo(x + width, top - i * rowHeight);
        }
        for (float edge : edges) {
            canvas.moveTo(edge, top);
            canvas.lineTo(edge, bottom);
        }
        canvas.stroke();
        canvas.restoreState();
        float headerBaseline = top - (rowHeight + size * 0.7f) / 2;
        String[] headers = {NUMBER, NAME, AGREE, DISAGREE};
        for (int c = 0; c < 4; c++) {
            TextLines.showCentered(canvas, BOLD, size, headers[c], (edges[c] + edges[c + 1]) / 2, headerBaseline);
        }
        for (int i = from; i < to; i++) {
            float baseline = headerBaseline - (i - from + 1) * rowHeight;
            TextLines.showCentered(canvas, FONT, size, Integer.toString(i + 1), (edges[0] + edges[1]) / 2, baseline);
            TextLines.show(canvas, FONT, size, Element.ALIGN_LEFT, names.get(i), edges[1] + size * 0.5f, baseline);
        }
    }
}
