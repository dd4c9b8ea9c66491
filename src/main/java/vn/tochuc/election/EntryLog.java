package vn.tochuc.election;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The printed entry log (nhật ký nhập phiếu): every entry, correction and resolution, each with its hash;
 * {@code finalHash} goes on the minutes; {@code firstBrokenSeq} is -1 when the chain is intact.
 */
public record EntryLog(List<Row> rows, String finalHash, int firstBrokenSeq) {

    public record Row(int seq, String kind, int passNo, int ballotNo, String readBack, String operator, String reason,
            OffsetDateTime at, String hash) {
    }
}
