package dev.camelfelt.felt.benchmark;

import java.io.File;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.camelfelt.felt.FeltConstants;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * The end of the benchmark's routes: notes when each downloaded export reached it and how big its file was, then
 * deletes the file so that a thousand exports leave nothing behind.
 */
final class ExportReceiver implements Processor {

    /** An export as the route received it: the {@link System#nanoTime()} of its arrival and its file's size. */
    record Delivery(long arrivedAt, long fileBytes) {
    }

    private final Map<String, Delivery> deliveries = new ConcurrentHashMap<>();

    @Override
    public void process(Exchange exchange) throws Exception {
        long arrivedAt = System.nanoTime();
        File file = exchange.getMessage().getMandatoryBody(File.class);
        long fileBytes = Files.size(file.toPath());
        Files.delete(file.toPath());
        deliveries.put(exchange.getMessage().getHeader(FeltConstants.EXPORT_ID, String.class),
                new Delivery(arrivedAt, fileBytes));
    }

    Map<String, Delivery> deliveries() {
        return deliveries;
    }

    void clear() {
        deliveries.clear();
    }
}
