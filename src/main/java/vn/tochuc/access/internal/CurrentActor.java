package vn.tochuc.access.internal;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import vn.tochuc.access.SignedInUser;
import vn.tochuc.organization.OrganizationPaths;
import vn.tochuc.shared.Actor;
import vn.tochuc.shared.Actors;
import vn.tochuc.shared.Forbidden;

/**
 * The acting user for the service layer, from the security context; the system when running system tasks.
 *
 * <p>One service call asks for the actor several times (its own checks, the store stamping the operator,
 * the audit trail), and resolving the scope is a query. So the scope is resolved once per request; outside a
 * request (start-up tasks acting as named accounts, work called in-process) once per transaction and
 * account. The next request or transaction looks it up again, so a moved organisation or a changed scope
 * takes effect at once.
 */
@Component
public class CurrentActor implements Actors {

    /** The scope is resolved once per request: every service call of that request sees the same one. */
    private static final String ATTRIBUTE = CurrentActor.class.getName();
    /** Outside a request: the transaction's resource key. */
    private static final Object KEY = new Object();

    private final OrganizationPaths organizations;

    public CurrentActor(OrganizationPaths organizations) {
        this.organizations = organizations;
    }

    @Override
    public Actor current() {
        if (vn.tochuc.access.SystemTasks.active()) {
            return Actor.system();
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)) {
            throw new Forbidden("error.unauthenticated");
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            if (request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Actor cached
                    && cached.username().equals(user.username())) {
                return cached;
            }
            Actor actor = resolve(user);
            request.setAttribute(ATTRIBUTE, actor, RequestAttributes.SCOPE_REQUEST);
            return actor;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return resolve(user);
        }
        if (TransactionSynchronizationManager.getResource(KEY) instanceof Resolved resolved && resolved.user() == user) {
            return resolved.actor();
        }
        Actor actor = resolve(user);
        remember(new Resolved(user, actor));
        return actor;
    }

    private Actor resolve(SignedInUser user) {
        String path = organizations.pathOf(user.scopeOrganizationId())
                .orElseThrow(() -> new Forbidden("error.scopeEnded"));
        return new Actor(user.username(), user.role().name(), user.scopeOrganizationId(), path,
                user.role().permissions());
    }

    /** Kept for the rest of this transaction; a different principal (acting as another account) replaces it. */
    private static void remember(Resolved resolved) {
        if (TransactionSynchronizationManager.unbindResourceIfPossible(KEY) == null) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }
            });
        }
        TransactionSynchronizationManager.bindResource(KEY, resolved);
    }

    /** The principal the actor was resolved for, compared by identity: each act-as is a new one. */
    private record Resolved(SignedInUser user, Actor actor) {
    }
}
