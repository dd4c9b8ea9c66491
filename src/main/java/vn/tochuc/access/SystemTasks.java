package vn.tochuc.access;

import java.util.function.Supplier;

/**
 * Runs work on behalf of the system itself (seeding, scheduled jobs), with the whole tree in scope.
 * Nothing reached from a web request ever runs this way.
 */
public final class SystemTasks {

    private static final ThreadLocal<Boolean> SYSTEM = ThreadLocal.withInitial(() -> false);

    private SystemTasks() {
    }

    public static <T> T run(Supplier<T> work) {
        boolean outer = SYSTEM.get();
        SYSTEM.set(true);
        try {
            return work.get();
        } finally {
            SYSTEM.set(outer);
        }
    }

    public static void run(Runnable work) {
        run(() -> {
            work.run();
            return null;
        });
    }

    public static boolean active() {
        return SYSTEM.get();
    }
}
