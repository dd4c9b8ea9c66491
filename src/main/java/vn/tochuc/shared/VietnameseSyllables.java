package vn.tochuc.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a word is a well-formed Vietnamese syllable: an initial consonant, a vowel nucleus and a final
 * consonant from the Vietnamese inventories, at most one tone mark, placed on the vowel the spelling rules
 * put it on (both the old "hoà" and the new "hòa" placement), and after a final c, ch, k, p or t only the sắc
 * or nặng tone. The Central Highlands spellings "Đắk", "Krông" are accepted. Used to tell a legacy-encoded
 * word ("NguyÔn") from a Unicode one ("Nguyễn"): it does not need to know every name, only to rank the
 * readings of the same word.
 */
final class VietnameseSyllables {

    private static final String CODA = "ch|ng|nh|[cmnptk]";
    private static final Pattern SYLLABLE = Pattern.compile(
            "(?<onset>ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|kr|kl|pl|br|dr|[bcdđghklmnprstvx])?(?:"
                    // nuclei ending in a glide take no final consonant
                    + "(?<open>iêu|yêu|oai|oay|oao|oeo|uây|uôi|uya|uyu|ươi|ươu"
                    + "|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|ui|ưa|ưi|ưu)"
                    // nuclei that never end a syllable
                    + "|(?<closed>uyê|iê|yê|oă|uâ|uô|ươ|oo|ă|â)(?<coda>" + CODA + ")"
                    + "|(?<free>oa|oe|uê|uơ|uy|[aeêioôơuưy])(?<freeCoda>" + CODA + ")?)");
    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

    private VietnameseSyllables() {
    }

    /** {@code word} (any case, NFC or NFD) is one Vietnamese syllable. */
    static boolean isSyllable(String word) {
        if (capitalAfterSmallLetter(word)) {
            return false;
        }
        String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder toneless = new StringBuilder(decomposed.length());
        char tone = 0;
        int toneOn = -1;
        int letters = 0;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (TONES.indexOf(c) >= 0) {
                if (tone != 0 || letters == 0) {
                    return false;
                }
                tone = c;
                toneOn = letters - 1;
            } else {
                letters += Character.getType(c) == Character.NON_SPACING_MARK ? 0 : 1;
                toneless.append(c);
            }
        }
        Matcher syllable = SYLLABLE.matcher(Normalizer.normalize(toneless, Normalizer.Form.NFC));
        return syllable.matches() && yeFollowsNoConsonant(syllable) && spelledBeforeFrontVowel(syllable)
                && (tone == 0 || toneFits(syllable, toneOn, tone));
    }

    /** "yê" begins a syllable ("yên", "yêu") or follows "qu" ("quyên"); after other consonants it is "iê". */
    private static boolean yeFollowsNoConsonant(Matcher syllable) {
        String nucleus = nucleus(syllable);
        String onset = syllable.group("onset");
        return !nucleus.startsWith("yê") || onset == null || onset.equals("qu");
    }

    /** "ngh", "gh" and "k" come only before i, e, ê, y; "c" never does (Vietnamese spelling). */
    private static boolean spelledBeforeFrontVowel(Matcher syllable) {
        String onset = syllable.group("onset");
        if (onset == null) {
            return true;
        }
        boolean front = "ieêy".indexOf(nucleus(syllable).charAt(0)) >= 0;
        return switch (onset) {
            case "ngh", "gh", "k" -> front;
            case "c" -> !front;
            default -> true;
        };
    }

    /** "NguyÔn": a capital inside a word that began in small letters is no Vietnamese spelling. */
    private static boolean capitalAfterSmallLetter(String word) {
        boolean small = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (small && Character.isUpperCase(c)) {
                return true;
            }
            small |= Character.isLowerCase(c);
        }
        return false;
    }

    private static boolean toneFits(Matcher syllable, int toneOn, char tone) {
        String coda = syllable.group("coda") != null ? syllable.group("coda") : syllable.group("freeCoda");
        if (coda != null && "c ch k p t".contains(coda) && tone != '\u0301' && tone != '\u0323') {
            return false;
        }
        String nucleus = nucleus(syllable);
        int start = syllable.start("open") >= 0 ? syllable.start("open")
                : syllable.start("closed") >= 0 ? syllable.start("closed") : syllable.start("free");
        int at = toneOn - start;
        if (nucleus.length() == 1 || coda != null) {
            return at == nucleus.length() - 1;
        }
        if (syllable.group("open") != null) {
            return at == nucleus.length() - 2;
        }
        return switch (nucleus) {
            case "oa", "oe", "uy" -> at == 0 || at == 1;
            default -> at == 1;
        };
    }

    private static String nucleus(Matcher syllable) {
        for (String group : new String[] {"open", "closed", "free"}) {
            if (syllable.group(group) != null) {
                return syllable.group(group);
            }
        }
        throw new IllegalStateException("a syllable has a nucleus");
    }
}
