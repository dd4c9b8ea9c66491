package vn.tochuc.congress;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.congress.internal.CongressStore;
import vn.tochuc.organization.OrganizationPaths;
import vn.tochuc.shared.Actor;
import vn.tochuc.shared.Actors;
import vn.tochuc.shared.Conflict;
import vn.tochuc.shared.DomainException;
import vn.tochuc.shared.NotFound;
import vn.tochuc.shared.Permission;
import vn.tochuc.shared.VietnameseText;

/** Congresses of organisations in the acting user's scope. */
@Service
@Transactional
public class Congresses {

    private static final Pattern TERM = Pattern.compile("(\\d{4})\\s*[-–]\\s*(\\d{4})");

    private final CongressStore store;
    private final OrganizationPaths paths;
    private final Actors actors;
    private final ApplicationEventPublisher events;

    public Congresses(CongressStore store, OrganizationPaths paths, Actors actors, ApplicationEventPublisher events) {
        this.store = store;
        this.paths = paths;
        this.actors = actors;
        this.events = events;
    }

    /** What is typed to record a congress. */
    public record NewCongress(long organizationId, CongressKind kind, String name, String term, LocalDate opensOn,
            LocalDate closesOn, String place) {
    }

    @Transactional(readOnly = true)
    public CongressView get(long id) {
        CongressView congress = store.find(id).orElseThrow(() -> new NotFound("congress", id));
        actors.current().requireVisible(congress.organizationPath(), "congress", id);
        return congress;
    }

    @Transactional(readOnly = true)
    public List<CongressView> inScope() {
        return store.under(actors.current().scopePath(), 500);
    }

    public long record(NewCongress command) {
        Actor actor = actors.current();
        String path = paths.pathOf(command.organizationId())
                .orElseThrow(() -> new DomainException("organizationId", "congress.error.organization"));
        actor.require(Permission.ORGANIZATION_WRITE, path);
        String name = VietnameseText.normalize(command.name());
        if (name == null || name.isEmpty() || name.length() > 300) {
            throw new DomainException("name", "congress.error.name");
        }
        if (command.kind() == null) {
            throw new DomainException("kind", "congress.error.kind");
        }
        String term = checkedTerm(command.term());
        if (command.opensOn() == null || command.closesOn() == null || command.closesOn().isBefore(command.opensOn())) {
            throw new DomainException("closesOn", "congress.error.dates");
        }
        long id = store.insert(command.organizationId(), command.kind(), name, term, command.opensOn(),
                command.closesOn(), VietnameseText.normalize(command.place()), CongressStatus.PLANNED);
        events.publishEvent(new CongressChanged("CONGRESS_RECORDED", id, command.organizationId(), path,
                "Ghi nhận " + name));
        return id;
    }

    public void markHeld(long id, int version) {
        CongressView congress = get(id);
        actors.current().require(Permission.ORGANIZATION_WRITE, congress.organizationPath());
        if (!store.updateStatus(id, CongressStatus.HELD, version)) {
            throw new Conflict("error.conflict");
        }
        events.publishEvent(new CongressChanged("CONGRESS_HELD", id, congress.organizationId(),
                congress.organizationPath(), "Đã tổ chức " + congress.name()));
    }

    private static String checkedTerm(String term) {
        var matcher = TERM.matcher(term == null ? "" : term.strip());
        if (!matcher.matches() || Integer.parseInt(matcher.group(2)) <= Integer.parseInt(matcher.group(1))) {
            throw new DomainException("term", "congress.error.term");
        }
        return matcher.group(1) + "–" + matcher.group(2);
    }
}
