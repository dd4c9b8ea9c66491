package vn.tochuc.membership.web;

import java.time.LocalDate;
import vn.tochuc.membership.DisciplineForm;
import vn.tochuc.membership.EventKind;
import vn.tochuc.membership.LifeEvent;
import vn.tochuc.membership.MemberRecord;
import vn.tochuc.membership.MemberView;
import vn.tochuc.membership.Sex;
import vn.tochuc.shared.DateFormats;
import vn.tochuc.shared.VietnameseNumbers;

/** The HTML forms for members, as typed (all text, so a wrong entry comes back with the reason). */
final class MemberForms {

    private MemberForms() {
    }

    /** The record, and for an admission where and when. */
    record RecordForm(String fullName, String sex, String birthDate, String birthPlace, String homeTown,
            String ethnicity, String religion, String citizenId, String generalEducation, String qualification,
            String academicTitle, String academicDegree, String politicalTheory, String occupation, String cardNumber,
            String dossierNumber, Long organizationId, String decisionOn, String ceremonyOn, String decisionRef,
            Integer version) {

        static RecordForm empty() {
            return new RecordForm("", "", "", "", "", "Kinh", "", "", "", "", "", "", "", "", "", "", null, "", "", "",
                    null);
        }

        static RecordForm of(MemberView m) {
            String birth = m.birthDate() == null ? ""
                    : m.birthYearOnly() ? Integer.toString(m.birthDate().getYear()) : DateFormats.format(m.birthDate());
            return new RecordForm(m.fullName(), m.sex().name(), birth, m.birthPlace(), m.homeTown(), m.ethnicity(),
                    m.religion(), m.citizenId(), m.generalEducation(), m.qualification(), m.academicTitle(),
                    m.academicDegree(), m.politicalTheory(), m.occupation(), m.cardNumber(), m.dossierNumber(),
                    m.organizationId(), "", "", "", m.version());
        }

        /** The ceremony step of a candidate: the name, sex and birth date known so far, the rest to type. */
        static RecordForm of(vn.tochuc.membership.Candidate c) {
            return new RecordForm(c.fullName(), c.sex().name(), DateFormats.format(c.birthDate()), "", "", "Kinh", "",
                    "", "", "", "", "", "", "", "", "", c.organizationId(), "", "", "", c.version());
        }

        MemberRecord record() {
            String birth = birthDate == null ? "" : birthDate.strip();
            boolean yearOnly = birth.matches("\\d{4}");
            LocalDate day = yearOnly ? LocalDate.of(Integer.parseInt(birth), 1, 1) : DateFormats.parse("birthDate", "member.birthDate", birth);
            return new MemberRecord(fullName, sex == null || sex.isBlank() ? null : Sex.valueOf(sex), day, yearOnly,
                    birthPlace, homeTown, ethnicity, religion, citizenId, generalEducation, qualification,
                    academicTitle, academicDegree, politicalTheory, occupation, cardNumber, dossierNumber);
        }
    }

    /** One life-cycle event. */
    record EventForm(String kind, String effectiveOn, Long organizationId, String decisionOn, String votesFor,
            String votesTotal, String discipline, String decisionRef, String details, Integer version) {

        static EventForm empty(int version) {
            return new EventForm("", "", null, "", "", "", "", "", "", version);
        }

        LifeEvent event() {
            return new LifeEvent(kind == null || kind.isBlank() ? null : EventKind.valueOf(kind),
                    DateFormats.parse("effectiveOn", "member.effectiveOn", effectiveOn), organizationId,
                    DateFormats.parse("decisionOn", "member.decisionOn", decisionOn),
                    VietnameseNumbers.parse("votesFor", "member.votesFor", votesFor),
                    VietnameseNumbers.parse("votesTotal", "member.votesTotal", votesTotal),
                    discipline == null || discipline.isBlank() ? null : DisciplineForm.valueOf(discipline),
                    decisionRef, details);
        }
    }
}
