package vn.tochuc.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Personal API tokens, kept only as SHA-256 hashes. */
@Repository
public class ApiTokenStore {

    private final JdbcClient jdbc;

    public ApiTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<String> usernameFor(String tokenHash) {
        return jdbc.sql("""
                SELECT u.username FROM api_token t JOIN app_user u ON u.id = t.user_id
                 WHERE t.token_hash = :h AND t.revoked_at IS NULL""")
                .param("h", tokenHash).query(String.class).optional();
    }

    public void insert(long userId, String label, String tokenHash, OffsetDateTime now) {
        jdbc.sql("INSERT INTO api_token (user_id, label, token_hash, created_at) VALUES (:u, :l, :h, :now)")
                .param("u", userId).param("l", label).param("h", tokenHash).param("now", now).update();
    }

    public List<TokenRow> forUser(long userId) {
        return jdbc.sql("SELECT id, label, created_at, revoked_at FROM api_token WHERE user_id = :u ORDER BY id")
                .param("u", userId)
                .query((rs, n) -> new TokenRow(rs.getLong(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class), rs.getObject(4, OffsetDateTime.class)))
                .list();
    }

    public boolean revoke(long userId, long tokenId, OffsetDateTime now) {
        return jdbc.sql("UPDATE api_token SET revoked_at = :now WHERE id = :id AND user_id = :u AND revoked_at IS NULL")
                .param("now", now).param("id", tokenId).param("u", userId).update() == 1;
    }

    /** A token as listed to its owner (never the token itself). */
    public record TokenRow(long id, String label, OffsetDateTime createdAt, OffsetDateTime revokedAt) {
    }
}
