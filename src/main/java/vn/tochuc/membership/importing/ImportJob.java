package vn.tochuc.membership.importing;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.security.core.context.SecurityContext;

/** An upload on its way through validation and import; seen only by the user who uploaded it. */
final class ImportJob {

    final String id;
    final String owner;
    final String fileName;
    final Path file;
    final SecurityContext context;
    final AtomicLong checked = new AtomicLong();
    volatile long total;
    volatile ImportStatus.State state = ImportStatus.State.VALIDATING;
    volatile boolean cancel;
    volatile ImportReport report;
    volatile long imported;
    volatile Long organizationId;
    /** The organisations the valid rows file members in. */
    volatile java.util.Set<Long> targets = java.util.Set.of();
    /** Rows with errors at validation. */
    volatile java.util.BitSet invalidRows = new java.util.BitSet();
    volatile String failureKey;
    volatile List<Object> failureArguments = List.of();
    volatile Instant touched;

    ImportJob(String id, String owner, String fileName, Path file, SecurityContext context, Instant now) {
        this.id = id;
        this.owner = owner;
        this.fileName = fileName;
        this.file = file;
        this.context = context;
        this.touched = now;
    }

    ImportStatus status() {
        return new ImportStatus(id, fileName, state, checked.get(), Math.max(total, checked.get()), report, imported,
                organizationId, failureKey, failureArguments);
    }

    boolean running() {
        return state == ImportStatus.State.VALIDATING || state == ImportStatus.State.IMPORTING;
    }
}
