package vn.tochuc.membership.importing;

import java.util.Arrays;

/**
 * The first row each key was seen on, for duplicates within a file of millions of rows: keys are 64-bit numbers
 * (a citizen ID as a number, a hash for text) in open-addressed arrays, about 12 bytes a row instead of the
 * hundred a {@code HashMap<String, Integer>} entry takes.
 */
final class FirstRows {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys = new long[1024];
    private int[] rows = new int[1024];
    private int size;

    FirstRows() {
        Arrays.fill(keys, EMPTY);
    }

    /** Remembers {@code row} for {@code key} and returns 0, or returns the earlier row that had the same key. */
    int putIfAbsent(long key, int row) {
        long k = key == EMPTY ? EMPTY + 1 : key;
        int mask = keys.length - 1;
        for (int i = mix(k) & mask; ; i = (i + 1) & mask) {
            if (keys[i] == EMPTY) {
                keys[i] = k;
                rows[i] = row;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return 0;
            }
            if (keys[i] == k) {
                return rows[i];
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldRows = rows;
        keys = new long[oldKeys.length * 2];
        rows = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                putIfAbsent(oldKeys[i], oldRows[i]);
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    /** A 64-bit FNV-1a hash of text: two different card numbers share one with odds of about 1 in 10^12 per file. */
    static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
