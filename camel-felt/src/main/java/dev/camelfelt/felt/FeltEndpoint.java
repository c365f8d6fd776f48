package dev.camelfelt.felt;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelfelt.engine.camel.RegistryObjectMapper;
import dev.camelfelt.engine.http.ApiAnswer;
import dev.camelfelt.engine.http.AsyncApiClient;
import dev.camelfelt.engine.http.BaseUrl;
import dev.camelfelt.engine.http.Priority;
import dev.camelfelt.engine.http.RetryPolicy;
import dev.camelfelt.engine.job.JobWaiter;
import dev.camelfelt.engine.job.WaitPolicy;
import dev.camelfelt.engine.option.OptionChecks;
import dev.camelfelt.engine.upload.PresignedFormUploader;
import dev.camelfelt.felt.client.FeltClient;
import dev.camelfelt.felt.client.FeltFailures;
import dev.camelfelt.felt.export.ExportJobs;
import dev.camelfelt.felt.export.ExportResources;
import dev.camelfelt.felt.processing.LayerProcessingDriver;
import dev.camelfelt.felt.processing.SourceSyncDriver;
import dev.camelfelt.felt.upload.LayerFileUploads;
import org.apache.camel.AsyncEndpoint;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.ScheduledPollEndpoint;

/** Call Felt's REST API (v2): maps, the layer library and layer exports, which it waits for, downloads and watches. */
@UriEndpoint(firstVersion = "0.1.0", scheme = "felt", title = "Felt", syntax = "felt:apiName/methodName",
             category = { Category.CLOUD, Category.API }, headersClass = FeltConstants.class)
public class FeltEndpoint extends ScheduledPollEndpoint implements AsyncEndpoint, EndpointServiceLocation {

    static final String TOKEN_VARIABLE = "FELT_API_TOKEN";
    private static final String API_PREFIX = "/api/v2";
    /** The pause before a file is sent to storage again, doubled each time. */
    private static final Duration STORAGE_RETRY_DELAY = Duration.ofSeconds(1);

    // both enums list what FeltOperation declares, in its order; CatalogTest checks that they agree
    @UriPath(enums = "maps,library,export,layers,layerGroups,elements,elementGroups,comments,projects,sources,user",
             description = "The group of Felt operations.")
    @Metadata(required = true)
    private String apiName;

    @UriPath(enums = "create,get,update,delete,move,duplicate,list,publishLayer,publishLayerGroup,link,status,embedToken,"
                     + "addSourceLayer,updateStyle,upload,refresh,updateMany,upsert,export,resolve,sync,"
                     + "createCredential,updateCredential,deleteCredential",
             description = "The operation within the group: maps create, get, update, delete, move, duplicate,"
                           + " embedToken, addSourceLayer; library list, publishLayer, publishLayerGroup; export link,"
                           + " create, status; layers list, get, update, delete, updateStyle, upload, refresh,"
                           + " duplicate; layerGroups list, get, update, updateMany, delete; elements list, upsert,"
                           + " delete; elementGroups list, get, upsert; comments export, resolve, delete; projects list,"
                           + " create, get, update, delete; sources list, create, get, update, delete, sync,"
                           + " createCredential, updateCredential, deleteCredential; user get. Leave it out"
                           + " (felt:export) to create, wait for and download an export, or to consume exports.")
    private String methodName;

    @UriParam
    private FeltConfiguration configuration;

    private FeltOperation operation;
    private FeltClient client;
    private FeltClient pollClient;
    private ExportJobs exportJobs;
    private JobWaiter jobWaiter;
    private LayerProcessingDriver layerProcessing;
    private SourceSyncDriver sourceSync;
    private LayerFileUploads layerUploads;
    private Clock clock = Clock.systemUTC();
    private ScheduledExecutorService retryScheduler;
    private URI apiRoot;

    public FeltEndpoint(String uri, FeltComponent component, FeltConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public FeltComponent getComponent() {
        return (FeltComponent) super.getComponent();
    }

    /** Checks that the path names an operation; called once the URI's options are applied. */
    void resolveOperation() {
        operation = FeltOperation.of(apiName, methodName);
    }

    @Override
    public Producer createProducer() {
        return new FeltProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (operation != FeltOperation.EXPORT) {
            throw new UnsupportedOperationException("felt:" + operation.path() + " cannot consume; only felt:export can");
        }
        FeltExportConsumer consumer = new FeltExportConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        apiToken();
        checkOptions();
        apiRoot = BaseUrl.apiRoot(configuration.getBaseUrl(), API_PREFIX, "baseUrl");
    }

    /** Fails on options that are wrong whatever the exchange, so that a route with them does not start. */
    private void checkOptions() {
        String endpoint = "felt:" + operation.path();
        FeltRequestBodies.filters(configuration.getFilters());
        configuration.checkSharedOptions(endpoint);
        OptionChecks.atLeast(endpoint, "uploadAttempts", configuration.getUploadAttempts(), 1);
        OptionChecks.atLeast(endpoint, "maxRedeliveries", configuration.getMaxRedeliveries(), 1);
        OptionChecks.atLeast(endpoint, "waitBackoffMultiplier", configuration.getWaitBackoffMultiplier(), 1);
    }

    private String apiToken() {
        String token = configuration.getApiToken() != null ? configuration.getApiToken() : System.getenv(TOKEN_VARIABLE);
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException(
                    "No Felt API token: set the apiToken option or the " + TOKEN_VARIABLE + " environment variable");
        }
        return token;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        RetryPolicy retryPolicy = configuration.retryPolicy(clock);
        String authorization = "Bearer " + apiToken();
        ObjectMapper mapper = RegistryObjectMapper.of(getCamelContext());
        ScheduledExecutorService retries = retryScheduler != null ? retryScheduler : getComponent().getHttpScheduler();
        AsyncApiClient api = new AsyncApiClient(getComponent().getAsyncHttpClient(configuration), apiRoot,
                () -> authorization, mapper, retryPolicy, retries,
                getComponent().getRequestBudget(), new FeltFailures(mapper), configuration.getResponseTimeout());
        client = new FeltClient(api);
        // polls that fail are polled again at their next turn, so they are not retried
        pollClient = client.withRetryPolicy(RetryPolicy.none());
        ExportResources resources = getComponent().getExportResources();
        jobWaiter = new JobWaiter(resources.scheduler(), resources.board());
        jobWaiter.start();
        layerProcessing = new LayerProcessingDriver(pollClient);
        sourceSync = new SourceSyncDriver(pollClient);
        if (operation == FeltOperation.LAYERS_UPLOAD || operation == FeltOperation.LAYERS_REFRESH) {
            // no credentials of its own: the form carries its signature, and storage refuses a second one
            layerUploads = new LayerFileUploads(client, new PresignedFormUploader(
                    getComponent().getAsyncHttpClient(configuration), retries, configuration.getUploadAttempts(),
                    STORAGE_RETRY_DELAY));
        }
        if (usesExportJobs()) {
            exportJobs = newExportJobs();
            exportJobs.start();
        }
    }

    private boolean usesExportJobs() {
        return operation == FeltOperation.EXPORT || operation == FeltOperation.EXPORT_CREATE
               || operation == FeltOperation.EXPORT_LINK;
    }

    private ExportJobs newExportJobs() {
        ExportResources resources = getComponent().getExportResources();
        FeltClient statusClient = pollClient;
        return new ExportJobs(resources,
                export -> statusClient.getCustomExportStatus(export.mapId(), export.layerId(), export.exportId(),
                        Priority.POLL).thenApply(ApiAnswer::body),
                resources.store(configuration.getJobStore()),
                // no credentials of its own: Felt's token goes with each API request, never to a download host
                getComponent().getAsyncHttpClient(configuration),
                configuration.getDownloadDirectory() == null ? null : Path.of(configuration.getDownloadDirectory()),
                configuration.isUnzip(), configuration.getDownloadAttempts());
    }

    /** How felt:export polls an export: its wait options, which are not the consumer's scheduler options. */
    WaitPolicy exportWaitPolicy() {
        return configuration.waitPolicy(clock);
    }

    @Override
    protected void doStop() throws Exception {
        if (jobWaiter != null) {
            jobWaiter.stop();
        }
        if (exportJobs != null) {
            exportJobs.stop();
            exportJobs = null;
        }
        super.doStop();
    }

    @Override
    public String getServiceUrl() {
        return configuration.getBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        return "rest";
    }

    /** The Felt API client of this endpoint. */
    public FeltClient getClient() {
        return client;
    }

    /** The Felt API client for status polls: it does not retry, as a failed poll is simply polled again. */
    FeltClient getPollClient() {
        return pollClient;
    }

    /** Waits for uploads, refreshes and source syncs without holding a thread. */
    JobWaiter getJobWaiter() {
        return jobWaiter;
    }

    LayerProcessingDriver getLayerProcessing() {
        return layerProcessing;
    }

    SourceSyncDriver getSourceSync() {
        return sourceSync;
    }

    /** Posts the files of layers/upload and layers/refresh to Felt's storage; null for other operations. */
    LayerFileUploads getLayerUploads() {
        return layerUploads;
    }

    /** The export waits, downloads and tracking of this endpoint; null for operations that have none. */
    ExportJobs getExportJobs() {
        return exportJobs;
    }

    /** The clock of retries and export waits; tests set a fixed or driven one. Not a URI option. */
    public void setClock(Clock clock) {
        this.clock = clock;
    }

    /**
     * Where retries wait; by default the component's scheduler. Tests set one that records the waits and runs the
     * retries at once. Not a URI option.
     */
    public void setRetryScheduler(ScheduledExecutorService retryScheduler) {
        this.retryScheduler = retryScheduler;
    }

    public FeltOperation getOperation() {
        return operation;
    }

    public String getApiName() {
        return apiName;
    }

    public void setApiName(String apiName) {
        this.apiName = apiName;
    }

    public String getMethodName() {
        return methodName;
    }

    public void setMethodName(String methodName) {
        this.methodName = methodName;
    }

    public FeltConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(FeltConfiguration configuration) {
        this.configuration = configuration;
    }
}
