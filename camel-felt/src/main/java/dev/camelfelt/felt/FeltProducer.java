package dev.camelfelt.felt;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

import dev.camelfelt.engine.job.WaitPolicy;
import dev.camelfelt.felt.client.FeltClient;
import dev.camelfelt.felt.client.FeltResponse;
import dev.camelfelt.felt.export.ExportRef;
import dev.camelfelt.felt.model.CustomExportResponse;
import dev.camelfelt.felt.model.CustomExportStatus;
import dev.camelfelt.felt.model.ExportLink;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;

/** Runs the endpoint's Felt operation for each exchange; the body becomes Felt's typed answer. */
public class FeltProducer extends DefaultAsyncProducer {

    private final FeltEndpoint endpoint;
    private final FeltConfiguration configuration;
    private final FeltOperation operation;
    private final FeltIds ids;
    private final FeltRequestBodies bodies;
    private ExecutorService downloadExecutor;

    public FeltProducer(FeltEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.configuration = endpoint.getConfiguration();
        this.operation = endpoint.getOperation();
        this.ids = new FeltIds(configuration, operation);
        this.bodies = new FeltRequestBodies(configuration, operation, ids);
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        try {
            if (operation == FeltOperation.EXPORT) {
                return export(exchange, callback);
            }
            call(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        callback.done(true);
        return true;
    }

    /** Creates an export and, unless told not to, waits for it off this thread and downloads it. */
    private boolean export(Exchange exchange, AsyncCallback callback) throws Exception {
        WaitPolicy policy = waitPolicy(exchange);
        ExportRef export = createExport(exchange, endpoint.getClient());
        if (!configuration.isWaitForCompletion()) {
            callback.done(true);
            return true;
        }
        endpoint.getExportPoller().await(export, policy).whenComplete((status, failure) -> {
            if (failure != null) {
                exchange.setException(failure instanceof CompletionException ? failure.getCause() : failure);
                callback.done(false);
                return;
            }
            try {
                downloadExecutor.execute(() -> {
                    try {
                        download(exchange, export, status);
                    } catch (Exception e) {
                        exchange.setException(e);
                    } finally {
                        callback.done(false);
                    }
                });
            } catch (RejectedExecutionException e) {
                exchange.setException(e);
                callback.done(false);
            }
        });
        return false;
    }

    private WaitPolicy waitPolicy(Exchange exchange) {
        WaitPolicy policy = endpoint.exportWaitPolicy();
        Duration timeout = exchange.getMessage().getHeader(FeltConstants.WAIT_TIMEOUT, Duration.class);
        return timeout == null ? policy : policy.withTimeout(timeout);
    }

    private void download(Exchange exchange, ExportRef export, CustomExportStatus status) throws Exception {
        Message message = exchange.getMessage();
        message.setHeader(FeltConstants.EXPORT_STATUS, status.status());
        message.setHeader(FeltConstants.DOWNLOAD_URL, status.downloadUrl());
        endpoint.getExportDownloads().downloadExport(exchange, export, status.downloadUrl(), endpoint.getClient());
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        downloadExecutor = endpoint.getComponent().getDownloadExecutor();
    }

    private void call(Exchange exchange) throws Exception {
        FeltClient client = endpoint.getClient();
        switch (operation) {
            case MAPS_CREATE -> reply(exchange, client.createMap(bodies.mapCreate(exchange)));
            case MAPS_GET -> reply(exchange, client.getMap(ids.mapId(exchange)));
            case MAPS_UPDATE -> {
                String mapId = ids.mapId(exchange);
                reply(exchange, client.updateMap(mapId, bodies.mapUpdate(exchange)));
            }
            case MAPS_DELETE -> reply(exchange, client.deleteMap(ids.mapId(exchange)));
            case MAPS_MOVE -> {
                String mapId = ids.mapId(exchange);
                reply(exchange, client.moveMap(mapId, bodies.mapMove(exchange)));
            }
            case MAPS_DUPLICATE -> {
                String mapId = ids.mapId(exchange);
                reply(exchange, client.duplicateMap(mapId, bodies.mapDuplicate(exchange)));
            }
            case LIBRARY_LIST -> reply(exchange, client.listLibrary(configuration.getSource()));
            case LIBRARY_PUBLISH_LAYER -> {
                String mapId = ids.mapId(exchange);
                String layerId = ids.layerId(exchange);
                reply(exchange, client.publishLayer(mapId, layerId, bodies.publish(exchange)));
            }
            case LIBRARY_PUBLISH_LAYER_GROUP -> {
                String mapId = ids.mapId(exchange);
                String layerGroupId = ids.layerGroupId(exchange);
                reply(exchange, client.publishLayerGroup(mapId, layerGroupId, bodies.publish(exchange)));
            }
            case EXPORT_LINK -> exportLink(exchange, client);
            case EXPORT_CREATE -> createExport(exchange, client);
            case EXPORT_STATUS -> exportStatus(exchange, client);
            default -> throw new IllegalArgumentException("felt:" + operation.path() + " is not a producer operation");
        }
    }

    private void exportLink(Exchange exchange, FeltClient client) throws Exception {
        String mapId = ids.mapId(exchange);
        String layerId = ids.layerId(exchange);
        FeltResponse<ExportLink> response = client.getExportLink(mapId, layerId);
        reply(exchange, response);
        String link = response.body().exportLink();
        exchange.getMessage().setHeader(FeltConstants.DOWNLOAD_URL, link);
        if (configuration.isDownload()) {
            endpoint.getExportDownloads().download(exchange, link, linkFileName(link, layerId),
                    () -> client.getExportLink(mapId, layerId).body().exportLink());
        }
    }

    private static String linkFileName(String link, String layerId) {
        String path = URI.create(link).getPath();
        String last = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        return last.isBlank() ? "felt-layer-" + layerId : last;
    }

    /** Starts a custom export and hands it to the export tracker, unless felt:export is about to wait for it. */
    private ExportRef createExport(Exchange exchange, FeltClient client) throws Exception {
        String mapId = ids.mapId(exchange);
        String layerId = ids.layerId(exchange);
        FeltResponse<CustomExportResponse> response =
                client.createCustomExport(mapId, layerId, bodies.customExport(exchange));
        reply(exchange, response);
        ExportRef export = new ExportRef(mapId, layerId, response.body().exportRequestId());
        exchange.getMessage().setHeader(FeltConstants.EXPORT_ID, export.exportId());
        exchange.getMessage().setHeader(FeltConstants.POLL_ENDPOINT, response.body().pollEndpoint());
        if (operation == FeltOperation.EXPORT_CREATE || !configuration.isWaitForCompletion()) {
            endpoint.exportTracker().track(export);
        }
        return export;
    }

    private void exportStatus(Exchange exchange, FeltClient client) throws Exception {
        String mapId = ids.mapId(exchange);
        String layerId = ids.layerId(exchange);
        String exportId = ids.exportId(exchange);
        FeltResponse<CustomExportStatus> response = client.getCustomExportStatus(mapId, layerId, exportId);
        reply(exchange, response);
        exchange.getMessage().setHeader(FeltConstants.EXPORT_STATUS, response.body().status());
        exchange.getMessage().setHeader(FeltConstants.DOWNLOAD_URL, response.body().downloadUrl());
    }

    private static void reply(Exchange exchange, FeltResponse<?> response) {
        Message message = exchange.getMessage();
        message.setBody(response.body());
        message.setHeader(FeltConstants.HTTP_STATUS, response.status());
    }
}
