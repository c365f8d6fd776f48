package dev.camelfelt.felt.benchmark;

/**
 * What the runs are given, from system properties: {@code benchmark.exports} (10,000), {@code benchmark.latency}
 * the stub's latency in ms (100), {@code benchmark.pollDelay} the export runs' fixed poll delay in ms (5,000),
 * {@code benchmark.seed} (1) for when each export completes.
 */
record Settings(int exports, long latencyMillis, long pollDelayMillis, long seed) {

    static Settings fromSystemProperties() {
        return new Settings(Integer.getInteger("benchmark.exports", 10_000), Long.getLong("benchmark.latency", 100),
                Long.getLong("benchmark.pollDelay", 5_000), Long.getLong("benchmark.seed", 1));
    }

    /** The same settings with another number of exports, e.g. for a warm-up. */
    Settings withExports(int count) {
        return new Settings(count, latencyMillis, pollDelayMillis, seed);
    }

    /** The lag goal: an export is routed within a poll delay and two latencies (its last poll, its download). */
    long lagGoalMillis() {
        return pollDelayMillis + 2 * latencyMillis;
    }
}
