package vn.tochuc.membership;

import java.time.Clock;
import java.time.LocalDate;
import vn.tochuc.shared.DateFormats;
import vn.tochuc.shared.DomainException;
import vn.tochuc.shared.VietnameseText;

/** Input checks for a member's record and a typed event: NFC text, lengths, known values, no future dates. */
final class MemberRecords {

    private final MemberNumberRule numbers;
    private final Clock clock;

    MemberRecords(MemberNumberRule numbers, Clock clock) {
        this.numbers = numbers;
        this.clock = clock;
    }

    MemberRecord checked(MemberRecord r) {
        return checked(r, true);
    }

    /**
     * The record's checks; {@code birthDateRequired} is false only for records carried over from old registers,
     * whose unknown birth date is then listed among the data problems.
     */
    MemberRecord checked(MemberRecord r, boolean birthDateRequired) {
        if (r == null) {
            throw new DomainException("fullName", "member.error.fullName");
        }
        String name = VietnameseText.normalize(r.fullName());
        if (name == null || name.isEmpty() || name.length() > 200) {
            throw new DomainException("fullName", "member.error.fullName");
        }
        if (r.sex() == null) {
            throw new DomainException("sex", "member.error.sex");
        }
        LocalDate birth = birthDateRequired || r.birthDate() != null ? birthDate(r) : null;
        String ethnicity = VietnameseText.normalize(r.ethnicity());
        if (ethnicity != null && !ethnicity.isEmpty() && !Ethnicities.isKnown(ethnicity)) {
            throw new DomainException("ethnicity", "member.error.ethnicity");
        }
        return new MemberRecord(name, r.sex(), birth, r.birthYearOnly(), text("birthPlace", r.birthPlace(), 300),
                text("homeTown", r.homeTown(), 300), blankToNull(ethnicity), text("religion", r.religion(), 100),
                CitizenIdCheck.normalize(r.citizenId()), text("generalEducation", r.generalEducation(), 50),
                text("qualification", r.qualification(), 200), text("academicTitle", r.academicTitle(), 100),
                text("academicDegree", r.academicDegree(), 100), text("politicalTheory", r.politicalTheory(), 100),
                text("occupation", r.occupation(), 200), numbers.check("cardNumber", r.cardNumber()),
                numbers.check("dossierNumber", r.dossierNumber()));
    }

    LifeEvent checked(LifeEvent e) {
        if (e == null) {
            throw new DomainException("kind", "member.error.kind");
        }
        notFuture("effectiveOn", e.effectiveOn());
        notFuture("decisionOn", e.decisionOn());
        return new LifeEvent(e.kind(), e.effectiveOn(), e.organizationId(), e.decisionOn(), e.votesFor(),
                e.votesTotal(), e.discipline(), text("decisionRef", e.decisionRef(), 100),
                text("details", e.details(), 1000));
    }

    /** Year only → 01/01 of that year (rules §9.8: unknown month or day counts as 01/01). */
    private LocalDate birthDate(MemberRecord r) {
        LocalDate birth = r.birthDate();
        if (birth == null || birth.getYear() < 1900 || birth.isAfter(today())) {
            throw new DomainException("birthDate", "member.error.birthDate");
        }
        return r.birthYearOnly() ? LocalDate.of(birth.getYear(), 1, 1) : birth;
    }

    /** Refuses a day after today (in Vietnam) on {@code field}. */
    void notFuture(String field, LocalDate day) {
        if (day != null && day.isAfter(today())) {
            throw new DomainException(field, "member.error.future");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DateFormats.ZONE));
    }

    private static String text(String field, String value, int max) {
        String text = blankToNull(VietnameseText.normalize(value));
        if (text != null && text.length() > max) {
            throw new DomainException(field, "member.error.tooLong", max);
        }
        return text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
