package vn.tochuc.membership;

import java.time.LocalDate;
import vn.tochuc.access.SignedInUser;
import vn.tochuc.access.TestUsers;

/**
 * Member test data: records and admissions through the real {@link Members}, as a given user.
 *
 * <pre>{@code
 * long hoa = TestMembers.admit(members, clerk, cell, TestMembers.record("Nguyễn Thị Hoa", Sex.FEMALE, 1985));
 * }</pre>
 */
public final class TestMembers {

    public static final LocalDate DECISION = LocalDate.of(2021, 3, 1);
    public static final LocalDate CEREMONY = LocalDate.of(2021, 3, 20);

    private TestMembers() {
    }

    /** A plain record: Kinh, no religion, no citizen ID, born 15/06 of {@code year}. */
    public static MemberRecord record(String name, Sex sex, int year) {
        return withCitizenId(name, sex, year, null);
    }

    public static MemberRecord withCitizenId(String name, Sex sex, int year, String citizenId) {
        return new MemberRecord(name, sex, LocalDate.of(year, 6, 15), false, "Xã Nà Hang", "Xã Nà Hang", "Tày",
                "Không", citizenId, "12/12", "Kỹ sư", null, null, "Trung cấp", "Công chức", null, null);
    }

    public static long admit(Members members, SignedInUser as, long organization, MemberRecord record) {
        return TestUsers.as(as, () -> members.admit(new Members.NewMember(record, organization, DECISION, CEREMONY,
                "12-QĐ/ĐU")));
    }

    /** A fresh citizen ID for a woman born in 1985 in Hà Nội, unique within this JVM. */
    public static String citizenIdOfWomanBorn1985() {
        return "001185" + String.format("%06d", vn.tochuc.organization.TestOrganizations.next() % 1_000_000);
    }
}
