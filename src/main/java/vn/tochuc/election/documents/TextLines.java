package vn.tochuc.election.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;

/** Single lines of text on a canvas: word wrapping by measured width, and drawing aligned. */
final class TextLines {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private TextLines() {
    }

    /** Greedy word wrap; a word wider than the line stays whole on a line of its own. */
    static List<String> wrap(String text, BaseFont font, float size, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (line.isEmpty() || font.getWidthPoint(candidate, size) <= width) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Like {@link #wrap}, with the same number of lines made as even as can be: for titles. */
    static List<String> wrapBalanced(String text, BaseFont font, float size, float width) {
        List<String> greedy = wrap(text, font, size, width);
        if (greedy.size() < 2) {
            return greedy;
        }
        float narrow = 0;
        float wide = width;
        for (int i = 0; i < 16; i++) {
            float middle = (narrow + wide) / 2;
            if (wrap(text, font, size, middle).size() <= greedy.size()) {
                wide = middle;
            } else {
                narrow = middle;
            }
        }
        return wrap(text, font, size, wide);
    }

    /** Draws {@code text} with its baseline at {@code y}; {@code align} is an {@link Element} alignment. */
    static void show(PdfContentByte canvas, BaseFont font, float size, int align, String text, float x, float y) {
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.showTextAligned(align, text, x, y, 0);
        canvas.endText();
    }

    static void showCentered(PdfContentByte canvas, BaseFont font, float size, String text, float x, float y) {
        show(canvas, font, size, Element.ALIGN_CENTER, text, x, y);
    }

    static String upper(String text) {
        return text.toUpperCase(VIETNAMESE);
    }
}
