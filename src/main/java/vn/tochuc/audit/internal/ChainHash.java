package vn.tochuc.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/** The chain's hash function: SHA-256 of the previous hash and each field, separated by a unit separator. */
public final class ChainHash {

    public static final String GENESIS = "0".repeat(64);
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

    private ChainHash() {
    }

    public static String of(String prevHash, long seq, OffsetDateTime at, String actor, String action,
            String entityType, String entityId, long organizationId, String organizationPath, String summary) {
        String text = String.join("\u001f", prevHash, Long.toString(seq),
                INSTANT.format(at.withOffsetSameInstant(ZoneOffset.UTC)), actor, action, entityType, entityId,
                Long.toString(organizationId), organizationPath, summary);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
