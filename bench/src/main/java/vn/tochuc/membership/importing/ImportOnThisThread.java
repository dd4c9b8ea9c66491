package vn.tochuc.membership.importing;

import java.nio.file.Path;
import java.time.Instant;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * For the member benchmark: one upload's validation and import run on the calling thread, as the current user,
 * so that the caller times each pass and can hold the import in a transaction it rolls back. The same methods the
 * background worker of {@link MemberImports} runs.
 */
public final class ImportOnThisThread {

    private final MemberImports imports;
    private final ImportJob job;

    public ImportOnThisThread(MemberImports imports, Path file, String owner) {
        this.imports = imports;
        this.job = new ImportJob("bench-" + System.nanoTime(), owner, file.getFileName().toString(), file,
                SecurityContextHolder.getContext(), Instant.now());
    }

    /** Validates the whole file; returns its report. */
    public ImportReport validate() {
        imports.validate(job);
        return job.report;
    }

    /** Imports every row (the file must have validated without errors); returns how many members were written. */
    public long importAll() {
        job.state = ImportStatus.State.IMPORTING;
        imports.write(job, false);
        return job.imported;
    }
}
