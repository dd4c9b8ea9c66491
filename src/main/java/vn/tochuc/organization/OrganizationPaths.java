package vn.tochuc.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.organization.internal.OrganizationStore;
import vn.tochuc.shared.DateFormats;

/**
 * Unchecked path look-up for resolving scopes (the access module at each request) and filing records
 * under an organisation. It reveals only a path, never a name.
 */
@Component
@Transactional(readOnly = true)
public class OrganizationPaths {

    private final OrganizationStore store;
    private final Clock clock;

    public OrganizationPaths(OrganizationStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The path of the organisation today, empty when it does not exist or has ended. */
    public Optional<String> pathOf(long id) {
        return store.currentPath(id, LocalDate.now(clock.withZone(DateFormats.ZONE)));
    }

    /**
     * Every organisation in force today, keyed by its code in upper case, read in one query: an import looks up
     * each row's organisation in memory instead of asking the database per row.
     */
    public Map<String, CodedOrganization> inForceByCode() {
        Map<String, CodedOrganization> byCode = new HashMap<>();
        for (CodedOrganization o : store.codedInForce(LocalDate.now(clock.withZone(DateFormats.ZONE)))) {
            byCode.put(o.code().strip().toUpperCase(Locale.ROOT), o);
        }
        return byCode;
    }
}
