package vn.tochuc.membership;

import java.util.List;
import vn.tochuc.membership.internal.MemberStore;

/** Builds what a user may see of a member, and the audit wording of each event. */
final class MemberViews {

    private MemberViews() {
    }

    static MemberView of(MemberStore.Row row, boolean sensitive, LifecycleRules rules) {
        MemberRecord r = row.record();
        MemberState s = row.state();
        List<CitizenIdCheck.Finding> findings = sensitive && r.citizenId() != null && r.birthDate() != null
                ? CitizenIdCheck.check(r.citizenId(), r.sex(), r.birthDate().getYear())
                : List.of();
        return new MemberView(row.id(), r.fullName(), r.sex(), r.birthDate(), r.birthYearOnly(), r.birthPlace(),
                r.homeTown(), sensitive ? r.ethnicity() : null, sensitive ? r.religion() : null,
                sensitive ? r.citizenId() : null, r.generalEducation(), r.qualification(), r.academicTitle(),
                r.academicDegree(), r.politicalTheory(), r.occupation(), r.cardNumber(), r.dossierNumber(),
                s.status(), s.organizationId(), row.organizationName(), s.hostOrganizationId(), row.hostName(),
                s.exempt(), s.decisionOn(), s.ceremonyOn(), s.officialOn(), s.probationEndsOn(rules),
                s.readmissions(), row.version(), sensitive, findings);
    }

    /** The Vietnamese verb for the audit trail. */
    static String summary(EventKind kind) {
        return switch (kind) {
            case ADMISSION -> "Kết nạp đảng viên";
            case CONVERSION -> "Công nhận đảng viên chính thức";
            case CONVERSION_ON_RECORD -> "Ghi nhận đảng viên chính thức theo hồ sơ";
            case TRANSFER -> "Chuyển sinh hoạt đảng chính thức";
            case TRANSFER_OUT -> "Chuyển sinh hoạt đảng ra ngoài hệ thống";
            case TRANSFER_IN -> "Tiếp nhận sinh hoạt đảng";
            case TEMPORARY_TRANSFER -> "Chuyển sinh hoạt đảng tạm thời";
            case TEMPORARY_RETURN -> "Kết thúc sinh hoạt đảng tạm thời";
            case EXEMPTION -> "Miễn công tác và sinh hoạt đảng";
            case EXEMPTION_END -> "Thôi miễn công tác và sinh hoạt đảng";
            case DISCIPLINE -> "Kỷ luật đảng viên";
            case REMOVAL -> "Xóa tên đảng viên";
            case DEATH -> "Ghi nhận từ trần";
            case READMISSION -> "Kết nạp lại đảng viên";
        };
    }
}
