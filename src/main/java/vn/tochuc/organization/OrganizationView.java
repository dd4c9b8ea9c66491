package vn.tochuc.organization;

import java.time.LocalDate;

/**
 * An organisation as it stood on a given day.
 *
 * @param childCount organisations directly under it on that day
 */
public record OrganizationView(long id, String code, String name, OrganizationType type, Long parentId,
        String parentName, String path, int depth, LocalDate foundedOn, LocalDate endedOn, String endReason,
        int childCount, int version) {

    public Level level() {
        return type.level();
    }

    public boolean active() {
        return endedOn == null;
    }
}
