package vn.tochuc.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * TCVN 5712:1993 ("ABC", the .VnTime/.VnArial fonts) to Unicode. Bytes 0x80–0xFF follow the standard's
 * VN1 table (as in glibc's TCVN5712-1 and the X11 TCVN converter): the .VnTime fonts use the lower-case
 * letters and the seven capitals Ă Â Ê Ô Ơ Ư Đ (0xA1–0xA7); the other capitals with tone marks sit where VN1
 * puts them. The capitals-only fonts (.VnTimeH, .VnArialH) draw capitals at the lower-case positions: a text
 * whose Latin letters are all capitals (at least two of them) is taken to be written in such a font and its
 * Vietnamese letters come out as capitals too ("NGUYÔN" → "NGUYỄN"). The normal fonts have no Á, Ấ, Ử…, so
 * names written in them carry the lower-case letter: in a text whose words all begin with a capital ("Bïi
 * ThÞ Ngäc ¸nh") a later word that begins with such a letter gets the capital ("Bùi Thị Ngọc Ánh"); the first
 * word keeps its small letter, as in "ấp Tân Lợi", and so do ă â ê ô ơ ư đ, whose capitals the fonts have.
 * Bytes 0xB0–0xB4 are the standard's
 * separate tone marks and count only right after a vowel. The capitals VN1 puts among the control
 * characters (0x01–0x17) are not read: no spreadsheet cell or CSV field carries them.
 */
final class Tcvn3Text {

    private static final String HIGH = ""
            + "ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨ" // 0x80
            + "ÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ" // 0x90
            + "\0ĂÂÊÔƠƯĐăâêôơưđẰ" // 0xA0
            + "\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ" // 0xB0
            + "ẮẦẨẪẤỀặầẩẫấậèỂẻẽ" // 0xC0
            + "éẹềểễếệìỉỄẾỒĩíịò" // 0xD0
            + "Ổỏõóọồổỗốộờởỡớợù" // 0xE0
            + "ỖủũúụừửữứựỳỷỹýỵỐ"; // 0xF0

    private Tcvn3Text() {
    }

    static String decode(String text) {
        boolean capitalsFont = writtenInCapitals(text);
        boolean titleCase = !capitalsFont && wordsBeginWithCapitals(text);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int b = SingleByteText.byteOf(c);
            char mapped = b >= 0x80 ? HIGH.charAt(b - 0x80) : '\0';
            if (mapped == '\0' || isToneMark(mapped) && !followsVowel(out)) {
                out.append(c);
            } else if (capitalsFont || titleCase && b > 0xAE && i > 0 && isSeparator(text.charAt(i - 1))) {
                out.append(Character.toUpperCase(mapped));
            } else {
                out.append(mapped);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    private static boolean writtenInCapitals(String text) {
        int capitals = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return false;
            }
            if (c >= 'A' && c <= 'Z') {
                capitals++;
            }
        }
        return capitals >= 2;
    }

    /** Some word begins with an ASCII letter or a TCVN3 capital, and every such word with a capital. */
    private static boolean wordsBeginWithCapitals(String text) {
        boolean some = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (i > 0 && !isSeparator(text.charAt(i - 1)) || !(c < 0x80 && Character.isLetter(c) || isCapital(c))) {
                continue;
            }
            if (Character.isLowerCase(c)) {
                return false;
            }
            some = true;
        }
        return some;
    }

    private static boolean isCapital(char c) {
        int b = SingleByteText.byteOf(c);
        return b >= 0x80 && Character.isUpperCase(HIGH.charAt(b - 0x80));
    }

    static boolean isSeparator(char c) {
        return c < 0x80 && !Character.isLetter(c) || Character.isWhitespace(c) || c == '\u00A0';
    }

    private static boolean isToneMark(char c) {
        return c >= '\u0300' && c <= '\u0323';
    }

    /** The last letter written is a vowel without a tone yet, so a separate tone mark may go on it. */
    private static boolean followsVowel(CharSequence out) {
        if (out.isEmpty()) {
            return false;
        }
        String last = Normalizer.normalize(out.subSequence(out.length() - 1, out.length()), Normalizer.Form.NFD)
                .toLowerCase(Locale.ROOT);
        return "aeiouy".indexOf(last.charAt(0)) >= 0 && last.chars().noneMatch(Tcvn3Text::isTone);
    }

    private static boolean isTone(int c) {
        return c == 0x300 || c == 0x301 || c == 0x303 || c == 0x309 || c == 0x323;
    }
}
