package dev.camelfelt.felt.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Plays Felt's custom exports on a {@link LoopbackServer}, answering every call after its latency: POST
 * .../custom_export starts an export that completes at a random moment 1 to 10 s later; GET .../custom_exports/{id}
 * answers {@code in_progress} until then and {@code completed} with a download URL from then on; GET
 * /downloads/{id} serves a small ZIP. Exports started while held stay in progress until released.
 * <p>
 * With a rate limit it answers 429 (with {@code Retry-After: 1}) to the API calls beyond that many a second (a
 * token bucket holding one second's worth); downloads, which Felt serves from another host, are not limited.
 * Times are {@link System#nanoTime()}.
 */
final class FeltExportStub implements AutoCloseable {

    private static final String DOWNLOAD_PATH = "/downloads/";
    private static final long MIN_MILLIS = 1_000;
    private static final long MAX_MILLIS = 10_000;
    private static final byte[] ZIP = zip();

    private final LoopbackServer server;
    private final Random random;
    private final int requestsPerSecond;
    private final Map<String, Export> exports = new ConcurrentHashMap<>();
    private final AtomicLong lastExportId = new AtomicLong();
    private final AtomicLong apiCalls = new AtomicLong();
    private final AtomicLong throttled = new AtomicLong();
    private final AtomicLong statusPolls = new AtomicLong();
    private volatile boolean holding;
    private double tokens;
    private long lastRefill = System.nanoTime();

    /** @param requestsPerSecond the API calls a second it serves before it answers 429; 0 for no limit */
    FeltExportStub(long latencyMillis, long seed, int requestsPerSecond) throws IOException {
        this.random = new Random(seed);
        this.requestsPerSecond = requestsPerSecond;
        this.tokens = requestsPerSecond;
        this.server = new LoopbackServer(latencyMillis, new LoopbackServer.Handler() {
            @Override
            public LoopbackServer.Answer answer(String method, URI url) {
                return FeltExportStub.this.answer(method, url);
            }

            @Override
            public void received(String method, URI url) {
                FeltExportStub.this.received(method, url);
            }
        });
    }

    String baseUrl() {
        return server.baseUrl();
    }

    long latencyMillis() {
        return server.latencyMillis();
    }

    /** Whether exports started from now on stay in progress until {@link #releaseHeld()}. */
    void setHolding(boolean holding) {
        this.holding = holding;
    }

    /** Completes every held export now. */
    void releaseHeld() {
        long now = System.nanoTime();
        exports.values().forEach(export -> export.completesAt.compareAndSet(Long.MAX_VALUE, now));
    }

    private LoopbackServer.Answer answer(String method, URI url) {
        String path = url.getPath();
        if (path.startsWith(DOWNLOAD_PATH)) {
            return download(path.substring(DOWNLOAD_PATH.length()));
        }
        apiCalls.incrementAndGet();
        if (!withinRate()) {
            throttled.incrementAndGet();
            return new LoopbackServer.Answer(429, "application/json",
                    "{\"status\":429,\"message\":\"Too many requests\"}".getBytes(StandardCharsets.UTF_8),
                    Map.of("Retry-After", "1"));
        }
        if ("POST".equals(method) && path.endsWith("/custom_export")) {
            return create(url);
        }
        return status(path.substring(path.lastIndexOf('/') + 1));
    }

    private synchronized boolean withinRate() {
        if (requestsPerSecond <= 0) {
            return true;
        }
        long now = System.nanoTime();
        tokens = Math.min(requestsPerSecond, tokens + (now - lastRefill) / 1e9 * requestsPerSecond);
        lastRefill = now;
        if (tokens < 1) {
            return false;
        }
        tokens--;
        return true;
    }

    private LoopbackServer.Answer create(URI url) {
        String id = "export-" + lastExportId.incrementAndGet();
        long delayMillis;
        synchronized (random) {
            delayMillis = MIN_MILLIS + (long) (random.nextDouble() * (MAX_MILLIS - MIN_MILLIS));
        }
        exports.put(id, new Export(holding ? Long.MAX_VALUE
                : System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(delayMillis)));
        String pollEndpoint = server.baseUrl() + url.resolve("custom_exports/" + id);
        return json(200, "{\"export_request_id\":\"" + id + "\",\"poll_endpoint\":\"" + pollEndpoint + "\"}");
    }

    private LoopbackServer.Answer status(String id) {
        statusPolls.incrementAndGet();
        Export export = exports.get(id);
        if (export == null) {
            return json(404, "{\"status\":404,\"message\":\"No export " + id + "\"}");
        }
        long now = System.nanoTime();
        export.polls.incrementAndGet();
        if (now < export.completesAt.get()) {
            return json(200, "{\"export_id\":\"" + id + "\",\"status\":\"in_progress\",\"download_url\":null,"
                             + "\"filters\":[]}");
        }
        export.completedAnswerAt.compareAndSet(0, now);
        return json(200, "{\"export_id\":\"" + id + "\",\"status\":\"completed\",\"download_url\":\""
                         + server.baseUrl() + DOWNLOAD_PATH + id + "\",\"filters\":[]}");
    }

    private void received(String method, URI url) {
        String path = url.getPath();
        if (path.startsWith(DOWNLOAD_PATH)) {
            Export export = exports.get(path.substring(DOWNLOAD_PATH.length()));
            if (export != null) {
                export.downloadAskedAt.compareAndSet(0, System.nanoTime());
            }
        }
    }

    private LoopbackServer.Answer download(String id) {
        Export export = exports.get(id);
        if (export == null) {
            return LoopbackServer.Answer.of(404, "text/plain", new byte[0]);
        }
        export.downloadAnsweredAt.compareAndSet(0, System.nanoTime());
        export.downloads.incrementAndGet();
        return LoopbackServer.Answer.of(200, "application/zip", ZIP);
    }

    private static LoopbackServer.Answer json(int status, String body) {
        return LoopbackServer.Answer.of(status, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("layer.geojson"));
            zip.write(("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},"
                       + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[4.9,52.37]}}]}")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** When the export became complete; 0 when it is unknown or still held. */
    long completedAt(String exportId) {
        Export export = exports.get(exportId);
        long at = export == null ? 0 : export.completesAt.get();
        return at == Long.MAX_VALUE ? 0 : at;
    }

    /** When the stub first answered that the export is complete; 0 if never. */
    long completedAnswerAt(String exportId) {
        return moment(exportId, export -> export.completedAnswerAt);
    }

    /** When the stub first read a request for the export's file; 0 if never. */
    long downloadAskedAt(String exportId) {
        return moment(exportId, export -> export.downloadAskedAt);
    }

    /** When the stub first answered a request for the export's file; 0 if never. */
    long downloadAnsweredAt(String exportId) {
        return moment(exportId, export -> export.downloadAnsweredAt);
    }

    private long moment(String exportId, Function<Export, AtomicLong> which) {
        Export export = exports.get(exportId);
        return export == null ? 0 : which.apply(export).get();
    }

    /** The status polls of these exports until one answered that it was complete, in all. */
    long pollsNeeded(Collection<String> exportIds) {
        return exportIds.stream().map(exports::get).mapToLong(export -> export.polls.get()).sum();
    }

    /** How many of these exports had their file downloaded more than once. */
    long downloadedTwice(Collection<String> exportIds) {
        return exportIds.stream().map(exports::get).filter(export -> export.downloads.get() > 1).count();
    }

    long exportsStarted() {
        return lastExportId.get();
    }

    long apiCalls() {
        return apiCalls.get();
    }

    long throttled() {
        return throttled.get();
    }

    long statusPolls() {
        return statusPolls.get();
    }

    @Override
    public void close() {
        server.close();
    }

    private static final class Export {
        private final AtomicLong completesAt;
        private final AtomicLong completedAnswerAt = new AtomicLong();
        private final AtomicLong downloadAskedAt = new AtomicLong();
        private final AtomicLong downloadAnsweredAt = new AtomicLong();
        private final AtomicInteger polls = new AtomicInteger();
        private final AtomicInteger downloads = new AtomicInteger();

        Export(long completesAt) {
            this.completesAt = new AtomicLong(completesAt);
        }
    }
}
