package vn.tochuc.election.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.pdf.BaseFont;

/**
 * The DejaVu fonts shipped on the classpath by {@code net.sf.jasperreports:jasperreports-fonts}: they
 * carry every Vietnamese letter (ả, ỷ, ữ, Đ …) as a precomposed glyph. Embedded as subsets with
 * Identity-H encoding, so a PDF prints the same everywhere; no system font is ever looked up. Parsed
 * once per JVM; a {@link BaseFont} keeps no per-document state and is shared by every render.
 */
final class PdfFonts {

    private static final String DIRECTORY = "net/sf/jasperreports/fonts/dejavu/";

    static final BaseFont SERIF = load("DejaVuSerif.ttf");
    static final BaseFont SERIF_BOLD = load("DejaVuSerif-Bold.ttf");
    static final BaseFont SERIF_ITALIC = load("DejaVuSerif-Italic.ttf");
    static final BaseFont MONO = load("DejaVuSansMono.ttf");

    private PdfFonts() {
    }

    private static BaseFont load(String file) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(DIRECTORY + file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + DIRECTORY + file
                        + " is not on the classpath: the dependency net.sf.jasperreports:jasperreports-fonts is missing");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.NOT_CACHED,
                    in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
