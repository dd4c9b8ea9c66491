package vn.tochuc.membership.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the register already holds, asked for a whole chunk of rows at a time (never once per row): citizen IDs
 * and card numbers anywhere (they are unique nationally), and members with the same folded name.
 */
@Repository
class ExistingMembers {

    /** Values per IN list: well under every driver's bind-parameter limit. */
    private static final int LIST = 5_000;

    private final JdbcClient jdbc;

    ExistingMembers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<String> citizenIds(Collection<String> ids) {
        return matching("SELECT citizen_id FROM member WHERE citizen_id IN (:values)", ids);
    }

    Set<String> cardNumbers(Collection<String> cards) {
        return matching("SELECT card_number FROM member WHERE card_number IN (:values)", cards);
    }

    /**
     * "folded name|birth date|organisation" of the members in one of {@code organizations} whose folded name is
     * one of {@code nameKeys} (common names are borne by thousands elsewhere: only the rows' organisations count).
     */
    Set<String> people(Collection<String> nameKeys, Collection<Long> organizations) {
        Set<String> found = new HashSet<>();
        if (organizations.isEmpty()) {
            return found;
        }
        List<Long> in = List.copyOf(new HashSet<>(organizations));
        for (List<String> part : parts(nameKeys)) {
            jdbc.sql("SELECT name_key, birth_date, organization_id FROM member WHERE name_key IN (:values)"
                    + " AND organization_id IN (:organizations)")
                    .param("values", part).param("organizations", in)
                    .query((rs, n) -> rs.getString(1) + '|' + rs.getObject(2, LocalDate.class) + '|' + rs.getLong(3))
                    .list().forEach(found::add);
        }
        return found;
    }

    private Set<String> matching(String sql, Collection<String> values) {
        Set<String> found = new HashSet<>();
        for (List<String> part : parts(values)) {
            found.addAll(jdbc.sql(sql).param("values", part).query(String.class).list());
        }
        return found;
    }

    private static List<List<String>> parts(Collection<String> values) {
        List<String> all = new ArrayList<>(new HashSet<>(values));
        List<List<String>> parts = new ArrayList<>();
        for (int i = 0; i < all.size(); i += LIST) {
            parts.add(all.subList(i, Math.min(all.size(), i + LIST)));
        }
        return parts;
    }
}
