package vn.tochuc.membership;

import static vn.tochuc.organization.OrganizationType.COMMUNE;
import static vn.tochuc.organization.OrganizationType.GRASSROOTS_CELL;

import vn.tochuc.access.Role;
import vn.tochuc.access.SignedInUser;
import vn.tochuc.access.TestUsers;
import vn.tochuc.organization.TestOrganizations;

/** A fresh province with two communes, a cell in each, a clerk of each commune and a viewer of commune A. */
record TwoCommunes(long province, long communeA, long communeB, long cellA, long cellB, SignedInUser clerkA,
        SignedInUser clerkB, SignedInUser viewerA) {

    static TwoCommunes create(TestOrganizations build, TestUsers users) {
        long province = build.province();
        long communeA = build.found(province, COMMUNE, "Đảng bộ xã Nà Hang " + TestOrganizations.next());
        long communeB = build.found(province, COMMUNE, "Đảng bộ xã Khuổi Nà " + TestOrganizations.next());
        long cellA = build.found(communeA, GRASSROOTS_CELL, "Chi bộ thôn Bản Vàn " + TestOrganizations.next());
        long cellB = build.found(communeB, GRASSROOTS_CELL, "Chi bộ thôn Nà Sài " + TestOrganizations.next());
        return new TwoCommunes(province, communeA, communeB, cellA, cellB, users.create(Role.CLERK, communeA),
                users.create(Role.CLERK, communeB), users.create(Role.VIEWER, communeA));
    }
}
