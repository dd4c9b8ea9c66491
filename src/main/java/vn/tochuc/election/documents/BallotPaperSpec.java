package vn.tochuc.election.documents;

import java.util.List;
import java.util.Objects;
import vn.tochuc.shared.VietnameseText;

/**
 * What to print on a run of secret ballots (QĐ 244-QĐ/TW Điều 17 khoản 1; rules §1.4). The caller
 * produces the serials: random, one per ballot, and never linked to a voter — they only let the counting
 * board recognise its own ballots (a ballot not issued by the board is invalid).
 *
 * @param organizationName the convening committee, printed top left where its seal goes, e.g.
 *                         "Đảng bộ xã Chiềng Mai" (printed in capitals)
 * @param title            e.g. "Phiếu bầu Ban Chấp hành Đảng bộ xã Chiềng Mai khóa I" (printed in capitals)
 * @param subtitle         the term, e.g. "Nhiệm kỳ 2025–2030" (printed in capitals); may be blank
 * @param candidates       the names in the printed (A-B-C) order of the election list
 * @param seats            how many are to be elected
 * @param perPage          ballots per sheet: 1, 2 (one above the other) or 4 (two by two), with cut lines
 * @param copies           how many ballots
 * @param serials          {@code null}, or exactly {@code copies} serials, printed in the bottom right corner
 */
public record BallotPaperSpec(String organizationName, String title, String subtitle, List<String> candidates,
        int seats, PaperSize paper, int perPage, int copies, List<String> serials) {

    public BallotPaperSpec {
        organizationName = required(organizationName, "organizationName");
        title = required(title, "title");
        subtitle = subtitle == null ? "" : VietnameseText.normalize(subtitle);
        Objects.requireNonNull(candidates, "candidates");
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("the list has no names");
        }
        candidates = candidates.stream().map(name -> required(name, "candidate name")).toList();
        if (seats < 1) {
            throw new IllegalArgumentException("seats must be at least 1: " + seats);
        }
        Objects.requireNonNull(paper, "paper");
        if (perPage != 1 && perPage != 2 && perPage != 4) {
            throw new IllegalArgumentException("ballots per sheet must be 1, 2 or 4: " + perPage);
        }
        if (copies < 1) {
            throw new IllegalArgumentException("copies must be at least 1: " + copies);
        }
        if (serials != null) {
            if (serials.size() != copies) {
                throw new IllegalArgumentException(serials.size() + " serials for " + copies + " ballots");
            }
            serials = serials.stream().map(serial -> required(serial, "serial")).toList();
        }
    }

    /** Ballots of the same run without serials. */
    public BallotPaperSpec(String organizationName, String title, String subtitle, List<String> candidates,
            int seats, PaperSize paper, int perPage, int copies) {
        this(organizationName, title, subtitle, candidates, seats, paper, perPage, copies, null);
    }

    /** The layout the list calls for: a surplus list when there are more names than seats. */
    public BallotFormat format() {
        if (candidates.size() > seats) {
            return BallotFormat.SURPLUS;
        }
        return candidates.size() == 1 ? BallotFormat.SINGLE : BallotFormat.NO_SURPLUS;
    }

    private static String required(String text, String what) {
        String normalized = VietnameseText.normalize(text);
        if (normalized == null || normalized.isEmpty()) {
            throw new IllegalArgumentException(what + " is blank");
        }
        return normalized;
    }
}
