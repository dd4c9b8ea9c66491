package vn.tochuc.membership;

import java.time.LocalDate;

/**
 * A member's state as derived from the events up to some day.
 *
 * @param organizationId the home organisation (where the member is counted)
 * @param hostOrganizationId where the member is active during a temporary transfer, else {@code null}
 * @param officialOn the day the member became official (ceremony + 12 months), {@code null} while probationary
 * @param leftOn the day the member left the party (removal, expulsion), for the re-admission wait
 * @param lastEventOn the date of the latest event: later events may not be dated before it
 */
public record MemberState(MemberStatus status, long organizationId, Long hostOrganizationId, boolean exempt,
        LocalDate decisionOn, LocalDate ceremonyOn, LocalDate officialOn, LocalDate leftOn, int readmissions,
        int disciplines, LocalDate lastEventOn) {

    MemberState with(MemberStatus newStatus) {
        return new MemberState(newStatus, organizationId, hostOrganizationId, exempt, decisionOn, ceremonyOn,
                officialOn, leftOn, readmissions, disciplines, lastEventOn);
    }

    MemberState movedTo(long organization, Long host) {
        return new MemberState(status, organization, host, exempt, decisionOn, ceremonyOn, officialOn, leftOn,
                readmissions, disciplines, lastEventOn);
    }

    MemberState exempted(boolean value) {
        return new MemberState(status, organizationId, hostOrganizationId, value, decisionOn, ceremonyOn, officialOn,
                leftOn, readmissions, disciplines, lastEventOn);
    }

    MemberState official(LocalDate on) {
        return new MemberState(MemberStatus.OFFICIAL, organizationId, hostOrganizationId, exempt, decisionOn,
                ceremonyOn, on, leftOn, readmissions, disciplines, lastEventOn);
    }

    MemberState left(MemberStatus newStatus, LocalDate on) {
        return new MemberState(newStatus, organizationId, null, false, decisionOn, ceremonyOn, officialOn, on,
                readmissions, disciplines, lastEventOn);
    }

    MemberState disciplined() {
        return new MemberState(status, organizationId, hostOrganizationId, exempt, decisionOn, ceremonyOn, officialOn,
                leftOn, readmissions, disciplines + 1, lastEventOn);
    }

    MemberState dated(LocalDate on) {
        return new MemberState(status, organizationId, hostOrganizationId, exempt, decisionOn, ceremonyOn, officialOn,
                leftOn, readmissions, disciplines, on);
    }

    /** The day probation ends (ceremony + 12 months under the default rules), {@code null} once official. */
    public LocalDate probationEndsOn(LifecycleRules rules) {
        return status == MemberStatus.PROBATIONARY ? ceremonyOn.plus(rules.probation()) : null;
    }
}
