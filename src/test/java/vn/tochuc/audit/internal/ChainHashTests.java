package vn.tochuc.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The audit chain's hash: SHA-256 over the previous hash and every field of the record. */
class ChainHashTests {

    private static final OffsetDateTime AT = OffsetDateTime.of(2025, 7, 1, 8, 30, 15, 123_456_000, ZoneOffset.ofHours(7));

    private static String hash(String prev, long seq, OffsetDateTime at, String actor, String action, String summary) {
        return ChainHash.of(prev, seq, at, actor, action, "organization", "17", 17L, "/1/5/17/", summary);
    }

    @Test
    void theSameRecordAlwaysHashesTheSame() {
        String first = hash(ChainHash.GENESIS, 1, AT, "admin", "ORGANIZATION_FOUNDED", "Thành lập Chi bộ thôn 1");
        assertThat(hash(ChainHash.GENESIS, 1, AT, "admin", "ORGANIZATION_FOUNDED", "Thành lập Chi bộ thôn 1"))
                .isEqualTo(first);
        assertThat(first).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void theGenesisHashIsSixtyFourZeros() {
        assertThat(ChainHash.GENESIS).isEqualTo("0".repeat(64));
    }

    @Test
    void changingAnyFieldOrThePreviousHashChangesTheHash() {
        String base = hash(ChainHash.GENESIS, 1, AT, "admin", "ORGANIZATION_FOUNDED", "Thành lập Chi bộ thôn 1");
        assertThat(hash(ChainHash.GENESIS, 1, AT, "admin", "ORGANIZATION_FOUNDED", "Thành lập Chi bộ thôn 2")).isNotEqualTo(base);
        assertThat(hash(ChainHash.GENESIS, 2, AT, "admin", "ORGANIZATION_FOUNDED", "Thành lập Chi bộ thôn 1")).isNotEqualTo(base);
        assertThat(hash(ChainHash.GENESIS, 1, AT.plusNanos(1000), "admin", "ORGANIZATION_FOUNDED", "Thành lập Chi bộ thôn 1")).isNotEqualTo(base);
        assertThat(hash(base, 1, AT, "admin", "ORGANIZATION_FOUNDED", "Thành lập Chi bộ thôn 1")).isNotEqualTo(base);
        assertThat(ChainHash.of(ChainHash.GENESIS, 1, AT, "admin", "ORGANIZATION_FOUNDED", "organization", "17", 18L,
                "/1/5/17/", "Thành lập Chi bộ thôn 1")).isNotEqualTo(base);
    }

    @Test
    void fieldsAreSeparatedSoShiftingTextBetweenThemChangesTheHash() {
        assertThat(hash(ChainHash.GENESIS, 1, AT, "ad", "minX", "s"))
                .isNotEqualTo(hash(ChainHash.GENESIS, 1, AT, "adm", "inX", "s"));
    }

    @Test
    void theSameInstantHashesTheSameInAnyOffset() {
        // stored as timestamptz and read back in the JDBC driver's offset, not necessarily +07:00
        assertThat(hash(ChainHash.GENESIS, 1, AT.withOffsetSameInstant(ZoneOffset.UTC), "admin", "A", "s"))
                .isEqualTo(hash(ChainHash.GENESIS, 1, AT, "admin", "A", "s"));
    }

    @Test
    void onlyMicrosecondsCountBecauseTheDatabaseKeepsNoMore() {
        assertThat(hash(ChainHash.GENESIS, 1, AT.plusNanos(999), "admin", "A", "s"))
                .isEqualTo(hash(ChainHash.GENESIS, 1, AT, "admin", "A", "s"));
    }
}
