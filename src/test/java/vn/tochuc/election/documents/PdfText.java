package vn.tochuc.election.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a reader (PDFBox) gets back from a PDF: the text of each page, in NFC, single-spaced. */
public record PdfText(List<String> pages, List<String> fonts) {

    public static PdfText of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(clean(stripper.getText(document)));
            }
            List<String> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts.add(font.getName() + (font.isEmbedded() ? "" : " (not embedded)"));
                }
            }
            return new PdfText(pages, fonts.stream().distinct().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All pages, joined by a new line. */
    public String all() {
        return String.join("\n", pages);
    }

    /** All pages with line breaks as spaces: a sentence wrapped over two lines reads whole. */
    public String flat() {
        return all().replace('\n', ' ').replaceAll(" +", " ");
    }

    static String clean(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u00a0', ' ').replace("\r", "")
                .replaceAll("[ \t]+", " ");
    }
}
