package dev.camelfelt.felt.benchmark;

import java.util.Arrays;
import java.util.Collection;
import java.util.function.ToLongFunction;

/** The median, 99th percentile and largest of a set of durations, in milliseconds. */
record DurationSummary(double medianMillis, double p99Millis, double maxMillis) {

    static DurationSummary ofNanos(long[] nanos) {
        if (nanos.length == 0) {
            return new DurationSummary(Double.NaN, Double.NaN, Double.NaN);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new DurationSummary(millis(percentile(sorted, 50)), millis(percentile(sorted, 99)),
                millis(sorted[sorted.length - 1]));
    }

    /** From one moment to another of each of these ids, where both are known (not 0). */
    static DurationSummary between(Collection<String> ids, ToLongFunction<String> from, ToLongFunction<String> to) {
        return ofNanos(ids.stream().filter(id -> from.applyAsLong(id) != 0 && to.applyAsLong(id) != 0)
                .mapToLong(id -> to.applyAsLong(id) - from.applyAsLong(id)).toArray());
    }

    /** The nearest-rank percentile. */
    private static long percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
