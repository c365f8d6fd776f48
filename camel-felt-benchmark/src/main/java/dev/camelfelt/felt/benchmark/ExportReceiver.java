package dev.camelfelt.felt.benchmark;

import java.io.File;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.camelfelt.felt.FeltConstants;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * The end of the benchmark's routes: notes when each downloaded export first reached it, how big its file was and
 * how often it came, then deletes the file so that thousands of exports leave nothing behind.
 */
final class ExportReceiver implements Processor {

    /** An export as the route received it: the {@link System#nanoTime()} of its first arrival and its file's size. */
    record Delivery(long arrivedAt, long fileBytes) {
    }

    private final Map<String, Delivery> deliveries = new ConcurrentHashMap<>();
    private final Map<String, Integer> arrivals = new ConcurrentHashMap<>();

    @Override
    public void process(Exchange exchange) throws Exception {
        long arrivedAt = System.nanoTime();
        File file = exchange.getMessage().getMandatoryBody(File.class);
        long fileBytes = Files.size(file.toPath());
        Files.delete(file.toPath());
        String exportId = exchange.getMessage().getHeader(FeltConstants.EXPORT_ID, String.class);
        deliveries.putIfAbsent(exportId, new Delivery(arrivedAt, fileBytes));
        arrivals.merge(exportId, 1, Integer::sum);
    }

    Map<String, Delivery> deliveries() {
        return deliveries;
    }

    /** How many exports reached the route more than once. */
    long arrivedTwice() {
        return arrivals.values().stream().filter(count -> count > 1).count();
    }

    /** How many exports have reached the route. */
    int received() {
        return deliveries.size();
    }
}
