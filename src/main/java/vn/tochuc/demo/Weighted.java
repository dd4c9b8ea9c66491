package vn.tochuc.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** A fixed set of values drawn with given weights (shares in any unit: per cent, per mille, counts). */
final class Weighted<T> {

    private final List<T> values;
    private final double[] cumulative;

    private Weighted(List<T> values, double[] weights) {
        if (values.isEmpty() || values.size() != weights.length) {
            throw new IllegalArgumentException("weights do not match the values");
        }
        this.values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        this.cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] < 0) {
                throw new IllegalArgumentException("negative weight for " + values.get(i));
            }
            sum += weights[i];
            cumulative[i] = sum;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("no positive weight");
        }
    }

    /** Values in insertion order of {@code weights} (use a LinkedHashMap, or Map.of only when order is irrelevant). */
    static <T> Weighted<T> of(Map<T, ? extends Number> weights) {
        List<T> values = new ArrayList<>(weights.keySet());
        double[] w = new double[values.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = weights.get(values.get(i)).doubleValue();
        }
        return new Weighted<>(values, w);
    }

    /** Alternating value, weight: {@code Weighted.pairs("Văn", 70, "Đức", 5)}. */
    @SuppressWarnings("unchecked")
    static <T> Weighted<T> pairs(Object... valueWeight) {
        List<T> values = new ArrayList<>();
        double[] w = new double[valueWeight.length / 2];
        for (int i = 0; i < w.length; i++) {
            values.add((T) valueWeight[2 * i]);
            w[i] = ((Number) valueWeight[2 * i + 1]).doubleValue();
        }
        return new Weighted<>(values, w);
    }

    /** Each value weighted by {@code weight}. */
    static <T> Weighted<T> by(List<T> values, java.util.function.ToDoubleFunction<T> weight) {
        return new Weighted<>(values, values.stream().mapToDouble(weight).toArray());
    }

    /** Every value the same weight. */
    static <T> Weighted<T> uniform(List<T> values) {
        double[] w = new double[values.size()];
        java.util.Arrays.fill(w, 1);
        return new Weighted<>(values, w);
    }

    T draw(Random random) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] > x) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return values.get(low);
    }

    /** The share of {@code value} among all weights (0 when absent). */
    double share(T value) {
        int i = values.indexOf(value);
        if (i < 0) {
            return 0;
        }
        double previous = i == 0 ? 0 : cumulative[i - 1];
        return (cumulative[i] - previous) / cumulative[cumulative.length - 1];
    }

    List<T> values() {
        return values;
    }
}
