package vn.tochuc.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * VNI-Windows (the VNI-Times fonts) to Unicode. VNI writes a base letter followed by mark characters
 * ("Nguyeãn" = e + ã: circumflex and tilde), a few letters as one byte (ñ đ, ô ơ, ö ư, æ ỉ, ì, í, ó ĩ, ò ị,
 * î ỵ) and their capitals one row lower (0xC0–0xDF). Tables from the VNI character chart as carried by the
 * open-source converters (B2Uconverter's vni codec, vietnamese-conversion). A mark takes the case of the
 * letter it follows: old files mix lower-case marks with capitals. A mark that cannot go on the letter before
 * it is left as it is.
 */
final class VniText {

    /** Letters written as one byte, capitals at 0xC0–0xDF and lower case 0x20 higher; plus 0x9F Ỵ and 0xFF ỵ. */
    private static final String LETTER_BYTES = "ÌÍÆÒÓÎÑÔÖ";
    private static final String LETTERS = "ÌÍỈỊĨỴĐƠƯ";
    /** Mark bytes (capital row; the lower-case row is 0x20 higher), each spelling the combining marks it adds. */
    private static final String MARK_BYTES = "ØÙÛÕÏÂÊÀÁÅÃÄÈÉÚÜË";
    private static final String[] MARKS = {
        "\u0300", "\u0301", "\u0309", "\u0303", "\u0323", // ø ù û õ ï: tones
        "\u0302", "\u0306", // â circumflex, ê breve
        "\u0302\u0300", "\u0302\u0301", "\u0302\u0309", "\u0302\u0303", "\u0302\u0323", // à á å ã ä: â + tone
        "\u0306\u0300", "\u0306\u0301", "\u0306\u0309", "\u0306\u0303", "\u0306\u0323" // è é ú ü ë: ă + tone
    };

    private VniText() {
    }

    static String decode(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int b = SingleByteText.byteOf(c);
            char capitalRow = (char) (b >= 0xE0 ? b - 0x20 : b);
            int letter = b >= 0xC0 ? LETTER_BYTES.indexOf(capitalRow) : -1;
            int mark = b >= 0xC0 ? MARK_BYTES.indexOf(capitalRow) : -1;
            if (b == 0x9F || b == 0xFF) {
                out.append(b == 0x9F ? 'Ỵ' : 'ỵ');
            } else if (letter >= 0) {
                char capital = LETTERS.charAt(letter);
                out.append(b < 0xE0 ? capital : Character.toLowerCase(capital));
            } else if (mark >= 0 && fits(out, MARKS[mark])) {
                out.append(MARKS[mark]);
            } else {
                out.append(c);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /**
     * The marks can go on the letter just written: a circumflex on a plain a, e or o, a breve on a plain a, a
     * tone on a vowel (i and y included) that has no tone yet.
     */
    private static boolean fits(StringBuilder out, String marks) {
        int start = out.length();
        while (start > 0 && Character.getType(out.charAt(start - 1)) == Character.NON_SPACING_MARK) {
            start--;
        }
        if (start == 0) {
            return false;
        }
        String letter = Normalizer.normalize(out.substring(start - 1), Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        char base = letter.charAt(0);
        String existing = letter.substring(1);
        char first = marks.charAt(0);
        if (first == '\u0302') {
            return existing.isEmpty() && "aeo".indexOf(base) >= 0;
        }
        if (first == '\u0306') {
            return existing.isEmpty() && base == 'a';
        }
        return "aeiouy".indexOf(base) >= 0 && existing.chars().allMatch(m -> m == 0x302 || m == 0x306 || m == 0x31B);
    }
}
