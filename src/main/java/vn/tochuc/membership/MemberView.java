package vn.tochuc.membership;

import java.time.LocalDate;
import java.util.List;

/**
 * A member as shown to the acting user. Ethnicity, religion and citizen ID are {@code null} unless
 * {@code sensitiveShown} (the user holds SENSITIVE_READ in scope); so are the citizen ID findings.
 */
public record MemberView(long id, String fullName, Sex sex, LocalDate birthDate, boolean birthYearOnly,
        String birthPlace, String homeTown, String ethnicity, String religion, String citizenId,
        String generalEducation, String qualification, String academicTitle, String academicDegree,
        String politicalTheory, String occupation, String cardNumber, String dossierNumber, MemberStatus status,
        long organizationId, String organizationName, Long hostOrganizationId, String hostOrganizationName,
        boolean exempt, LocalDate decisionOn, LocalDate ceremonyOn, LocalDate officialOn, LocalDate probationEndsOn,
        int readmissions, int version, boolean sensitiveShown, List<CitizenIdCheck.Finding> citizenIdFindings) {
}
