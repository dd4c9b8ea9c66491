package vn.tochuc.membership;

import java.time.LocalDate;

/** One line of a member list: no sensitive data. */
public record MemberSummary(long id, String fullName, Sex sex, LocalDate birthDate, boolean birthYearOnly,
        MemberStatus status, long organizationId, String organizationName, String cardNumber) {
}
