package vn.tochuc.election.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.BaseFont;

/** The DejaVu fonts on the classpath carry every Vietnamese letter, upper and lower case, with each tone. */
class PdfFontsTests {

    @Test
    void everyVietnameseLetterHasAGlyphInEveryFontUsedForText() {
        List<Integer> letters = vietnameseLetters();
        assertThat(letters).hasSizeGreaterThan(130);
        Map<String, BaseFont> fonts = Map.of("serif", PdfFonts.SERIF, "serif bold", PdfFonts.SERIF_BOLD,
                "serif italic", PdfFonts.SERIF_ITALIC);
        fonts.forEach((name, font) -> assertThat(letters).as(name)
                .allSatisfy(c -> assertThat(font.charExists(c)).as("%s has %s", name, Character.toString(c)).isTrue()));
        assertThat("–“”…".codePoints().allMatch(PdfFonts.SERIF::charExists)).isTrue();
    }

    /** a ă â e ê i o ô ơ u ư y in both cases with no tone and the five tone marks, composed (NFC); đ Đ. */
    private static List<Integer> vietnameseLetters() {
        List<Integer> letters = new ArrayList<>(List.of((int) 'đ', (int) 'Đ'));
        String vowels = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY";
        String[] tones = {"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"};
        for (char vowel : vowels.toCharArray()) {
            for (String tone : tones) {
                String composed = Normalizer.normalize(vowel + tone, Normalizer.Form.NFC);
                assertThat(composed.codePointCount(0, composed.length())).as(vowel + tone).isEqualTo(1);
                letters.add(composed.codePointAt(0));
            }
        }
        return letters;
    }
}
