package dev.camelfelt.felt.benchmark;

import java.net.URI;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition;

/**
 * Plays Felt's custom exports in WireMock: POST .../custom_export starts an export; GET .../custom_exports/{id}
 * answers {@code in_progress} until the export's own random poll, from which on it answers {@code completed} with a
 * download URL under {@link #DOWNLOAD_PATH}, where the export's file is served. It notes, in
 * {@link System#nanoTime()}, when it polled each export, first answered "completed" and was asked for the file.
 */
final class CustomExportStub implements ResponseDefinitionTransformerV2 {

    static final String NAME = "felt-custom-exports";
    static final String DOWNLOAD_PATH = "/downloads/";

    private final Random random;
    private final int maxPolls;
    private final byte[] file;
    private final AtomicLong lastExportId = new AtomicLong();
    private final AtomicLong statusPolls = new AtomicLong();
    private final Map<String, Export> exports = new ConcurrentHashMap<>();

    /**
     * @param random decides after how many polls, 1 to {@code maxPolls}, each export completes
     * @param file   the file of every export
     */
    CustomExportStub(Random random, int maxPolls, byte[] file) {
        this.random = random;
        this.maxPolls = maxPolls;
        this.file = file;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Request request = serveEvent.getRequest();
        URI url = URI.create(request.getAbsoluteUrl());
        if (request.getMethod().equals(RequestMethod.POST)) {
            return create(url);
        }
        return url.getPath().startsWith(DOWNLOAD_PATH) ? download(url) : status(url);
    }

    private ResponseDefinition create(URI url) {
        String id = "export-" + lastExportId.incrementAndGet();
        exports.put(id, new Export(1 + random.nextInt(maxPolls)));
        String pollEndpoint = url.resolve("custom_exports/" + id).toString();
        return json(200, "{\"export_request_id\":\"" + id + "\",\"poll_endpoint\":\"" + pollEndpoint + "\"}");
    }

    private ResponseDefinition status(URI url) {
        statusPolls.incrementAndGet();
        String id = lastSegment(url);
        Export export = exports.get(id);
        if (export == null) {
            return json(404, "{\"status\":404,\"message\":\"No export " + id + "\"}");
        }
        if (!export.poll()) {
            return json(200, "{\"export_id\":\"" + id + "\",\"status\":\"in_progress\",\"download_url\":null,"
                             + "\"filters\":[]}");
        }
        String downloadUrl = url.resolve(DOWNLOAD_PATH + id).toString();
        return json(200, "{\"export_id\":\"" + id + "\",\"status\":\"completed\",\"download_url\":\"" + downloadUrl
                         + "\",\"filters\":[]}");
    }

    private ResponseDefinition download(URI url) {
        Export export = exports.get(lastSegment(url));
        if (export == null) {
            return responseDefinition().withStatus(404).build();
        }
        export.downloadRequestedAt.compareAndSet(0, System.nanoTime());
        return responseDefinition().withStatus(200).withHeader("Content-Type", "application/zip").withBody(file)
                .build();
    }

    private static String lastSegment(URI url) {
        String path = url.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static ResponseDefinition json(int status, String body) {
        return responseDefinition().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(body).build();
    }

    /** When the stub first answered "completed" for the export; 0 if never. */
    long completedAt(String exportId) {
        Export export = exports.get(exportId);
        return export == null ? 0 : export.completedAt.get();
    }

    /** When the export's file was first asked for; 0 if never. */
    long downloadRequestedAt(String exportId) {
        Export export = exports.get(exportId);
        return export == null ? 0 : export.downloadRequestedAt.get();
    }

    /** The time between each poll of these exports and the next poll of the same export, in nanoseconds. */
    long[] pollIntervals(Collection<String> exportIds) {
        return exportIds.stream().map(exports::get).filter(Objects::nonNull)
                .flatMap(export -> export.pollIntervals.stream()).mapToLong(Long::longValue).toArray();
    }

    /** How many status polls the stub has answered. */
    long statusPolls() {
        return statusPolls.get();
    }

    private static final class Export {
        private final int pollsToComplete;
        private final AtomicInteger polls = new AtomicInteger();
        private final Queue<Long> pollIntervals = new ConcurrentLinkedQueue<>();
        private final AtomicLong lastPollAt = new AtomicLong();
        private final AtomicLong completedAt = new AtomicLong();
        private final AtomicLong downloadRequestedAt = new AtomicLong();

        Export(int pollsToComplete) {
            this.pollsToComplete = pollsToComplete;
        }

        /** Counts a poll; whether the export is complete from this poll on. */
        boolean poll() {
            long now = System.nanoTime();
            long previous = lastPollAt.getAndSet(now);
            if (previous != 0) {
                pollIntervals.add(now - previous);
            }
            if (polls.incrementAndGet() < pollsToComplete) {
                return false;
            }
            completedAt.compareAndSet(0, now);
            return true;
        }
    }
}
