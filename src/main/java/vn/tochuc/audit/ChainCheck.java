package vn.tochuc.audit;

/**
 * Result of re-computing the hash chain.
 *
 * @param firstBrokenSeq the first record whose hash or link does not match, or that is missing; null when intact
 * @param problem        {@code ALTERED}, {@code MISSING} or {@code HEAD_MISMATCH}; null when intact
 */
public record ChainCheck(long checked, Long firstBrokenSeq, String problem) {

    public boolean intact() {
        return firstBrokenSeq == null;
    }
}
