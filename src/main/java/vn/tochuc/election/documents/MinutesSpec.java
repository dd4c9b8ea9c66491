package vn.tochuc.election.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.tochuc.shared.VietnameseText;

/**
 * What the counting board's minutes of one round say (biên bản kiểm phiếu; QĐ 190-QĐ/TW Điều 8, rules
 * §1.9): plain strings and numbers, the caller maps its own records onto them. The arithmetic is checked
 * here, so a set of minutes whose figures do not add up is never printed: D equals the convened minus
 * every exclusion, the threshold is D/2 + 1 (Điều lệ Đảng Điều 12 khoản 3), valid plus invalid equals the
 * ballots returned, the reasons add up to the invalid ballots, and the rows are the list in its order.
 *
 * @param heading       who holds what election
 * @param listInOrder   the election list in the printed (A-B-C) order
 * @param board         the counting board (ban kiểm phiếu)
 * @param base          the denominator D with its parts, and the threshold
 * @param ballots       attendance and ballot counts
 * @param candidates    votes per name, in list order
 * @param outcome       who is elected, ties, unfilled seats and the board's explanation
 * @param entryLogHash  the final hash of the ballot entry log (nhật ký nhập phiếu); {@code null} if none
 * @param place         the place name of the date line, e.g. "Chiềng Mai"
 * @param date          the day the minutes are signed
 */
public record MinutesSpec(Heading heading, List<String> listInOrder, Board board, Base base, Ballots ballots,
        List<Row> candidates, Outcome outcome, String entryLogHash, String place, LocalDate date) {

    /**
     * @param organizationName the party organisation, top left, e.g. "Đảng bộ xã Chiềng Mai"
     * @param congressName     e.g. "Đại hội đại biểu Đảng bộ xã Chiềng Mai lần thứ I"
     * @param term             e.g. "nhiệm kỳ 2025–2030"
     * @param electionTitle    what is elected, e.g. "Bầu Ban Chấp hành Đảng bộ xã khóa I"
     * @param seats            how many are to be elected (in this round)
     * @param round            the round, 1 for the first vote
     */
    public record Heading(String organizationName, String congressName, String term, String electionTitle, int seats,
            int round) {
        public Heading {
            organizationName = text(organizationName, "organizationName");
            congressName = text(congressName, "congressName");
            term = term == null ? "" : VietnameseText.normalize(term);
            electionTitle = text(electionTitle, "electionTitle");
            positive(seats, "seats");
            positive(round, "round");
        }
    }

    /** The head of the counting board (trưởng ban) and its other members. */
    public record Board(String head, List<String> members) {
        public Board {
            head = text(head, "board head");
            members = texts(members, "board member");
        }
    }

    /** A labelled count: an exclusion from D, or a reason ballots were invalid. */
    public record Part(String label, int count) {
        public Part {
            label = text(label, "label");
            if (count < 0) {
                throw new IllegalArgumentException("negative count for " + label);
            }
        }
    }

    /**
     * The denominator of QĐ 244-QĐ/TW Điều 32 (kept by QĐ 190-QĐ/TW).
     *
     * @param voters     "đảng viên" at a members' congress, "đại biểu" at a delegates' congress
     * @param convened   official members (delegates) convened
     * @param exclusions each exclusion with its Vietnamese label, e.g. ("đảng viên vắng mặt suốt thời gian
     *                   đại hội có lý do chính đáng được cấp ủy đồng ý", 2)
     */
    public record Base(String voters, int convened, List<Part> exclusions, int denominator, int threshold) {
        public Base {
            voters = text(voters, "voters");
            positive(convened, "convened");
            exclusions = List.copyOf(exclusions);
            int excluded = exclusions.stream().mapToInt(Part::count).sum();
            if (denominator != convened - excluded) {
                throw new IllegalArgumentException("D = " + denominator + " but " + convened + " convened minus "
                        + excluded + " excluded is " + (convened - excluded));
            }
            positive(denominator, "denominator");
            if (threshold != denominator / 2 + 1) {
                throw new IllegalArgumentException("threshold " + threshold + " is not more than half of D = " + denominator);
            }
        }
    }

    /**
     * @param present present at the vote, or {@code null} when not recorded
     * @param absent  absent at the vote, or {@code null} when not recorded
     */
    public record Ballots(Integer present, Integer absent, int issued, int returned, int valid, int invalid,
            List<Part> invalidByReason) {
        public Ballots {
            invalidByReason = List.copyOf(invalidByReason);
            if (issued < 0 || returned < 0 || valid < 0 || invalid < 0) {
                throw new IllegalArgumentException("negative ballot count");
            }
            if (valid + invalid != returned) {
                throw new IllegalArgumentException(valid + " valid + " + invalid + " invalid ≠ " + returned + " returned");
            }
            int reasons = invalidByReason.stream().mapToInt(Part::count).sum();
            if (reasons != invalid) {
                throw new IllegalArgumentException("reasons add up to " + reasons + ", not " + invalid + " invalid");
            }
        }
    }

    /** One name of the list: its place, its votes and whether it is elected. */
    public record Row(int position, String name, int votes, boolean elected) {
        public Row {
            positive(position, "position");
            name = text(name, "name");
            if (votes < 0) {
                throw new IllegalArgumentException("negative votes for " + name);
            }
        }
    }

    /**
     * @param electedInOrder the elected, most votes first
     * @param tied           names tied across the last seat(s), not elected
     * @param unfilledSeats  seats left open
     * @param explanation    Vietnamese sentences, printed as written
     */
    public record Outcome(List<String> electedInOrder, List<String> tied, int unfilledSeats, List<String> explanation) {
        public Outcome {
            electedInOrder = texts(electedInOrder, "elected name");
            tied = texts(tied, "tied name");
            explanation = texts(explanation, "explanation");
            if (unfilledSeats < 0) {
                throw new IllegalArgumentException("negative unfilled seats");
            }
        }
    }

    public MinutesSpec {
        Objects.requireNonNull(heading, "heading");
        listInOrder = texts(listInOrder, "list name");
        if (listInOrder.isEmpty()) {
            throw new IllegalArgumentException("the election list is empty");
        }
        Objects.requireNonNull(board, "board");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(ballots, "ballots");
        candidates = List.copyOf(candidates);
        Objects.requireNonNull(outcome, "outcome");
        entryLogHash = entryLogHash == null || entryLogHash.isBlank() ? null : entryLogHash.strip();
        place = text(place, "place");
        Objects.requireNonNull(date, "date");
        if (!candidates.stream().map(Row::name).toList().equals(listInOrder)) {
            throw new IllegalArgumentException("the rows are not the election list in its order");
        }
        List<String> elected = candidates.stream().filter(Row::elected).map(Row::name).toList();
        if (elected.size() != outcome.electedInOrder().size() || !elected.containsAll(outcome.electedInOrder())) {
            throw new IllegalArgumentException("the elected names differ from the rows marked elected");
        }
        if (elected.size() > heading.seats()) {
            throw new IllegalArgumentException(elected.size() + " elected for " + heading.seats() + " seats");
        }
        if (!listInOrder.containsAll(outcome.tied())) {
            throw new IllegalArgumentException("a tied name is not on the list");
        }
    }

    private static String text(String value, String what) {
        String normalized = VietnameseText.normalize(value);
        if (normalized == null || normalized.isEmpty()) {
            throw new IllegalArgumentException(what + " is blank");
        }
        return normalized;
    }

    private static List<String> texts(List<String> values, String what) {
        Objects.requireNonNull(values, what);
        return values.stream().map(value -> text(value, what)).toList();
    }

    private static void positive(int value, String what) {
        if (value < 1) {
            throw new IllegalArgumentException(what + " must be at least 1: " + value);
        }
    }
}
