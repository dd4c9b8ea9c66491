package vn.tochuc.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.audit.internal.AuditStore;
import vn.tochuc.audit.internal.ChainHash;
import vn.tochuc.shared.Actor;
import vn.tochuc.shared.Actors;
import vn.tochuc.shared.Audited;
import vn.tochuc.shared.Forbidden;
import vn.tochuc.shared.Permission;

/**
 * The audit trail. Every {@link Audited} event is appended in the publishing transaction, so a write
 * and its audit record commit or roll back together. Records are never updated or deleted; each
 * carries the hash of the one before.
 */
@Service
public class AuditTrail {

    private static final int PAGE = 100;

    private final AuditStore store;
    private final Actors actors;
    private final Clock clock;

    public AuditTrail(AuditStore store, Actors actors, Clock clock) {
        this.store = store;
        this.actors = actors;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(Audited event) {
        Actor actor = actors.current();
        AuditStore.Head head = store.lockHead();
        long seq = head.lastSeq() + 1;
        OffsetDateTime at = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        String hash = ChainHash.of(head.lastHash(), seq, at, actor.username(), event.action(), event.entityType(),
                event.entityId(), event.organizationId(), event.organizationPath(), event.summary());
        store.append(new AuditRecord(seq, at, actor.username(), event.action(), event.entityType(), event.entityId(),
                event.organizationId(), event.organizationPath(), event.summary(), head.lastHash(), hash));
    }

    /** Records about organisations in the user's scope, newest first, {@value #PAGE} a page. */
    @Transactional(readOnly = true)
    public List<AuditRecord> find(AuditFilter filter, int page) {
        Actor actor = actors.current();
        if (!actor.can(Permission.AUDIT_READ)) {
            throw new Forbidden("error.forbidden.permission");
        }
        return store.find(actor.scopePath(), filter, PAGE + 1, Math.max(page, 0) * PAGE);
    }

    public static int pageSize() {
        return PAGE;
    }

    @Transactional(readOnly = true)
    public List<String> actions() {
        return store.actions();
    }

    /** Re-computes the whole chain and reports the first altered or missing record. */
    @Transactional(readOnly = true)
    public ChainCheck verify() {
        if (!actors.current().can(Permission.AUDIT_VERIFY)) {
            throw new Forbidden("error.forbidden.permission");
        }
        long expectedSeq = 1;
        String prevHash = ChainHash.GENESIS;
        long checked = 0;
        List<AuditRecord> batch;
        while (!(batch = store.batchAfter(expectedSeq - 1, 5000)).isEmpty()) {
            for (AuditRecord r : batch) {
                if (r.seq() != expectedSeq) {
                    return new ChainCheck(checked, expectedSeq, "MISSING");
                }
                String computed = ChainHash.of(r.prevHash(), r.seq(), r.occurredAt(), r.actor(), r.action(),
                        r.entityType(), r.entityId(), r.organizationId(), r.organizationPath(), r.summary());
                if (!r.prevHash().equals(prevHash) || !computed.equals(r.hash())) {
                    return new ChainCheck(checked, r.seq(), "ALTERED");
                }
                prevHash = r.hash();
                expectedSeq++;
                checked++;
            }
        }
        AuditStore.Head head = store.head();
        if (head.lastSeq() != expectedSeq - 1 || !head.lastHash().equals(prevHash)) {
            return new ChainCheck(checked, expectedSeq, head.lastSeq() >= expectedSeq ? "MISSING" : "HEAD_MISMATCH");
        }
        return new ChainCheck(checked, null, null);
    }
}
