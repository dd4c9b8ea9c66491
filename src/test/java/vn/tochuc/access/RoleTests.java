package vn.tochuc.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.tochuc.shared.Permission;

/** Roles grant permissions inside the account's scope; nobody grants more than their own role. */
class RoleTests {

    @Test
    void anAdministratorMayGrantEveryRole() {
        for (Role role : Role.values()) {
            assertThat(Role.ADMIN.mayGrant(role)).as("ADMIN grants %s", role).isTrue();
        }
    }

    @Test
    void organisingStaffMayGrantEveryRoleButAdministrator() {
        assertThat(Role.ORGANIZING_STAFF.mayGrant(Role.ADMIN)).isFalse();
        assertThat(Role.ORGANIZING_STAFF.mayGrant(Role.ORGANIZING_STAFF)).isTrue();
        assertThat(Role.ORGANIZING_STAFF.mayGrant(Role.CLERK)).isTrue();
        assertThat(Role.ORGANIZING_STAFF.mayGrant(Role.VIEWER)).isTrue();
    }

    @Test
    void clerksAndViewersGrantNothing() {
        for (Role role : Role.values()) {
            assertThat(Role.CLERK.mayGrant(role)).isFalse();
            assertThat(Role.VIEWER.mayGrant(role)).isFalse();
        }
    }

    @Test
    void rolesRankAdministratorOverStaffOverClerkOverViewer() {
        assertThat(Role.ADMIN.outranks(Role.ORGANIZING_STAFF)).isTrue();
        assertThat(Role.ORGANIZING_STAFF.outranks(Role.CLERK)).isTrue();
        assertThat(Role.CLERK.outranks(Role.VIEWER)).isTrue();
        assertThat(Role.ORGANIZING_STAFF.outranks(Role.ORGANIZING_STAFF)).isFalse();
        assertThat(Role.CLERK.outranks(Role.ORGANIZING_STAFF)).isFalse();
    }

    @Test
    void aGrantedRoleNeverCarriesAPermissionTheGrantorLacks() {
        for (Role grantor : Role.values()) {
            for (Role granted : Role.values()) {
                if (grantor.mayGrant(granted)) {
                    assertThat(grantor.permissions()).as("%s grants %s", grantor, granted)
                            .containsAll(granted.permissions());
                }
            }
        }
    }

    @Test
    void onlyOrganisingStaffAndAdministratorsChangeTheTreeOrManageAccounts() {
        assertThat(Role.CLERK.permissions()).doesNotContain(Permission.ORGANIZATION_WRITE, Permission.USER_MANAGE,
                Permission.SYSTEM_ADMIN);
        assertThat(Role.VIEWER.permissions()).containsExactly(Permission.READ);
        assertThat(Role.ORGANIZING_STAFF.permissions()).contains(Permission.ORGANIZATION_WRITE, Permission.USER_MANAGE)
                .doesNotContain(Permission.SYSTEM_ADMIN);
        assertThat(Role.ADMIN.permissions()).containsExactlyInAnyOrder(Permission.values());
    }
}
