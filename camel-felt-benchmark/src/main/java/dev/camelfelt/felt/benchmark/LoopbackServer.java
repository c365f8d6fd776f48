package dev.camelfelt.felt.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A JDK HttpServer on 127.0.0.1 that answers every request after a set latency without holding a thread meanwhile:
 * its handler only schedules the answer on a timer, and the answer is decided and written from that timer's thread
 * when it is due (as a server reads its state when it has done its work). Its threads are named "stub-..." (and the
 * JDK's "HTTP-Dispatcher"), so that the benchmark can leave them out of its thread counts.
 */
final class LoopbackServer implements AutoCloseable {

    static final String THREAD_PREFIX = "stub-";

    /** Decides the answer to a request when it is due. */
    interface Handler {
        Answer answer(String method, URI url);

        /** The request has been read, {@code latency} before its answer is due. */
        default void received(String method, URI url) {
        }
    }

    /** An answer: status, content type, body and extra headers. */
    record Answer(int status, String contentType, byte[] body, Map<String, String> headers) {
        static Answer of(int status, String contentType, byte[] body) {
            return new Answer(status, contentType, body, Map.of());
        }
    }

    private final HttpServer server;
    private final Handler handler;
    private final ExecutorService handlers = Executors.newFixedThreadPool(2, named("stub-http"));
    // two, so that writing the answers due at one moment keeps up with a burst: a late answer is measured as lag
    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2, named("stub-timer"));
    private volatile long latencyMillis;

    LoopbackServer(long latencyMillis, Handler handler) throws IOException {
        this.latencyMillis = latencyMillis;
        this.handler = handler;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4096);
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Whether a thread of this name is one of a loopback server's. */
    static boolean isServerThread(String threadName) {
        return threadName.startsWith(THREAD_PREFIX) || threadName.startsWith("HTTP-Dispatcher");
    }

    void setLatencyMillis(long latencyMillis) {
        this.latencyMillis = latencyMillis;
    }

    long latencyMillis() {
        return latencyMillis;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (InputStream body = exchange.getRequestBody()) {
            body.readAllBytes();
        }
        handler.received(exchange.getRequestMethod(), exchange.getRequestURI());
        if (latencyMillis <= 0) {
            answer(exchange);
        } else {
            timer.schedule(() -> answer(exchange), latencyMillis, TimeUnit.MILLISECONDS);
        }
    }

    private void answer(HttpExchange exchange) {
        try {
            Answer answer = handler.answer(exchange.getRequestMethod(), exchange.getRequestURI());
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            answer.headers().forEach(exchange.getResponseHeaders()::set);
            exchange.sendResponseHeaders(answer.status(), answer.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer.body());
            }
        } catch (IOException | RuntimeException e) {
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
