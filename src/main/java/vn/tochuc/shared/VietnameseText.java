package vn.tochuc.shared;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text rules: NFC on input, a folded search key (no diacritics, đ→d, lower case, single
 * spaces) and the Vietnamese collation order (a ă â b c d đ e ê …).
 */
public final class VietnameseText {

    /** White space including the no-break spaces that names pasted from word processors carry. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    /** Vietnamese order, numbers by value: "tổ dân phố số 2" before "tổ dân phố số 10". */
    private static final Collator COLLATOR = numeric(Collator.getInstance(new ULocale("vi", "VN")));

    private static Collator numeric(Collator collator) {
        ((com.ibm.icu.text.RuleBasedCollator) collator).setNumericCollation(true);
        return collator.freeze();
    }

    private VietnameseText() {
    }

    /** Unicode NFC with trimmed, single-spaced white space; {@code null} stays {@code null}. */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        if (alreadyNormal(text)) {
            return text;
        }
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }

    /**
     * Nothing for {@link #normalize} to change: single spaces between words and no other white space (nor control
     * character), and already NFC — always so for ASCII. The common case on imports of millions of cells.
     */
    private static boolean alreadyNormal(String text) {
        int last = text.length() - 1;
        boolean ascii = true;
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (i == 0 || i == last || text.charAt(i - 1) == ' ') {
                    return false;
                }
            } else if (c < 0x20 || c == 0x7F || (c >= 0x80 && (Character.isWhitespace(c) || Character.isSpaceChar(c)
                    || Character.isISOControl(c)))) {
                return false;
            } else if (c >= 0x80) {
                ascii = false;
            }
        }
        return ascii || Normalizer.isNormalized(text, Normalizer.Form.NFC);
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
     * Order of personal names the Vietnamese way: the given name (last word) first, then the middle names
     * in their written order, then the family name (first word), each compared on its own with the
     * Vietnamese collator. A missing middle name sorts before any: "Lê An" before "Trần Văn An", and
     * "Nguyễn Thị Ánh" before "Nguyễn Thị Bình" before "Đỗ Văn Bình". Comparing part by part matters:
     * compared as one string, "Lê Bá An" would come before "Trần An" (the middle name "Bá" set against
     * the family name "Trần") and "Lê Thị Án" before "Trần Văn An" (the tone of the given name counting
     * only after every later letter).
     */
    public static Comparator<String> personalNameOrder() {
        return VietnameseText::comparePersonalNames;
    }

    /**
     * "Nguyễn Thị Hoa" → "Hoa Thị Nguyễn", "Tôn Nữ Thị Ngọc Hoa" → "Hoa Nữ Thị Ngọc Tôn": the given name,
     * then the middle names in their written order, then the family name. To sort names, use
     * {@link #personalNameOrder()}, which compares these parts one by one.
     */
    public static String givenNameFirst(String fullName) {
        List<String> parts = nameParts(fullName);
        if (parts.size() < 2) {
            return String.join(" ", parts);
        }
        List<String> key = new ArrayList<>(parts.size());
        key.add(parts.getLast());
        key.addAll(parts.subList(1, parts.size() - 1));
        key.add(parts.getFirst());
        return String.join(" ", key);
    }

    private static int comparePersonalNames(String left, String right) {
        List<String> a = nameParts(left);
        List<String> b = nameParts(right);
        int byGiven = COLLATOR.compare(given(a), given(b));
        if (byGiven != 0) {
            return byGiven;
        }
        List<String> middleA = middle(a);
        List<String> middleB = middle(b);
        for (int i = 0; i < Math.min(middleA.size(), middleB.size()); i++) {
            int byMiddle = COLLATOR.compare(middleA.get(i), middleB.get(i));
            if (byMiddle != 0) {
                return byMiddle;
            }
        }
        if (middleA.size() != middleB.size()) {
            return Integer.compare(middleA.size(), middleB.size());
        }
        return COLLATOR.compare(family(a), family(b));
    }

    private static List<String> nameParts(String fullName) {
        String normalized = normalize(fullName);
        return normalized == null || normalized.isEmpty() ? List.of() : List.of(normalized.split(" "));
    }

    private static String given(List<String> parts) {
        return parts.isEmpty() ? "" : parts.getLast();
    }

    private static List<String> middle(List<String> parts) {
        return parts.size() < 3 ? List.of() : parts.subList(1, parts.size() - 1);
    }

    /** A one-word name is a given name alone. */
    private static String family(List<String> parts) {
        return parts.size() < 2 ? "" : parts.getFirst();
    }
}
