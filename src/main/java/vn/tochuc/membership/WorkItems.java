package vn.tochuc.membership;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The lines of a clerk's work lists ({@link WorkLists}). None carries ethnicity, religion or a citizen ID. */
public final class WorkItems {

    private WorkItems() {
    }

    /** One list: how many lines there are in all, and the first of them (most urgent first). */
    public record Section<T>(long total, List<T> items) {

        public boolean truncated() {
            return items.size() < total;
        }
    }

    /**
     * A probationary member whose 12 months end within the look-ahead, or have ended (rules §5.2).
     *
     * @param daysLeft calendar days from today to the due date, negative when overdue
     */
    public record ConversionDue(long memberId, String fullName, long organizationId, String organizationName,
            LocalDate ceremonyOn, LocalDate dueOn, long daysLeft) {
    }

    /**
     * A ceremony not held within 30 working days of the admission decision (rules §5.1): a candidate with a decision
     * and no ceremony past the deadline ({@code candidateId}, {@code ceremonyOn} null), or a member whose recorded
     * ceremony came after it ({@code memberId}).
     *
     * @param workingDaysLate working days after the deadline: until today, or until the ceremony
     */
    public record LateCeremony(Long memberId, Long candidateId, String fullName, long organizationId,
            String organizationName, LocalDate decisionOn, LocalDate deadline, LocalDate ceremonyOn,
            int workingDaysLate) {
    }

    /** A member transferred out of the system whose receipt is not recorded within 30 working days (rules §5.3). */
    public record PendingTransfer(long memberId, String fullName, long organizationId, String organizationName,
            LocalDate sentOn, LocalDate deadline, int workingDaysLate) {
    }

    /** A member exempted from work and activity (rules §5.4), since the day of the exemption. */
    public record Exemption(long memberId, String fullName, long organizationId, String organizationName,
            LocalDate since) {
    }

    /** The kinds of data problem, in the order they are listed. */
    public enum Problem {
        BIRTH_DATE_MISSING,
        /** Shown only with SENSITIVE_READ. */
        CITIZEN_ID_MISSING,
        /** Shown only with SENSITIVE_READ; the findings say what disagrees, never the ID. */
        CITIZEN_ID_MISMATCH,
        OFFICIAL_DATE_MISMATCH,
        /**
         * Admitted (or re-admitted) past 60, counted by month on the decision's day: allowed only with the written
         * consent of the province-level standing committee (rules §5.1), which the clerk checks is on file.
         */
        ADMITTED_OVER_60,
        PROBABLE_DUPLICATE
    }

    /**
     * A member record with a problem.
     *
     * @param date the official date expected (ceremony + 12 months) for an official-date mismatch, the shared birth
     *        date for a probable duplicate, the admission decision's date for an admission past 60, else {@code null}
     * @param recorded the official date recorded, for an official-date mismatch; the birth date recorded, for an
     *        admission past 60
     * @param findings what disagrees in the citizen ID's structure
     */
    public record DataProblem(long memberId, String fullName, long organizationId, String organizationName,
            Problem problem, LocalDate date, LocalDate recorded, List<CitizenIdCheck.Finding> findings) {
    }

    /** All five lists for one subtree on one day. */
    public record Overview(LocalDate today, boolean sensitiveShown, Section<ConversionDue> conversions,
            Section<LateCeremony> ceremonies, Section<PendingTransfer> transfers, Section<Exemption> exemptions,
            Map<Problem, Section<DataProblem>> problems) {

        public long problemCount() {
            return problems.values().stream().mapToLong(Section::total).sum();
        }
    }
}
