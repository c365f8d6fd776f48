package dev.camelfelt.felt;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import dev.camelfelt.engine.camel.RouteContinuation;
import dev.camelfelt.engine.health.ApiHealthCheck;
import dev.camelfelt.engine.http.ApiAnswer;
import dev.camelfelt.engine.http.ApiRequest;
import dev.camelfelt.engine.http.Priority;
import dev.camelfelt.engine.job.JobDriver;
import dev.camelfelt.engine.job.JobRef;
import dev.camelfelt.engine.job.JobThreadPools;
import dev.camelfelt.engine.job.WaitPolicy;
import dev.camelfelt.felt.client.FeltClient;
import dev.camelfelt.felt.export.ExportRef;
import dev.camelfelt.felt.model.CustomExportResponse;
import dev.camelfelt.felt.model.ExportLink;
import dev.camelfelt.felt.model.SourceReference;
import dev.camelfelt.felt.model.UploadResponse;
import dev.camelfelt.felt.processing.LayerProcessingDriver;
import dev.camelfelt.felt.processing.SourceSyncDriver;
import dev.camelfelt.felt.upload.StagedUpload;
import dev.camelfelt.felt.upload.UploadBodies;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Runs the endpoint's Felt operation for each exchange without holding a thread while Felt works: the call is sent,
 * and the route continues on one of the component's Camel callback threads once Felt has answered (on the caller's
 * thread for a synchronous endpoint, which waits there instead). The body becomes Felt's typed answer. Declared
 * operations are one call each; the export operations have steps of their own.
 */
public class FeltProducer extends DefaultAsyncProducer {

    private final FeltEndpoint endpoint;
    private final FeltConfiguration configuration;
    private final FeltOperation operation;
    private final FeltIds ids;
    private final FeltRequestBodies bodies;
    private final UploadBodies uploadBodies;
    private Executor callbackExecutor;
    private ApiHealthCheck healthCheck;

    public FeltProducer(FeltEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.configuration = endpoint.getConfiguration();
        this.operation = endpoint.getOperation();
        this.ids = new FeltIds(configuration, operation);
        this.bodies = new FeltRequestBodies(configuration, operation, ids);
        this.uploadBodies = new UploadBodies("felt:" + operation.path());
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        callbackExecutor = endpoint.getComponent().getCallbackExecutor();
        // the health-check API is synchronous: the check waits for the call, bounded by responseTimeout
        healthCheck = ApiHealthCheck.forProducer(endpoint, "Felt at " + configuration.getBaseUrl(),
                () -> endpoint.getPollClient().getUser().get());
        healthCheck.register(endpoint.getCamelContext(), endpoint.getComponent().isHealthCheckProducerEnabled());
    }

    @Override
    protected void doStop() throws Exception {
        if (healthCheck != null) {
            healthCheck.unregister();
            healthCheck = null;
        }
        super.doStop();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        CompletableFuture<?> done;
        try {
            // everything that can be wrong with the input fails here, before any call
            done = switch (operation) {
                case EXPORT -> export(exchange);
                case EXPORT_LINK -> exportLink(exchange);
                case EXPORT_CREATE -> createExport(exchange);
                case EXPORT_STATUS -> exportStatus(exchange);
                case LAYERS_UPLOAD, LAYERS_REFRESH -> processLayer(exchange);
                case SOURCES_CREATE, SOURCES_SYNC -> syncSource(exchange);
                default -> call(exchange);
            };
        } catch (Exception e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        if (configuration.isSynchronous()) {
            return RouteContinuation.continueOnCaller(done, exchange, callback);
        }
        done.whenComplete((result, failure) ->
                RouteContinuation.continueRoute(callbackExecutor, exchange, callback, failure));
        return false;
    }

    /** One declared Felt call: the answer becomes the body. */
    private CompletableFuture<?> call(Exchange exchange) {
        return send(exchange).thenAccept(answer -> reply(exchange, answer));
    }

    private <T> CompletableFuture<ApiAnswer<T>> send(Exchange exchange) {
        return endpoint.getClient().send(operation.request(exchange, configuration, bodies),
                operation.answerType(configuration));
    }

    /**
     * Uploads or refreshes a layer: Felt's call, then the body's file (if any) to the storage Felt names, then, unless
     * told not to, a wait until Felt has processed the layer: the body becomes the completed {@code Layer}. A refresh
     * of a file layer without a body answers where to post the new file.
     */
    private CompletableFuture<?> processLayer(Exchange exchange) {
        String mapId = ids.mapId(exchange);
        WaitPolicy policy = waitPolicy(exchange);
        ApiRequest request = operation.request(exchange, configuration, bodies);
        // with an import URL Felt fetches the data itself, and the body is not looked at
        Optional<StagedUpload> staged = configuration.getImportUrl() == null
                ? uploadBodies.stage(exchange) : Optional.empty();
        Supplier<CompletableFuture<ApiAnswer<UploadResponse>>> askFelt = () -> endpoint.getClient().send(request,
                operation.answerType(configuration));
        CompletableFuture<ApiAnswer<UploadResponse>> handedOver = staged
                .map(file -> endpoint.getLayerUploads().send("felt:" + operation.path(), mapId, askFelt, file.file(),
                        operation == FeltOperation.LAYERS_UPLOAD))
                .orElseGet(askFelt);
        staged.ifPresent(file -> handedOver.whenComplete((answer, failure) -> file.close()));
        return handedOver.thenCompose(answer -> {
            reply(exchange, answer);
            UploadResponse upload = answer.body();
            exchange.getMessage().setHeader(FeltConstants.LAYER_ID, upload.layerId());
            exchange.getMessage().setHeader(FeltConstants.LAYER_GROUP_ID, upload.layerGroupId());
            boolean fileStillExpected = staged.isEmpty() && upload.url() != null;
            if (!configuration.isWaitForCompletion() || fileStillExpected) {
                return CompletableFuture.<Object> completedFuture(upload);
            }
            return waitFor(exchange, LayerProcessingDriver.job(mapId, upload.layerId(), upload.layerGroupId()),
                    endpoint.getLayerProcessing(), policy);
        });
    }

    /** Creates or syncs a source and, unless told not to, waits for the sync: the body becomes the {@code Source}. */
    private CompletableFuture<?> syncSource(Exchange exchange) {
        WaitPolicy policy = waitPolicy(exchange);
        return this.<SourceReference> send(exchange).thenCompose(answer -> {
            reply(exchange, answer);
            String sourceId = answer.body().id();
            exchange.getMessage().setHeader(FeltConstants.SOURCE_ID, sourceId);
            if (!configuration.isWaitForCompletion()) {
                return CompletableFuture.<Object> completedFuture(answer.body());
            }
            return waitFor(exchange, SourceSyncDriver.job(sourceId), endpoint.getSourceSync(), policy);
        });
    }

    /** Waits for a job through the engine; what its last poll showed becomes the body. */
    private <T> CompletableFuture<Object> waitFor(Exchange exchange, JobRef job, JobDriver<T> driver, WaitPolicy policy) {
        return endpoint.getJobWaiter().await(job, driver, policy).thenApply(state -> {
            exchange.getMessage().setBody(state.detail());
            return state.detail();
        });
    }

    /** Creates an export and, unless told not to, waits for it without holding a thread and downloads it. */
    private CompletableFuture<?> export(Exchange exchange) {
        WaitPolicy policy = waitPolicy(exchange);
        CompletableFuture<ExportRef> created = createExport(exchange);
        if (!configuration.isWaitForCompletion()) {
            return created;
        }
        return created.thenCompose(export -> endpoint.getExportJobs().awaitAndDownload(export, policy))
                .thenAccept(downloaded -> {
                    Message message = exchange.getMessage();
                    message.setHeader(FeltConstants.EXPORT_STATUS, downloaded.status().status());
                    message.setHeader(FeltConstants.DOWNLOAD_URL, downloaded.file().url().toString());
                    downloaded.file().bindTo(exchange);
                });
    }

    private WaitPolicy waitPolicy(Exchange exchange) {
        WaitPolicy policy = endpoint.exportWaitPolicy();
        Duration timeout = exchange.getMessage().getHeader(FeltConstants.WAIT_TIMEOUT, Duration.class);
        return timeout == null ? policy : policy.withTimeout(timeout);
    }

    private CompletableFuture<?> exportLink(Exchange exchange) {
        String mapId = ids.mapId(exchange);
        String layerId = ids.layerId(exchange);
        CompletableFuture<String> link = this.<ExportLink> send(exchange).thenApply(answer -> {
            reply(exchange, answer);
            String url = answer.body().exportLink();
            exchange.getMessage().setHeader(FeltConstants.DOWNLOAD_URL, url);
            return url;
        });
        if (!configuration.isDownload()) {
            return link;
        }
        FeltClient client = endpoint.getClient();
        return link.thenCompose(url -> endpoint.getExportJobs().downloadLink(url, linkFileName(url, layerId),
                        () -> client.getExportLink(mapId, layerId).thenApply(fresh -> URI.create(fresh.body().exportLink()))))
                .thenAccept(file -> {
                    exchange.getMessage().setHeader(FeltConstants.DOWNLOAD_URL, file.url().toString());
                    file.bindTo(exchange);
                });
    }

    private static String linkFileName(String link, String layerId) {
        String path = URI.create(link).getPath();
        String last = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        return last.isBlank() ? "felt-layer-" + layerId : last;
    }

    /** Starts a custom export and hands it to the job store, unless felt:export is about to wait for it. */
    private CompletableFuture<ExportRef> createExport(Exchange exchange) {
        String mapId = ids.mapId(exchange);
        String layerId = ids.layerId(exchange);
        CompletableFuture<ApiAnswer<CustomExportResponse>> answer = endpoint.getClient().createCustomExport(mapId,
                layerId, bodies.customExport(exchange));
        if (operation == FeltOperation.EXPORT_CREATE || !configuration.isWaitForCompletion()) {
            // tracking writes to the job store, maybe a database: never on the I/O thread that read the answer
            return answer.thenApplyAsync(response -> {
                ExportRef export = created(exchange, mapId, layerId, response);
                endpoint.getExportJobs().track(export);
                return export;
            }, JobThreadPools.orHere(callbackExecutor));
        }
        return answer.thenApply(response -> created(exchange, mapId, layerId, response));
    }

    private ExportRef created(Exchange exchange, String mapId, String layerId, ApiAnswer<CustomExportResponse> answer) {
        reply(exchange, answer);
        ExportRef export = new ExportRef(mapId, layerId, answer.body().exportRequestId());
        exchange.getMessage().setHeader(FeltConstants.EXPORT_ID, export.exportId());
        exchange.getMessage().setHeader(FeltConstants.POLL_ENDPOINT, answer.body().pollEndpoint());
        return export;
    }

    private CompletableFuture<?> exportStatus(Exchange exchange) {
        return endpoint.getClient().getCustomExportStatus(ids.mapId(exchange), ids.layerId(exchange),
                ids.exportId(exchange), Priority.USER).thenAccept(answer -> {
                    reply(exchange, answer);
                    exchange.getMessage().setHeader(FeltConstants.EXPORT_STATUS, answer.body().status());
                    exchange.getMessage().setHeader(FeltConstants.DOWNLOAD_URL, answer.body().downloadUrl());
                });
    }

    private static void reply(Exchange exchange, ApiAnswer<?> answer) {
        Message message = exchange.getMessage();
        message.setBody(answer.body());
        message.setHeader(FeltConstants.HTTP_STATUS, answer.status());
    }
}
