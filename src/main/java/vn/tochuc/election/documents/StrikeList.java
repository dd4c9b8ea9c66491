package vn.tochuc.election.documents;

import java.util.List;
import java.util.Optional;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;

/**
 * The numbered names of a list with a surplus, to be struck out, in as many columns as it takes (filled
 * top to bottom, then left to right) at the largest type that fits; the columns are centred.
 */
record StrikeList(List<String> names, float size, int columns, int rows, float numberWidth, float columnWidth,
        float gap) {

    private static final BaseFont FONT = PdfFonts.SERIF;
    private static final float LEADING = 1.5f;
    private static final int MAX_COLUMNS = 6;

    /** The largest type from {@code maxSize} down to {@code minSize} (then the fewest columns) that fits. */
    static Optional<StrikeList> fit(List<String> names, float width, float height, float maxSize, float minSize) {
        float widest = 0;
        for (String name : names) {
            widest = Math.max(widest, FONT.getWidthPoint(name, 1));
        }
        String longestNumber = names.size() + ".";
        for (float size = maxSize; size >= minSize; size -= 0.25f) {
            float numberWidth = FONT.getWidthPoint(longestNumber, size) + size * 0.4f;
            float needed = numberWidth + widest * size;
            float gap = size * 1.5f;
            for (int columns = 1; columns <= MAX_COLUMNS; columns++) {
                int rows = (names.size() + columns - 1) / columns;
                if (rows * size * LEADING > height) {
                    continue;
                }
                if (columns * needed + (columns - 1) * gap > width) {
                    break;
                }
                return Optional.of(new StrikeList(names, size, columns, rows, numberWidth, needed, gap));
            }
        }
        return Optional.empty();
    }

    float height() {
        return rows * size * LEADING;
    }

    void draw(PdfContentByte canvas, float left, float top, float width) {
        float used = columns * columnWidth + (columns - 1) * gap;
        float x0 = left + (width - used) / 2;
        float leading = size * LEADING;
        for (int i = 0; i < names.size(); i++) {
            int column = i / rows;
            int row = i % rows;
            float x = x0 + column * (columnWidth + gap);
            float baseline = top - row * leading - (leading + size * 0.7f) / 2;
            TextLines.show(canvas, FONT, size, Element.ALIGN_RIGHT, (i + 1) + ".", x + numberWidth - size * 0.4f, baseline);
            TextLines.show(canvas, FONT, size, Element.ALIGN_LEFT, names.get(i), x + numberWidth, baseline);
        }
    }
}
