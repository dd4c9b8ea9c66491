package vn.tochuc.membership;

import java.time.LocalDate;

/**
 * The record fields of a member as typed (life-cycle dates and the organisation come from the events).
 * Ethnicity, religion and citizen ID are sensitive personal data.
 *
 * @param birthYearOnly only the year is known: {@code birthDate} is then 01/01 of that year (rules §9.8);
 *        absent means false
 */
public record MemberRecord(String fullName, Sex sex, LocalDate birthDate, Boolean birthYearOnly, String birthPlace,
        String homeTown, String ethnicity, String religion, String citizenId, String generalEducation,
        String qualification, String academicTitle, String academicDegree, String politicalTheory, String occupation,
        String cardNumber, String dossierNumber) {

    public MemberRecord {
        birthYearOnly = Boolean.TRUE.equals(birthYearOnly);
    }
}
