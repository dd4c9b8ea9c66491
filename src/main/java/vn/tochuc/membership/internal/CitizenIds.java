package vn.tochuc.membership.internal;

/**
 * The citizen IDs met so far in a load, to refuse a duplicate before the database would: 12 digits fit a
 * {@code long}, so millions of IDs take a few dozen megabytes in an open-addressing table instead of boxed
 * strings.
 */
public final class CitizenIds {

    private static final long EMPTY = -1;

    private long[] slots = newTable(1 << 16);
    private int size;

    /** Adds a 12-digit ID; false when it was already there. */
    public boolean add(String citizenId) {
        long id = Long.parseLong(citizenId);
        if ((size + 1) * 2L > slots.length) {
            grow();
        }
        return insert(slots, id);
    }

    private boolean insert(long[] table, long id) {
        int mask = table.length - 1;
        int i = Long.hashCode(id * 0x9E3779B97F4A7C15L) & mask;
        while (table[i] != EMPTY) {
            if (table[i] == id) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = id;
        if (table == slots) {
            size++;
        }
        return true;
    }

    private void grow() {
        long[] old = slots;
        long[] bigger = newTable(old.length * 2);
        for (long id : old) {
            if (id != EMPTY) {
                insert(bigger, id);
            }
        }
        slots = bigger;
    }

    private static long[] newTable(int capacity) {
        long[] table = new long[capacity];
        java.util.Arrays.fill(table, EMPTY);
        return table;
    }
}
