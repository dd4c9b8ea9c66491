package vn.tochuc.bench;

import java.util.Arrays;

/** Bounded timing loops and their percentiles (nearest rank), in milliseconds. */
final class Timings {

    @FunctionalInterface
    interface Run {
        void run(int i) throws Exception;
    }

    private Timings() {
    }

    /** {@code warmup} untimed runs, then {@code runs} timed ones; the timings sorted. */
    static long[] time(int warmup, int runs, Run run) throws Exception {
        for (int i = 0; i < warmup; i++) {
            run.run(i);
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            run.run(warmup + i);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    /** "p50 / p95 / max" of sorted timings, in milliseconds. */
    static String stats(long[] sorted) {
        return "%.2f / %.2f / %.2f".formatted(millis(percentile(sorted, 50)), millis(percentile(sorted, 95)),
                millis(sorted[sorted.length - 1]));
    }

    static double p95(long[] sorted) {
        return millis(percentile(sorted, 95));
    }

    static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(rank - 1, 0)];
    }

    static double millis(long nanos) {
        return nanos / 1e6;
    }
}
