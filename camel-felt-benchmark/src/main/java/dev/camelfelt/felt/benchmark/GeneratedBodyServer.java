package dev.camelfelt.felt.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves one large file on 127.0.0.1 whose bytes are generated while they are sent, so that its size costs the
 * benchmark's heap nothing (WireMock would hold the whole body in memory). Every request gets the same bytes.
 */
final class GeneratedBodyServer implements AutoCloseable {

    private static final String PATH = "/export.zip";
    private static final int CHUNK_BYTES = 64 * 1024;

    private final HttpServer server;
    private final long size;
    private final byte[] chunk = new byte[CHUNK_BYTES];
    private volatile long lastRequestAt;

    private GeneratedBodyServer(long size) throws IOException {
        this.size = size;
        for (int i = 0; i < chunk.length; i++) {
            chunk[i] = (byte) (i * 31 + 7);
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext(PATH, this::send);
    }

    static GeneratedBodyServer start(long size) throws IOException {
        GeneratedBodyServer body = new GeneratedBodyServer(size);
        body.server.start();
        return body;
    }

    private void send(HttpExchange exchange) throws IOException {
        lastRequestAt = System.nanoTime();
        exchange.getResponseHeaders().set("Content-Type", "application/zip");
        exchange.sendResponseHeaders(200, size);
        try (OutputStream out = exchange.getResponseBody()) {
            for (long left = size; left > 0; left -= CHUNK_BYTES) {
                out.write(chunk, 0, (int) Math.min(CHUNK_BYTES, left));
            }
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    /** When the latest request arrived, in {@link System#nanoTime()}. */
    long lastRequestAt() {
        return lastRequestAt;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
