package vn.tochuc.shared;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Vietnamese written before Unicode: the TCVN3 ("ABC") and VNI-Windows font encodings that old spreadsheets
 * and registers carry ("NguyÔn V¨n An", "Nguyeãn Vaên An"), and Unicode in decomposed form (NFD). Detects
 * them in a text and converts them to Unicode NFC.
 *
 * <p>Detection reads the text three ways (as it is, as TCVN3, as VNI) and keeps the reading in which the
 * most words are Vietnamese syllables. It converts only when the text as it is has a word that is not a
 * Vietnamese syllable and the chosen reading has fewer such words, none of them left among more than half
 * of the words that changed. Correct Unicode ("Nguyễn Thị Hoà", "Hà Nội"), ASCII and most Latin-1 words
 * ("café", "Müller") are therefore left alone. A word that reads correctly both ways (TCVN3 "Tó" is "Tú",
 * but "Tó" is a Vietnamese word too) stays as it is: decide a whole column or file with {@link #convert}
 * once most of its cells were detected.
 */
public final class LegacyVietnamese {

    /** TCVN3 = TCVN 5712 "ABC" (.VnTime fonts), VNI-Windows, NFD Unicode. */
    public enum Encoding { TCVN3, VNI, DECOMPOSED }

    /** A text, its Unicode NFC form and the encoding it was found in. */
    public record Conversion(String original, String converted, Encoding encoding) {
    }

    private LegacyVietnamese() {
    }

    /**
     * Empty when the text is already NFC Unicode (or plain ASCII) and needs nothing; otherwise the detected
     * encoding and the text converted to NFC Unicode.
     */
    public static Optional<Conversion> detect(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return Optional.of(new Conversion(text, Normalizer.normalize(text, Normalizer.Form.NFC),
                    Encoding.DECOMPOSED));
        }
        if (!SingleByteText.isSingleByteBeyondAscii(text)) {
            return Optional.empty();
        }
        List<String> words = wordsBeyondAscii(text);
        int asItIs = notSyllables(words, UnaryOperator.identity());
        if (asItIs == 0) {
            return Optional.empty();
        }
        int tcvn3 = notSyllables(words, Tcvn3Text::decode);
        int vni = notSyllables(words, VniText::decode);
        Encoding best = tcvn3 < vni ? Encoding.TCVN3 : vni < tcvn3 ? Encoding.VNI : null;
        int left = Math.min(tcvn3, vni);
        if (best == null || left >= asItIs || 2 * left > words.size()) {
            return Optional.empty();
        }
        return Optional.of(new Conversion(text, convert(text, best), best));
    }

    /**
     * Convert text known to be in {@code encoding} (used once a whole column or file has been decided). A
     * text holding a character no single-byte encoding has (such as "ễ") is already Unicode and is only
     * brought to NFC.
     */
    public static String convert(String text, Encoding encoding) {
        if (text == null) {
            return null;
        }
        if (encoding == Encoding.DECOMPOSED || !SingleByteText.isSingleByteBeyondAscii(text)) {
            return Normalizer.normalize(text, Normalizer.Form.NFC);
        }
        return encoding == Encoding.TCVN3 ? Tcvn3Text.decode(text) : VniText.decode(text);
    }

    /**
     * Which charset to read a CSV file with, from its first bytes: BOM → UTF-8 / UTF-16LE / UTF-16BE; valid
     * UTF-8 → UTF-8; otherwise windows-1252 (legacy single-byte files, recognised by {@link #detect}). A
     * multi-byte sequence cut off at the end of {@code head} does not count against UTF-8.
     */
    public static Charset charsetOf(byte[] head) {
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(head, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        return Utf8Check.isValid(head) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
    }

    private static boolean startsWith(byte[] head, int... bom) {
        if (head.length < bom.length) {
            return false;
        }
        for (int i = 0; i < bom.length; i++) {
            if ((head[i] & 0xFF) != bom[i]) {
                return false;
            }
        }
        return true;
    }

    /** The words (split at spaces and ASCII punctuation and digits) holding a letter beyond ASCII. */
    private static List<String> wordsBeyondAscii(String text) {
        List<String> words = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Tcvn3Text.isSeparator(c)) {
                String word = text.substring(start, i);
                if (word.chars().anyMatch(ch -> ch >= 0x80) && word.chars().anyMatch(Character::isLetter)) {
                    words.add(word);
                }
                start = i + 1;
            }
        }
        return words;
    }

    private static int notSyllables(List<String> words, UnaryOperator<String> reading) {
        return (int) words.stream().map(reading).filter(w -> !VietnameseSyllables.isSyllable(w)).count();
    }
}
