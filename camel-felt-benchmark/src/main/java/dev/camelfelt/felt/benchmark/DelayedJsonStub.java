package dev.camelfelt.felt.benchmark;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** Plays Felt for GET /api/v2/maps/{id}: answers a small map after a set latency, holding no thread meanwhile. */
final class DelayedJsonStub implements AutoCloseable {

    private static final byte[] MAP = ("{\"id\":\"m\",\"title\":\"Parks\",\"url\":\"https://felt.com/map/m\","
                                       + "\"layers\":[],\"layer_groups\":[],\"elements\":[]}")
            .getBytes(StandardCharsets.UTF_8);

    private final LoopbackServer server;

    DelayedJsonStub(long latencyMillis) throws IOException {
        server = new LoopbackServer(latencyMillis, DelayedJsonStub::answer);
    }

    private static LoopbackServer.Answer answer(String method, URI url) {
        return url.getPath().startsWith("/api/v2/maps/")
                ? LoopbackServer.Answer.of(200, "application/json", MAP)
                : LoopbackServer.Answer.of(404, "application/json", new byte[0]);
    }

    void setLatencyMillis(long latencyMillis) {
        server.setLatencyMillis(latencyMillis);
    }

    String baseUrl() {
        return server.baseUrl();
    }

    @Override
    public void close() {
        server.close();
    }
}
