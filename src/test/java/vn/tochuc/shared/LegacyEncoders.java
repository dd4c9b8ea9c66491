package vn.tochuc.shared;

import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Unicode → TCVN3 and VNI bytes, written for the tests from the published byte charts (independently of the
 * decoder's tables), so that a round trip checks every letter of the alphabet.
 */
final class LegacyEncoders {

    /** Vowels in the order of the tone rows below. */
    static final String VOWELS = "aăâeêioôơuưy";
    /** Tones as combining marks: none, huyền, hỏi, ngã, sắc, nặng (the TCVN3 chart's column order). */
    static final String[] TONES = {"", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"};
    /** TCVN3 byte of each vowel with each tone (0 = the ASCII letter itself). Chart of TCVN 5712:1993. */
    private static final int[][] TCVN3 = {
        {0, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9}, // a
        {0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6}, // ă
        {0xA9, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB}, // â
        {0, 0xCC, 0xCE, 0xCF, 0xD0, 0xD1}, // e
        {0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6}, // ê
        {0, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE}, // i
        {0, 0xDF, 0xE1, 0xE2, 0xE3, 0xE4}, // o
        {0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9}, // ô
        {0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE}, // ơ
        {0, 0xEF, 0xF1, 0xF2, 0xF3, 0xF4}, // u
        {0xAD, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9}, // ư
        {0, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE}, // y
    };
    /** VNI: tone mark bytes (lower case; capitals 0x20 lower) in the order of TONES. */
    private static final int[] VNI_TONE = {0, 0xF8, 0xFB, 0xF5, 0xF9, 0xEF};
    /** VNI: circumflex + tone and breve + tone bytes, in the order of TONES. */
    private static final int[] VNI_CIRCUMFLEX = {0xE2, 0xE0, 0xE5, 0xE3, 0xE1, 0xE4};
    private static final int[] VNI_BREVE = {0xEA, 0xE8, 0xFA, 0xFC, 0xE9, 0xEB};
    /** VNI one-byte letters: i with tones, ỵ. */
    private static final int[] VNI_I = {0, 0xEC, 0xE6, 0xF3, 0xED, 0xF2};

    private LegacyEncoders() {
    }

    /** Every Vietnamese letter beyond ASCII, lower case: 66 vowels with marks and đ. */
    static List<String> lowerCaseLetters() {
        List<String> letters = new ArrayList<>();
        for (char vowel : VOWELS.toCharArray()) {
            for (String tone : TONES) {
                String letter = Normalizer.normalize(vowel + tone, Normalizer.Form.NFC);
                if (letter.charAt(0) >= 0x80) {
                    letters.add(letter);
                }
            }
        }
        letters.add("đ");
        return letters;
    }

    /**
     * TCVN3 bytes of a text. Lower-case letters take their chart position; Ă Â Ê Ô Ơ Ư Đ their own; any other
     * capital with a mark is written as the capitals-only fonts (.VnTimeH) do, at the lower-case position.
     */
    static byte[] tcvn3(String text) {
        byte[] out = new byte[text.length()];
        int n = 0;
        for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
            int capital = "ĂÂÊÔƠƯĐ".indexOf(c);
            if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (capital >= 0) {
                out[n++] = (byte) (0xA1 + capital);
            } else if (c == 'đ') {
                out[n++] = (byte) 0xAE;
            } else {
                int[] vowelAndTone = vowelAndTone(Character.toLowerCase(c));
                out[n++] = (byte) TCVN3[vowelAndTone[0]][vowelAndTone[1]];
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** VNI-Windows bytes of a text; marks after a capital are written as capital marks. */
    static byte[] vni(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
            boolean capital = Character.isUpperCase(c);
            int shift = capital ? 0x20 : 0;
            char lower = Character.toLowerCase(c);
            if (c < 0x80) {
                out.append(c);
            } else if (lower == 'đ') {
                out.append((char) (0xF1 - shift));
            } else {
                int[] vt = vowelAndTone(lower);
                char vowel = VOWELS.charAt(vt[0]);
                int tone = vt[1];
                if (vowel == 'i' || vowel == 'y' && tone == 5) {
                    out.append(vowel == 'y' ? (char) (0xEE - shift) : (char) (VNI_I[tone] - shift));
                    continue;
                }
                String base = switch (vowel) {
                    case 'ơ' -> String.valueOf((char) (0xF4 - shift));
                    case 'ư' -> String.valueOf((char) (0xF6 - shift));
                    case 'ă', 'â' -> "a";
                    case 'ê' -> "e";
                    case 'ô' -> "o";
                    default -> String.valueOf(vowel);
                };
                out.append(capital ? base.toUpperCase(Locale.ROOT) : base);
                if (vowel == 'ă') {
                    out.append((char) (VNI_BREVE[tone] - shift));
                } else if (vowel == 'â' || vowel == 'ê' || vowel == 'ô') {
                    out.append((char) (VNI_CIRCUMFLEX[tone] - shift));
                } else if (tone > 0) {
                    out.append((char) (VNI_TONE[tone] - shift));
                }
            }
        }
        return out.toString().getBytes(Charset.forName("ISO-8859-1"));
    }

    /** What a legacy-font spreadsheet cell shows: each byte as its Latin-1 character. */
    static String cell(byte[] bytes) {
        return new String(bytes, Charset.forName("ISO-8859-1"));
    }

    private static int[] vowelAndTone(char letter) {
        String decomposed = Normalizer.normalize(String.valueOf(letter), Normalizer.Form.NFD);
        int tone = 0;
        for (int t = 1; t < TONES.length; t++) {
            if (decomposed.contains(TONES[t])) {
                tone = t;
                decomposed = decomposed.replace(TONES[t], "");
            }
        }
        int vowel = VOWELS.indexOf(Normalizer.normalize(decomposed, Normalizer.Form.NFC).charAt(0));
        if (vowel < 0) {
            throw new IllegalArgumentException("not a Vietnamese vowel: " + letter);
        }
        return new int[] {vowel, tone};
    }
}
