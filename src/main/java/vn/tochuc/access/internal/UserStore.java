package vn.tochuc.access.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.tochuc.access.Role;
import vn.tochuc.access.UserAccount;

/** SQL for accounts. */
@Repository
public class UserStore {

    private static final String SELECT_ACCOUNT = """
            SELECT u.*, d.name AS scope_name, d.path AS scope_path, d.ended_on AS scope_ended_on
              FROM app_user u LEFT JOIN organization_directory d ON d.id = u.scope_org_id""";

    private final JdbcClient jdbc;

    public UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredUser> byUsername(String username) {
        return jdbc.sql("SELECT * FROM app_user WHERE username = :u").param("u", username)
                .query(UserStore::stored).optional();
    }

    public Optional<StoredUser> byId(long id) {
        return jdbc.sql("SELECT * FROM app_user WHERE id = :id").param("id", id).query(UserStore::stored).optional();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
    }

    /**
     * Accounts whose scope organisation lies under {@code scopePath} (the organisation itself included),
     * also those whose organisation has ended, so they can be moved to its successor.
     */
    public List<UserAccount> listUnder(String scopePath) {
        return jdbc.sql(SELECT_ACCOUNT + " WHERE d.path LIKE :prefix ORDER BY u.username")
                .param("prefix", scopePath + "%").query(UserStore::account).list();
    }

    public Optional<UserAccount> account(long id) {
        return jdbc.sql(SELECT_ACCOUNT + " WHERE u.id = :id").param("id", id).query(UserStore::account).optional();
    }

    public long insert(String username, String fullName, String passwordHash, Role role, long scopeOrgId,
            OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO app_user (username, full_name, password_hash, role, scope_org_id, password_changed_at, created_at)
                VALUES (:u, :name, :hash, :role, :scope, :now, :now)""")
                .param("u", username).param("name", fullName).param("hash", passwordHash).param("role", role.name())
                .param("scope", scopeOrgId).param("now", now).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Optimistic update of role, scope, name and enabled flag; false when the version moved on. */
    public boolean update(long id, int version, String fullName, Role role, long scopeOrgId, boolean enabled) {
        return jdbc.sql("""
                UPDATE app_user SET full_name = :name, role = :role, scope_org_id = :scope, enabled = :enabled,
                       version = version + 1 WHERE id = :id AND version = :version""")
                .param("name", fullName).param("role", role.name()).param("scope", scopeOrgId)
                .param("enabled", enabled).param("id", id).param("version", version).update() == 1;
    }

    public void setPassword(long id, String hash, OffsetDateTime now) {
        jdbc.sql("""
                UPDATE app_user SET password_hash = :hash, password_changed_at = :now, failed_attempts = 0,
                       locked_until = NULL, version = version + 1 WHERE id = :id""")
                .param("hash", hash).param("now", now).param("id", id).update();
    }

    /**
     * Counts one failed log-in and returns the count. A lock that has run out by {@code now} is cleared
     * first, so the count starts again at 1 instead of re-locking the account on its next mistake.
     */
    public int recordFailure(String username, OffsetDateTime now) {
        jdbc.sql("""
                UPDATE app_user
                   SET failed_attempts = CASE WHEN locked_until <= :now THEN 1 ELSE failed_attempts + 1 END,
                       locked_until = CASE WHEN locked_until <= :now THEN NULL ELSE locked_until END
                 WHERE username = :u""")
                .param("now", now).param("u", username).update();
        return jdbc.sql("SELECT failed_attempts FROM app_user WHERE username = :u").param("u", username)
                .query(Integer.class).optional().orElse(0);
    }

    public void lock(String username, OffsetDateTime until) {
        jdbc.sql("UPDATE app_user SET locked_until = :until WHERE username = :u").param("until", until)
                .param("u", username).update();
    }

    public void resetFailures(String username) {
        jdbc.sql("UPDATE app_user SET failed_attempts = 0, locked_until = NULL WHERE username = :u AND (failed_attempts > 0 OR locked_until IS NOT NULL)")
                .param("u", username).update();
    }

    public void unlock(long id) {
        jdbc.sql("UPDATE app_user SET failed_attempts = 0, locked_until = NULL, version = version + 1 WHERE id = :id")
                .param("id", id).update();
    }

    private static StoredUser stored(ResultSet rs, int n) throws SQLException {
        return new StoredUser(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"),
                rs.getString("password_hash"), Role.valueOf(rs.getString("role")), rs.getLong("scope_org_id"),
                rs.getBoolean("enabled"), rs.getInt("failed_attempts"),
                rs.getObject("locked_until", OffsetDateTime.class), rs.getInt("version"));
    }

    private static UserAccount account(ResultSet rs, int n) throws SQLException {
        return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"),
                Role.valueOf(rs.getString("role")), rs.getLong("scope_org_id"), rs.getString("scope_name"),
                rs.getString("scope_path"), rs.getObject("scope_ended_on", LocalDate.class), rs.getBoolean("enabled"),
                rs.getInt("failed_attempts"), rs.getObject("locked_until", OffsetDateTime.class),
                rs.getObject("created_at", OffsetDateTime.class), rs.getInt("version"));
    }
}
