package vn.tochuc.membership;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.tochuc.shared.DomainException;

/**
 * The structure of the 12-digit citizen ID (NĐ 137/2015/NĐ-CP Art. 13; TT 07/2016/TT-BCA Art. 7 — rules §11.1):
 * digits 1–3 the province (old 63 provinces, 000 the country) where the birth was registered, digit 4 century
 * and sex, digits 5–6 the birth year's last two digits. A wrong length is refused; a disagreement with the sex
 * or birth year, or an unknown province, is a finding to flag, never a silent rejection: the ID is authoritative
 * and the typo may be elsewhere.
 */
public final class CitizenIdCheck {

    /** What may be wrong with a well-formed ID, each with a message {@code member.citizenId.<NAME>}. */
    public enum Finding {
        UNKNOWN_PROVINCE,
        SEX_MISMATCH,
        YEAR_MISMATCH
    }

    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");

    /** TT 07/2016/TT-BCA, Phụ lục I. */
    private static final Set<String> PROVINCES = Set.of("000", "001", "002", "004", "006", "008", "010", "011", "012",
            "014", "015", "017", "019", "020", "022", "024", "025", "026", "027", "030", "031", "033", "034", "035",
            "036", "037", "038", "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058",
            "060", "062", "064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083",
            "084", "086", "087", "089", "091", "092", "093", "094", "095", "096");

    private CitizenIdCheck() {
    }

    /** The province codes a citizen ID may start with (TT 07/2016/TT-BCA, Phụ lục I, and 000). */
    public static Set<String> provinceCodes() {
        return PROVINCES;
    }

    /** The ID stripped of spaces, or {@code null} when blank; refused unless exactly 12 digits. */
    public static String normalize(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String digits = text.replaceAll("[\\s.]", "");
        if (!TWELVE_DIGITS.matcher(digits).matches()) {
            throw new DomainException("citizenId", "member.error.citizenIdFormat");
        }
        return digits;
    }

    /** The findings for a well-formed ID of a person of {@code sex} born in {@code birthYear}. */
    public static List<Finding> check(String id, Sex sex, int birthYear) {
        List<Finding> findings = new ArrayList<>();
        if (!PROVINCES.contains(id.substring(0, 3))) {
            findings.add(Finding.UNKNOWN_PROVINCE);
        }
        int code = id.charAt(3) - '0';
        if ((code % 2 == 1) != (sex == Sex.FEMALE)) {
            findings.add(Finding.SEX_MISMATCH);
        }
        int century = 1900 + (code / 2) * 100;
        int year = century + Integer.parseInt(id.substring(4, 6));
        if (year != birthYear) {
            findings.add(Finding.YEAR_MISMATCH);
        }
        return findings;
    }
}
