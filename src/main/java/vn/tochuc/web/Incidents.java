package vn.tochuc.web;

import java.util.UUID;
import org.slf4j.Logger;

/**
 * Logs an unexpected failure by incident id, exception class and the frame where it was thrown — never
 * the message or a stack trace, which may carry SQL, ballot content or personal data.
 */
final class Incidents {

    private Incidents() {
    }

    static String log(Logger log, Throwable e) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        StackTraceElement[] trace = e.getStackTrace();
        String where = trace.length == 0 ? "?" : trace[0].getClassName() + "." + trace[0].getMethodName() + ":" + trace[0].getLineNumber();
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        log.error("Incident {}: {} at {} (root cause {})", incident, e.getClass().getName(), where, root.getClass().getName());
        return incident;
    }
}
