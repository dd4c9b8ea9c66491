package vn.tochuc.access.internal;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import vn.tochuc.access.SignedInUser;
import vn.tochuc.organization.OrganizationPaths;
import vn.tochuc.shared.Actor;
import vn.tochuc.shared.Actors;
import vn.tochuc.shared.Forbidden;

/** The acting user for the service layer, from the security context; the system when running system tasks. */
@Component
public class CurrentActor implements Actors {

    /** The scope is resolved once per request: every service call of that request sees the same one. */
    private static final String ATTRIBUTE = CurrentActor.class.getName();

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
        if (request != null && request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Actor cached
                && cached.username().equals(user.username())) {
            return cached;
        }
        String path = organizations.pathOf(user.scopeOrganizationId())
                .orElseThrow(() -> new Forbidden("error.scopeEnded"));
        Actor actor = new Actor(user.username(), user.role().name(), user.scopeOrganizationId(), path,
                user.role().permissions());
        if (request != null) {
            request.setAttribute(ATTRIBUTE, actor, RequestAttributes.SCOPE_REQUEST);
        }
        return actor;
    }
}
