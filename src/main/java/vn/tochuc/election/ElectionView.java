package vn.tochuc.election;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import vn.tochuc.election.counting.CongressKind;
import vn.tochuc.election.counting.ElectionKind;
import vn.tochuc.election.counting.Exclusion;

/** An election as shown, with its congress and organisation. */
public record ElectionView(long id, long congressId, String congressName, String term, CongressKind congressKind,
        LocalDate congressClosesOn, String congressPlace, long organizationId, String organizationName,
        String organizationPath, ElectionKind kind, int seats, int round, Long previousId, boolean directSecretary,
        int maxSurplusPercent, int entryPasses, boolean useSerials, Integer convened,
        Map<Exclusion, Integer> exclusions, Integer attendees, Integer presentAtVoting, Integer officialMembers,
        Integer ballotsIssued, Integer ballotsReturned, ElectionStatus status, OffsetDateTime publishedAt,
        String publishedBy, LocalDate complaintDeadline, LocalDate retentionUntil, LocalDate approvedOn,
        String approvalRef, LocalDate annulledOn, String annulmentRef, String annulmentReason, String logHash,
        int version) {

    /** D = convened − exclusions, or null while the parts are not recorded (QĐ 244-QĐ/TW Điều 32). */
    public Integer denominator() {
        if (convened == null) {
            return null;
        }
        return convened - exclusions.values().stream().mapToInt(Integer::intValue).sum();
    }

    public boolean published() {
        return status == ElectionStatus.PUBLISHED || status == ElectionStatus.ANNULLED;
    }
}
