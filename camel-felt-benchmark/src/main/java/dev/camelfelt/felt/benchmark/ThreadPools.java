package dev.camelfelt.felt.benchmark;

import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.LongFunction;

/** Which pool a thread belongs to, by its name, and figures per pool as the benchmark prints them. */
final class ThreadPools {

    private ThreadPools() {
    }

    /** Camel's threads by the pool name Camel gives them, the stub's Jetty threads as one, others without numbers. */
    static String poolOf(String threadName) {
        if (threadName.startsWith("Camel (") && threadName.contains(" - ")) {
            return "Camel " + threadName.substring(threadName.lastIndexOf(" - ") + 3);
        }
        if (threadName.startsWith("qtp")) {
            return "WireMock Jetty";
        }
        return threadName.replaceAll("[-#]?\\d+", "");
    }

    /**
     * How many of these threads camel-felt runs: its Camel pools (FeltHttpIO, FeltCallback, FeltHttpScheduler,
     * FeltFileWork) and the felt consumers' scheduler threads, which Camel names after the endpoint.
     */
    static int componentThreads(Map<String, Integer> pools) {
        return pools.entrySet().stream().filter(e -> e.getKey().toLowerCase(Locale.ROOT).contains("felt"))
                .mapToInt(Map.Entry::getValue).sum();
    }

    /** The pools, biggest first; the ones below 2% of the total summed up as "other". */
    static String describe(Map<String, ? extends Number> pools, LongFunction<String> format) {
        long total = pools.values().stream().mapToLong(Number::longValue).sum();
        StringJoiner listed = new StringJoiner(", ");
        long other = 0;
        for (Map.Entry<String, ? extends Number> pool : pools.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue().longValue(), a.getValue().longValue())).toList()) {
            long value = pool.getValue().longValue();
            if (value * 50 >= total) {
                listed.add(pool.getKey() + " " + format.apply(value));
            } else {
                other += value;
            }
        }
        return other == 0 ? listed.toString() : listed.add("other " + format.apply(other)).toString();
    }
}
