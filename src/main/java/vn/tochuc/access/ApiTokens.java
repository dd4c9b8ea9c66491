package vn.tochuc.access;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.access.internal.ApiTokenStore;
import vn.tochuc.access.internal.ApiTokenStore.TokenRow;
import vn.tochuc.access.internal.StoredUser;
import vn.tochuc.access.internal.UserStore;
import vn.tochuc.shared.Actor;
import vn.tochuc.shared.Actors;
import vn.tochuc.shared.DomainException;
import vn.tochuc.shared.NotFound;

/** Personal API tokens of the signed-in user: shown once when created, stored only as a hash. */
@Service
@Transactional
public class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenStore tokens;
    private final UserStore users;
    private final Actors actors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ApiTokens(ApiTokenStore tokens, UserStore users, Actors actors, ApplicationEventPublisher events, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.actors = actors;
        this.events = events;
        this.clock = clock;
    }

    /** Creates a token and returns it: the only time it is ever shown. */
    public String create(String label) {
        String name = label == null ? "" : label.strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new DomainException("label", "access.error.tokenLabel");
        }
        Actor actor = actors.current();
        StoredUser me = me(actor);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = "tc_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.insert(me.id(), name, ApiTokenStore.hash(token), OffsetDateTime.now(clock));
        events.publishEvent(new UserChanged("API_TOKEN_CREATED", me.id(), me.scopeOrganizationId(), actor.scopePath(),
                "Tạo khóa API \"" + name + "\" cho tài khoản " + me.username()));
        return token;
    }

    @Transactional(readOnly = true)
    public List<TokenRow> mine() {
        return tokens.forUser(me(actors.current()).id());
    }

    public void revoke(long tokenId) {
        Actor actor = actors.current();
        StoredUser me = me(actor);
        if (!tokens.revoke(me.id(), tokenId, OffsetDateTime.now(clock))) {
            throw new NotFound("token", tokenId);
        }
        events.publishEvent(new UserChanged("API_TOKEN_REVOKED", me.id(), me.scopeOrganizationId(), actor.scopePath(),
                "Thu hồi khóa API số " + tokenId + " của tài khoản " + me.username()));
    }

    private StoredUser me(Actor actor) {
        return users.byUsername(actor.username()).orElseThrow(() -> new NotFound("user", actor.username()));
    }
}
