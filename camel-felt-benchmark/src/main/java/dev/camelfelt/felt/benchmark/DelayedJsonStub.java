package dev.camelfelt.felt.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Plays Felt for GET /api/v2/maps/{id}: answers a small map after a set latency without holding a thread meanwhile.
 * The handler only schedules the answer on a timer; the JDK HttpServer lets the answer be written later from that
 * timer's thread. Its threads are named "stub-..." so that the benchmark can leave them out of its thread counts.
 */
final class DelayedJsonStub implements AutoCloseable {

    static final String THREAD_PREFIX = "stub-";

    private static final byte[] MAP = ("{\"id\":\"m\",\"title\":\"Parks\",\"url\":\"https://felt.com/map/m\","
                                       + "\"layers\":[],\"layer_groups\":[],\"elements\":[]}")
            .getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newFixedThreadPool(2, named("stub-http"));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(named("stub-timer"));
    private final AtomicLong answered = new AtomicLong();
    private volatile long latencyMillis;

    DelayedJsonStub(long latencyMillis) throws IOException {
        this.latencyMillis = latencyMillis;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4096);
        server.setExecutor(handlers);
        server.createContext("/api/v2/maps/", this::handle);
        server.start();
    }

    void setLatencyMillis(long latencyMillis) {
        this.latencyMillis = latencyMillis;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    long answered() {
        return answered.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (InputStream body = exchange.getRequestBody()) {
            body.readAllBytes();
        }
        if (latencyMillis <= 0) {
            answer(exchange);
        } else {
            timer.schedule(() -> answer(exchange), latencyMillis, TimeUnit.MILLISECONDS);
        }
    }

    private void answer(HttpExchange exchange) {
        try {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, MAP.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(MAP);
            }
            answered.incrementAndGet();
        } catch (IOException e) {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
        timer.shutdownNow();
    }

    private static ThreadFactory named(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
