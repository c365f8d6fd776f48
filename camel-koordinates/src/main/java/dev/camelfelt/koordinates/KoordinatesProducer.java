package dev.camelfelt.koordinates;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelfelt.engine.health.ApiHealthCheck;
import dev.camelfelt.engine.http.ApiAnswer;
import dev.camelfelt.engine.http.ApiRequest;
import dev.camelfelt.engine.http.Priority;
import dev.camelfelt.engine.job.JobRef;
import dev.camelfelt.engine.job.JobState;
import dev.camelfelt.engine.job.JobThreadPools;
import dev.camelfelt.engine.job.JobWaiter;
import dev.camelfelt.engine.job.WaitPolicy;
import dev.camelfelt.koordinates.export.KoordinatesExportDriver;
import dev.camelfelt.koordinates.export.KoordinatesExportTimeoutException;
import dev.camelfelt.koordinates.model.Export;
import dev.camelfelt.koordinates.model.ExportFormat;
import dev.camelfelt.koordinates.model.ExportValidation;
import dev.camelfelt.engine.camel.RouteContinuation;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the endpoint's operation for each exchange without holding a thread while Koordinates works: calls are sent,
 * exports are waited for by the job engine, and the route continues on one of the component's Camel threads. The
 * body becomes Koordinates' typed answer, or the downloaded file.
 */
public class KoordinatesProducer extends DefaultAsyncProducer {

    private static final Logger LOG = LoggerFactory.getLogger(KoordinatesProducer.class);

    private final KoordinatesEndpoint endpoint;
    private final KoordinatesConfiguration configuration;
    private final KoordinatesOperation operation;
    private final KoordinatesIds ids;
    private ExportRequestBodies bodies;
    private KoordinatesExportDriver driver;
    private ExportDownload exportDownload;
    private Executor callbackExecutor;
    private ApiHealthCheck healthCheck;

    public KoordinatesProducer(KoordinatesEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.configuration = endpoint.getConfiguration();
        this.operation = endpoint.getOperation();
        this.ids = new KoordinatesIds(configuration, operation.path());
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        KoordinatesClient pollClient = endpoint.getPollClient();
        bodies = endpoint.exportRequestBodies();
        driver = new KoordinatesExportDriver(id -> pollClient.export(id, Priority.POLL));
        callbackExecutor = endpoint.getComponent().getCallbackExecutor();
        exportDownload = new ExportDownload(endpoint.getClient(), endpoint.getDownloads(),
                endpoint.getComponent().getDownloadExecutor());
        // the health-check API is synchronous: the check waits for the call, bounded by responseTimeout; the client
        // without retries, so that the check tells how Koordinates answers now
        healthCheck = ApiHealthCheck.forProducer(endpoint, "Koordinates at " + endpoint.getApiRoot(),
                () -> pollClient.formats().get());
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
                case EXPORTS_CREATE -> create(exchange, bodies.exportRequest(exchange))
                        .thenAcceptAsync(this::track, JobThreadPools.orHere(callbackExecutor));
                case EXPORTS_VALIDATE -> validate(exchange, bodies.exportRequest(exchange));
                case EXPORTS_FORMATS -> formats(exchange);
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

    /** One declared call, every page of it for a list; the answer becomes the body. */
    private CompletableFuture<?> call(Exchange exchange) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String id : operation.ids()) {
            values.put(id, ids.byName(exchange, id));
        }
        ApiRequest request = operation.request(values, null);
        KoordinatesClient client = endpoint.getClient();
        CompletableFuture<? extends ApiAnswer<?>> answer = operation.isPaged()
                ? client.sendAllPages(request, operation.answerType()) : client.send(request, operation.answerType());
        return answer.thenAccept(result -> {
            reply(exchange, result);
            if (result.body() instanceof Export export) {
                describe(exchange.getMessage(), export);
            }
        });
    }

    private CompletableFuture<Export> create(Exchange exchange, JsonNode request) {
        return endpoint.getClient().create(KoordinatesOperation.EXPORTS_CREATE.request(Map.of(), request))
                .thenApply(answer -> {
                    reply(exchange, answer);
                    describe(exchange.getMessage(), answer.body());
                    LOG.info("Created Koordinates export {} ({})", answer.body().id(), answer.body().name());
                    return answer.body();
                });
    }

    private CompletableFuture<ExportValidation> validate(Exchange exchange, JsonNode request) {
        return endpoint.getClient().<ExportValidation> send(
                KoordinatesOperation.EXPORTS_VALIDATE.request(Map.of(), request),
                KoordinatesOperation.EXPORTS_VALIDATE.answerType()).thenApply(answer -> {
                    reply(exchange, answer);
                    exchange.getMessage().setHeader(KoordinatesConstants.VALID, answer.body().isValidThroughout());
                    return answer.body();
                });
    }

    /** The formats document, reshaped to kind → the formats it offers, in the server's order and spelling. */
    private CompletableFuture<?> formats(Exchange exchange) {
        return endpoint.getClient().formats().thenAccept(answer -> {
            Map<String, List<ExportFormat>> formats = new LinkedHashMap<>();
            answer.body().path("actions").path("POST").path("formats").path("children").properties()
                    .forEach(kind -> {
                        List<ExportFormat> choices = new ArrayList<>();
                        kind.getValue().path("choices").forEach(choice -> choices.add(new ExportFormat(
                                choice.path("value").asText(), choice.path("display_name").asText())));
                        formats.put(kind.getKey(), List.copyOf(choices));
                    });
            reply(exchange, new ApiAnswer<>(answer.status(), formats));
        });
    }

    /**
     * Validates the request (an invalid item fails the exchange before any export exists), creates the export, and
     * unless told not to, waits for it without holding a thread and downloads it.
     */
    private CompletableFuture<?> export(Exchange exchange) {
        WaitPolicy policy = waitPolicy(exchange);
        JsonNode request = bodies.exportRequest(exchange);
        return validate(exchange, request).thenCompose(validation -> {
            if (!validation.isValidThroughout()) {
                throw new KoordinatesInvalidExportException(validation);
            }
            return create(exchange, request);
        }).thenCompose(export -> {
            if (!configuration.isWaitForCompletion()) {
                return CompletableFuture.runAsync(() -> track(export), JobThreadPools.orHere(callbackExecutor));
            }
            JobRef job = KoordinatesExportDriver.job(export.id(), site());
            return endpoint.getComponent().getJobWaiter().await(job, driver, policy)
                    .exceptionallyCompose(failure -> cancelOnTimeout(export, JobWaiter.unwrap(failure)))
                    .thenCompose(state -> downloadComplete(exchange, state));
        });
    }

    private CompletableFuture<Void> downloadComplete(Exchange exchange, JobState<Export> state) {
        Export complete = state.detail();
        describe(exchange.getMessage(), complete);
        return exportDownload.download(complete).thenAccept(file -> file.bindTo(exchange));
    }

    /** With cancelOnTimeout, an export whose wait timed out is cancelled at Koordinates before the exchange fails. */
    private <T> CompletableFuture<T> cancelOnTimeout(Export export, Throwable failure) {
        if (!(failure instanceof KoordinatesExportTimeoutException timeout) || !configuration.isCancelOnTimeout()) {
            return CompletableFuture.failedFuture(failure);
        }
        return endpoint.getClient().cancel(export.id()).handle((cancelled, error) -> {
            if (error == null) {
                throw new KoordinatesExportTimeoutException(export.id(), timeout.getMessage() + "; it has been"
                                                                         + " cancelled", true, timeout.getCause());
            }
            throw new KoordinatesExportTimeoutException(export.id(), timeout.getMessage() + "; cancelling it failed: "
                                                                     + JobWaiter.unwrap(error).getMessage(), false,
                    JobWaiter.unwrap(error));
        });
    }

    private WaitPolicy waitPolicy(Exchange exchange) {
        WaitPolicy policy = endpoint.waitPolicy();
        Duration timeout = exchange.getMessage().getHeader(KoordinatesConstants.WAIT_TIMEOUT, Duration.class);
        return timeout == null ? policy : policy.withTimeout(timeout);
    }

    /**
     * Hands the export to the tracker, so that the consumer emits it once it ends: a job store write, maybe to a
     * database, so never on the I/O thread that read Koordinates' answer.
     */
    private void track(Export export) {
        endpoint.jobStore().add(KoordinatesExportDriver.job(export.id(), site()));
    }

    private String site() {
        return endpoint.getApiRoot().toString();
    }

    /** The export's id, state, name, progress and download URL as headers. */
    static void describe(Message message, Export export) {
        message.setHeader(KoordinatesConstants.EXPORT_ID, export.id());
        message.setHeader(KoordinatesConstants.EXPORT_STATE, export.state() == null ? null : export.state().value());
        message.setHeader(KoordinatesConstants.EXPORT_NAME, export.name());
        message.setHeader(KoordinatesConstants.EXPORT_PROGRESS, export.progress());
        message.setHeader(KoordinatesConstants.DOWNLOAD_URL, export.downloadUrl());
    }

    private static void reply(Exchange exchange, ApiAnswer<?> answer) {
        Message message = exchange.getMessage();
        message.setBody(answer.body());
        message.setHeader(KoordinatesConstants.HTTP_STATUS, answer.status());
    }
}
