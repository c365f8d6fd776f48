package dev.camelfelt.felt;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;


import dev.camelfelt.engine.health.PollHealthCheck;
import dev.camelfelt.engine.http.Priority;
import dev.camelfelt.felt.client.FeltClient;
import dev.camelfelt.felt.client.FeltNotFoundException;
import dev.camelfelt.felt.client.FeltRateLimitException;
import dev.camelfelt.felt.client.FeltServerException;
import dev.camelfelt.felt.client.FeltTransportException;
import dev.camelfelt.felt.export.ExportRef;
import dev.camelfelt.felt.export.ExportTracker;
import dev.camelfelt.felt.model.CustomExportStatus;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.spi.Synchronization;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.SynchronizationAdapter;
import org.apache.camel.util.CastUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Emits one exchange per export that ends: completed (its file, downloaded) or failed. Watches the exports the
 * tracker holds, narrowed by mapId and layerId, or the one export named by exportId. An export leaves the tracker
 * only once its exchange has completed; after a failed exchange it is emitted again at a later poll.
 */
public class FeltExportConsumer extends ScheduledBatchPollingConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(FeltExportConsumer.class);
    // a blip is no reason to take the application out of service
    private static final int POLL_FAILURES_BEFORE_DOWN = 3;

    private final FeltEndpoint endpoint;
    private final FeltConfiguration configuration;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final Map<String, String> lastStatus = new ConcurrentHashMap<>();
    private final PollHealthCheck pollHealth = new PollHealthCheck("felt-export-consumer", POLL_FAILURES_BEFORE_DOWN);
    private ExportTracker tracker;
    private FeltClient client;

    public FeltExportConsumer(FeltEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.configuration = endpoint.getConfiguration();
        // Camel registers it with the route's consumer checks and applies healthCheckConsumerEnabled to it
        setHealthCheck(pollHealth);
    }

    @Override
    protected void doStart() throws Exception {
        tracker = endpoint.exportTracker();
        client = endpoint.getPollClient();
        if (configuration.getExportId() != null
                && (configuration.getMapId() == null || configuration.getLayerId() == null)) {
            throw new IllegalArgumentException("A felt:export consumer with an exportId also needs its mapId and layerId");
        }
        super.doStart();
    }

    @Override
    protected int poll() throws Exception {
        Queue<Exchange> exchanges = new ArrayDeque<>();
        for (ExportRef export : watched()) {
            if (isBatchAllowed() && exchanges.size() < maxMessagesPerPoll() && !inFlight.contains(export.exportId())) {
                Exchange exchange = check(export);
                if (exchange != null) {
                    inFlight.add(export.exportId());
                    exchanges.add(exchange);
                }
            }
        }
        return processBatch(CastUtils.cast(exchanges));
    }

    private int maxMessagesPerPoll() {
        return maxMessagesPerPoll > 0 ? maxMessagesPerPoll : Integer.MAX_VALUE;
    }

    private List<ExportRef> watched() {
        if (configuration.getExportId() != null) {
            // once routed, the export has its final status in the tracker and is not emitted again
            String status = tracker.status(configuration.getExportId());
            return status != null && !ExportTracker.PENDING.equals(status) ? List.of()
                    : List.of(new ExportRef(configuration.getMapId(), configuration.getLayerId(),
                            configuration.getExportId()));
        }
        return tracker.pending().stream()
                .filter(e -> configuration.getMapId() == null || configuration.getMapId().equals(e.mapId()))
                .filter(e -> configuration.getLayerId() == null || configuration.getLayerId().equals(e.layerId()))
                .toList();
    }

    /** An exchange for the export when it has ended, else null. */
    private Exchange check(ExportRef export) throws Exception {
        CustomExportStatus status;
        try {
            status = FeltClient.await(client.getCustomExportStatus(export.mapId(), export.layerId(),
                    export.exportId(), Priority.POLL)).body();
            pollHealth.succeeded();
        } catch (FeltNotFoundException e) {
            pollHealth.succeeded();
            LOG.warn("Felt no longer knows export {}; it is no longer watched", export);
            tracker.finish(export, "gone");
            return null;
        } catch (FeltRateLimitException | FeltServerException | FeltTransportException e) {
            pollHealth.failed(e);
            LOG.debug("Polling export {} failed; it is polled again next time: {}", export, e.getMessage());
            return null;
        } catch (RuntimeException e) {
            pollHealth.failed(e);
            throw e;
        }
        if (!status.status().equals(lastStatus.put(export.exportId(), status.status()))) {
            LOG.info("Felt export {} is {}", export, status.status());
        }
        if (!status.isFinished()) {
            return null;
        }
        Exchange exchange = createExchange(false);
        Message message = exchange.getMessage();
        message.setHeader(FeltConstants.MAP_ID, export.mapId());
        message.setHeader(FeltConstants.LAYER_ID, export.layerId());
        message.setHeader(FeltConstants.EXPORT_ID, export.exportId());
        message.setHeader(FeltConstants.EXPORT_STATUS, status.status());
        message.setHeader(FeltConstants.DOWNLOAD_URL, status.downloadUrl());
        if (CustomExportStatus.COMPLETED.equals(status.status())) {
            try {
                endpoint.getExportDownloads().downloadExport(exchange, export, status.downloadUrl(), client);
            } catch (IOException e) {
                // the export stays tracked: its download is tried again at the next poll
                getExceptionHandler().handleException("Could not download Felt export " + export, e);
                releaseExchange(exchange, false);
                return null;
            }
        } else {
            message.setBody(status);
        }
        exchange.getExchangeExtension().addOnCompletion(new Completion(export, status.status()));
        return exchange;
    }

    @Override
    public int processBatch(Queue<Object> exchanges) throws Exception {
        int total = exchanges.size();
        for (int index = 0; index < total && isBatchAllowed(); index++) {
            Exchange exchange = (Exchange) exchanges.poll();
            exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
            exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, total);
            exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == total - 1);
            pendingExchanges = total - index - 1;
            getAsyncProcessor().process(exchange, doneSync -> {
                if (exchange.getException() != null) {
                    getExceptionHandler().handleException("Error routing a Felt export", exchange,
                            exchange.getException());
                }
            });
        }
        // exchanges the batch did not get to are released: their exports are polled again next time
        for (Object left : exchanges) {
            Exchange exchange = (Exchange) left;
            List<Synchronization> completions = exchange.getExchangeExtension().handoverCompletions();
            if (completions != null) {
                completions.forEach(completion -> completion.onFailure(exchange));
            }
        }
        return total;
    }

    /** Removes the export from the tracker once routing succeeded; after a failure it is emitted again. */
    private final class Completion extends SynchronizationAdapter {
        private final ExportRef export;
        private final String status;

        Completion(ExportRef export, String status) {
            this.export = export;
            this.status = status;
        }

        @Override
        public void onComplete(Exchange exchange) {
            try {
                tracker.finish(export, status);
            } catch (RuntimeException e) {
                getExceptionHandler().handleException("Could not record that Felt export " + export + " was routed", e);
            } finally {
                inFlight.remove(export.exportId());
                lastStatus.remove(export.exportId());
            }
        }

        @Override
        public void onFailure(Exchange exchange) {
            inFlight.remove(export.exportId());
        }
    }
}
