package vn.tochuc.election.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import vn.tochuc.election.internal.EntryStore.Entry;

/**
 * The entry log's hash chain (nhật ký nhập phiếu): each row hashes the previous row's hash and its own
 * fields, so the final hash printed on the minutes seals every entry, correction and resolution.
 */
public final class EntryChain {

    public static final String GENESIS = "0".repeat(64);
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

    private EntryChain() {
    }

    public static String hash(Entry e) {
        String text = String.join("\u001f", e.prevHash(), Long.toString(e.electionId()), Integer.toString(e.seq()),
                e.kind(), Integer.toString(e.passNo()), Integer.toString(e.ballotNo()), e.content(),
                String.valueOf(e.voidsId()), e.operator(), String.valueOf(e.reason()),
                INSTANT.format(e.enteredAt().withOffsetSameInstant(ZoneOffset.UTC)));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The seq of the first row whose link or hash does not match, or -1 when the chain is intact. */
    public static int firstBroken(List<Entry> log) {
        String previous = GENESIS;
        for (Entry e : log) {
            if (!e.prevHash().equals(previous) || !hash(e).equals(e.hash())) {
                return e.seq();
            }
            previous = e.hash();
        }
        return -1;
    }
}
