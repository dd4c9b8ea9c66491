package vn.tochuc.membership.importing;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.InputStreamSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tochuc.membership.MemberHistories;
import vn.tochuc.organization.CodedOrganization;
import vn.tochuc.organization.OrganizationPaths;
import vn.tochuc.shared.Actor;
import vn.tochuc.shared.Actors;
import vn.tochuc.shared.DateFormats;
import vn.tochuc.shared.DomainException;
import vn.tochuc.shared.NotFound;
import vn.tochuc.shared.Permission;

/**
 * Member import: upload → validation in the background → report → the user confirms (the whole file, or only
 * the valid rows, accepting the encoding conversions shown) → one all-or-nothing write through
 * {@link MemberHistories#load} → result. A job belongs to the user who uploaded it: anyone else gets not found.
 * Uploads live in temporary files, deleted once imported or cancelled, or {@link ImportLimits#RETENTION} after
 * the last activity. Jobs live in memory: a restart forgets them (the upload is simply made again).
 */
@Service
public class MemberImports {

    private static final Logger LOG = LoggerFactory.getLogger(MemberImports.class);

    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(ImportLimits.WORKERS, ImportLimits.WORKERS,
            1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(ImportLimits.QUEUE), r -> {
                Thread thread = new Thread(r, "member-import");
                thread.setDaemon(true);
                return thread;
            });
    private final Actors actors;
    private final OrganizationPaths organizations;
    private final MemberHistories histories;
    private final ExistingMembers existing;
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;
    private final Clock clock;

    public MemberImports(Actors actors, OrganizationPaths organizations, MemberHistories histories,
            ExistingMembers existing, PlatformTransactionManager transactions, Clock clock) {
        this.actors = actors;
        this.organizations = organizations;
        this.histories = histories;
        this.existing = existing;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Keeps the upload and starts validating it; the status says how far it got. */
    public ImportStatus start(String fileName, InputStreamSource content) {
        Actor actor = actors.current();
        actor.require(Permission.MEMBER_WRITE, actor.scopePath());
        Path file;
        try {
            file = Files.createTempFile("tochuc-import-", ".upload");
            try (InputStream in = content.getInputStream()) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new DomainException("file", "import.error.unreadable");
        }
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), actor.username(), shortName(fileName), file,
                copy(SecurityContextHolder.getContext()), clock.instant());
        jobs.put(job.id, job);
        submit(job, () -> validate(job));
        return job.status();
    }

    public ImportStatus status(String id) {
        return mine(id).status();
    }

    /**
     * Writes the rows: every row when the whole file is valid, or only the valid ones when {@code validOnly}; the
     * encoding conversions listed in the report must be accepted first.
     */
    public ImportStatus confirm(String id, boolean validOnly, boolean acceptConversions) {
        ImportJob job = mine(id);
        actors.current().require(Permission.MEMBER_WRITE, actors.current().scopePath());
        synchronized (job) {
            if (job.state != ImportStatus.State.VALIDATED) {
                throw new DomainException("state", "import.error.notWaiting");
            }
            ImportReport report = job.report;
            if (report.hasConversions() && !acceptConversions) {
                throw new DomainException("acceptConversions", "import.error.conversionsNotAccepted",
                        report.conversionCount());
            }
            if (!validOnly && !report.wholeFileValid()) {
                throw new DomainException("validOnly", "import.error.notAllValid", report.errorRows());
            }
            if (!report.someRowsValid()) {
                throw new DomainException("validOnly", "import.error.nothingValid");
            }
            job.state = ImportStatus.State.IMPORTING;
            job.checked.set(0);
            submit(job, () -> write(job, validOnly));
        }
        return job.status();
    }

    /** Stops a running pass between two rows, or drops a validated upload; nothing is written either way. */
    public ImportStatus cancel(String id) {
        ImportJob job = mine(id);
        synchronized (job) {
            if (job.running()) {
                job.cancel = true;
            } else if (job.state == ImportStatus.State.VALIDATED) {
                job.state = ImportStatus.State.CANCELLED;
                delete(job);
            }
        }
        return job.status();
    }

    /** The import template for the acting user (sensitive columns only for those who may read them). */
    public byte[] template() {
        Actor actor = actors.current();
        List<CodedOrganization> inScope = organizations.inForceByCode().values().stream()
                .filter(o -> actor.sees(o.path())).sorted(java.util.Comparator.comparing(CodedOrganization::path))
                .limit(ImportLimits.MAX_LISTED).toList();
        return ImportTemplate.build(actor.can(Permission.SENSITIVE_READ), inScope);
    }

    private ImportJob mine(String id) {
        ImportJob job = id == null ? null : jobs.get(id);
        if (job == null || !job.owner.equals(actors.current().username())) {
            throw new NotFound("import", id);
        }
        job.touched = clock.instant();
        return job;
    }

    /** The validation pass, on the calling thread (the job's worker, or the benchmark). */
    void validate(ImportJob job) {
        ReportCollector report = new ReportCollector();
        try {
            reading.executeWithoutResult(tx -> {
                // read-only; the registry's refusals mark the transaction for rollback, so it ends in one anyway
                tx.setRollbackOnly();
                MemberHistories.Checker checker = histories.checker();
                try (ImportPass pass = pass(job, checker::check)) {
                    report.file(pass.fileProblems());
                    if (pass.fileProblems().isEmpty()) {
                        for (var chunk = pass.nextChunk(); !chunk.isEmpty(); chunk = pass.nextChunk()) {
                            chunk.forEach(report::add);
                        }
                    }
                } catch (IOException e) {
                    throw new DomainException("file", "import.error.unreadable");
                }
            });
        } catch (DomainException e) {
            if (!"file".equals(e.field())) {
                throw e;
            }
            report.file(List.of(new ImportProblem(0, null, null, ImportProblem.Severity.ERROR, e.key(),
                    List.of(e.arguments()))));
        }
        Set<Long> targets = report.organizations();
        job.organizationId = targets.size() == 1 ? targets.iterator().next() : null;
        job.report = report.report();
        job.targets = targets;
        job.invalidRows = report.invalidRows();
        job.state = ImportStatus.State.VALIDATED;
    }

    /** The import itself, on the calling thread, in its transaction or the caller's. */
    void write(ImportJob job, boolean validOnly) {
        long written = writing.execute(tx -> {
            // the load checks every history with the registry's rules; checking here too would mark this
            // transaction for rollback at the first refused row
            try (ImportPass pass = pass(job, history -> null)) {
                pass.withoutRegister();
                if (!pass.fileProblems().isEmpty()) {
                    throw new DomainException("file", "import.error.notAllValid", 0);
                }
                return histories.load(new ValidHistories(pass, validOnly, job.invalidRows), description(job));
            } catch (IOException e) {
                throw new DomainException("file", "import.error.unreadable");
            }
        });
        job.imported = written;
        job.state = ImportStatus.State.IMPORTED;
    }

    /** For the audit trail: who imported (the trail adds it), how many (the load adds it), where, from which file. */
    private String description(ImportJob job) {
        Map<Long, CodedOrganization> byId = organizations.inForceByCode().values().stream()
                .collect(Collectors.toMap(CodedOrganization::id, o -> o, (a, b) -> a));
        List<String> names = job.targets.stream().map(byId::get).filter(java.util.Objects::nonNull)
                .map(CodedOrganization::name).limit(4).toList();
        String where = job.targets.size() <= 3 ? String.join(", ", names) : job.targets.size() + " tổ chức đảng";
        return "Nhập đảng viên từ tệp " + job.fileName + " vào " + where;
    }

    private ImportPass pass(ImportJob job, java.util.function.Function<MemberHistories.History, ?> rules)
            throws IOException {
        Actor actor = actors.current();
        ImportPass pass = new ImportPass(MemberFiles.open(job.file, job.fileName),
                actor.can(Permission.SENSITIVE_READ), existing, () -> job.cancel, job.checked::set);
        job.total = pass.estimated();
        if (pass.fileProblems().isEmpty()) {
            pass.parseWith(new RowParser(pass.layout(), organizations.inForceByCode(), actor,
                    java.time.LocalDate.now(clock.withZone(DateFormats.ZONE)), rules));
        }
        return pass;
    }

    private void submit(ImportJob job, Runnable work) {
        try {
            executor.execute(() -> run(job, work));
        } catch (RejectedExecutionException e) {
            jobs.remove(job.id);
            delete(job);
            throw new DomainException("file", "import.error.busy");
        }
    }

    private void run(ImportJob job, Runnable work) {
        SecurityContextHolder.setContext(job.context);
        try {
            work.run();
        } catch (ImportPass.Cancelled e) {
            job.state = ImportStatus.State.CANCELLED;
        } catch (DomainException e) {
            fail(job, e.key(), List.of(e.arguments()));
        } catch (RuntimeException | Error e) {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Member import failed, incident {}: {} at {}", incident, e.getClass().getName(),
                    e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
            fail(job, "error.internal", List.of(incident));
        } finally {
            SecurityContextHolder.clearContext();
            job.touched = clock.instant();
            if (job.state != ImportStatus.State.VALIDATED) {
                delete(job);
            }
        }
    }

    private static void fail(ImportJob job, String key, List<Object> arguments) {
        job.failureKey = key;
        job.failureArguments = arguments;
        job.state = ImportStatus.State.FAILED;
    }

    /** Uploads and reports not touched for {@link ImportLimits#RETENTION} are forgotten, their files deleted. */
    @Scheduled(fixedDelay = 10, timeUnit = TimeUnit.MINUTES)
    void purge() {
        Instant before = clock.instant().minus(ImportLimits.RETENTION);
        jobs.values().removeIf(job -> {
            if (!job.running() && job.touched.isBefore(before)) {
                delete(job);
                return true;
            }
            return false;
        });
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
        jobs.values().forEach(MemberImports::delete);
    }

    private static void delete(ImportJob job) {
        try {
            Files.deleteIfExists(job.file);
        } catch (IOException e) {
            LOG.warn("Could not delete an import upload: {}", e.getClass().getName());
        }
    }

    private static SecurityContext copy(SecurityContext context) {
        SecurityContext copy = SecurityContextHolder.createEmptyContext();
        copy.setAuthentication(context.getAuthentication());
        return copy;
    }

    /** The name without folders, at most 120 characters: it goes into the audit trail. */
    private static String shortName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        return name.length() > 120 ? name.substring(name.length() - 120) : name.isEmpty() ? "tệp" : name;
    }
}
