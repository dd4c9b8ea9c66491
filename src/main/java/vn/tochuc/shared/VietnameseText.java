package vn.tochuc.shared;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text rules: NFC on input, a folded search key (no diacritics, đ→d, lower case, single
 * spaces) and the Vietnamese collation order (a ă â b c d đ e ê …).
 */
public final class VietnameseText {

    /** White space including the no-break spaces that names pasted from word processors carry. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Collator COLLATOR = Collator.getInstance(new ULocale("vi", "VN")).freeze();

    private VietnameseText() {
    }

    /** Unicode NFC with trimmed, single-spaced white space; {@code null} stays {@code null}. */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }

    /** The accent-insensitive search key: "Đảng ủy  Xã" → "dang uy xa". */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean space = true;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                c = 'd';
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (!space) {
                    out.append(' ');
                }
                space = true;
                continue;
            }
            out.append(Character.toLowerCase(c));
            space = false;
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        return out.substring(0, end).toLowerCase(Locale.ROOT);
    }

    /** Vietnamese collation for display order of names and titles. */
    public static Comparator<String> collator() {
        return COLLATOR::compare;
    }

    /**
     * Order of personal names the Vietnamese way: given name first, then middle names, then family
     * name ("Trần Văn An" sorts by "An", then "Văn", then "Trần").
     */
    public static Comparator<String> personalNameOrder() {
        return Comparator.comparing(VietnameseText::givenNameFirst, COLLATOR::compare);
    }

    /** "Nguyễn Thị Hoa" → "Hoa Thị Nguyễn": the key by which Vietnamese name lists are sorted. */
    public static String givenNameFirst(String fullName) {
        String[] parts = normalize(fullName).split(" ");
        StringBuilder key = new StringBuilder();
        for (int i = parts.length - 1; i >= 0; i--) {
            key.append(parts[i]);
            if (i > 0) {
                key.append(' ');
            }
        }
        return key.toString();
    }
}
