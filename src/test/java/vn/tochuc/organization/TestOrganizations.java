package vn.tochuc.organization;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import vn.tochuc.access.SystemTasks;
import vn.tochuc.organization.Commands.Effect;
import vn.tochuc.organization.Commands.Found;

/**
 * Builds organisation trees for integration tests through the real {@link TreeChanges}, as the system
 * ({@link SystemTasks#run}), so they are audited and dated like any other. Each test starts with a
 * fresh {@link #province()}: its own root and unique codes, so tests never see each other's data
 * through a scoped user. Organisations are founded on {@link #FOUNDED} unless a date is given.
 *
 * <pre>{@code
 * long province = organizations.province();
 * long commune = organizations.found(province, COMMUNE, "Đảng ủy xã Chiềng Mai");
 * long cell = organizations.found(commune, GRASSROOTS_CELL, "Chi bộ bản Nà Sài");
 * }</pre>
 */
public class TestOrganizations {

    /** Founding date of test organisations: before the 2025 reorganisation, well in the past. */
    public static final LocalDate FOUNDED = LocalDate.of(2020, 1, 1);

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis() % 46_656L, 36);

    private final TreeChanges changes;

    public TestOrganizations(TreeChanges changes) {
        this.changes = changes;
    }

    /** A new province, a root of its own ("Đảng bộ tỉnh Thử nghiệm 7"). */
    public long province() {
        int n = SEQUENCE.incrementAndGet();
        return province("Đảng bộ tỉnh Thử nghiệm " + n);
    }

    public long province(String name) {
        return SystemTasks.run(() -> changes.foundRoot(name, uniqueCode(), OrganizationType.PROVINCIAL, FOUNDED));
    }

    /** Founds an organisation under {@code parentId} on {@link #FOUNDED}. */
    public long found(long parentId, OrganizationType type, String name) {
        return found(parentId, type, name, FOUNDED);
    }

    public long found(long parentId, OrganizationType type, String name, LocalDate on) {
        return SystemTasks.run(() -> changes.found(new Found(name, uniqueCode(), type, parentId,
                Effect.on(on, "01-QĐ/TEST"))));
    }

    /** A code no other test uses: {@code T<run>-<n>}. */
    public static String uniqueCode() {
        return "T" + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    /** A number no other test in this JVM gets, for unique names and usernames. */
    public static int next() {
        return SEQUENCE.incrementAndGet();
    }
}
