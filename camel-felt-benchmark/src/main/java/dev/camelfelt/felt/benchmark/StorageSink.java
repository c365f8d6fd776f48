package dev.camelfelt.felt.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A storage host on 127.0.0.1 that takes form posts as S3 does (204) and keeps nothing but their size and timing, so
 * that a large upload costs the benchmark's heap nothing on the receiving side (WireMock would hold the whole body).
 */
final class StorageSink implements AutoCloseable {

    private static final String PATH = "/bucket";

    private final HttpServer server;
    private final byte[] buffer = new byte[256 * 1024];
    private volatile long lastBytes;
    private volatile long lastStartedAt;
    private volatile long lastEndedAt;

    private StorageSink() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext(PATH, this::receive);
    }

    static StorageSink start() throws IOException {
        StorageSink sink = new StorageSink();
        sink.server.start();
        return sink;
    }

    private void receive(HttpExchange exchange) throws IOException {
        long startedAt = System.nanoTime();
        long bytes = 0;
        try (InputStream body = exchange.getRequestBody()) {
            for (int n; (n = body.read(buffer)) > 0; ) {
                bytes += n;
            }
        }
        lastEndedAt = System.nanoTime();
        lastStartedAt = startedAt;
        lastBytes = bytes;
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    /** The size of the latest form received, in bytes. */
    long lastBytes() {
        return lastBytes;
    }

    /** How long the latest form took to arrive, from its headers to its last byte, in seconds. */
    double lastSeconds() {
        return (lastEndedAt - lastStartedAt) / 1e9;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
