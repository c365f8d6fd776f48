package dev.camelfelt.koordinates;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelfelt.engine.download.JobDownloads;
import dev.camelfelt.engine.download.StreamingDownloader;
import dev.camelfelt.engine.camel.RegistryObjectMapper;
import dev.camelfelt.engine.http.AsyncApiClient;
import dev.camelfelt.engine.http.BaseUrl;
import dev.camelfelt.engine.http.RetryPolicy;
import dev.camelfelt.engine.job.WaitPolicy;
import dev.camelfelt.engine.option.OptionChecks;
import dev.camelfelt.engine.store.JobStore;
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
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;

/** Call the Koordinates Export API: exports validated, created, waited for, downloaded and watched; crop layers. */
@UriEndpoint(firstVersion = "0.1.0", scheme = "koordinates", title = "Koordinates",
             syntax = "koordinates:apiName/methodName", category = { Category.CLOUD, Category.API, Category.FILE },
             headersClass = KoordinatesConstants.class)
public class KoordinatesEndpoint extends ScheduledPollEndpoint implements AsyncEndpoint, EndpointServiceLocation {

    static final String KEY_VARIABLE = "KOORDINATES_API_KEY";
    static final String API_PREFIX = "/services/api/v1";
    // both enums list what KoordinatesOperation declares; CatalogTest checks that they agree
    @UriPath(enums = "exports,cropLayers,cropFeatures,export", description = "The group of Koordinates operations.")
    @Metadata(required = true)
    private String apiName;

    @UriPath(enums = "list,get,create,validate,cancel,formats",
             description = "The operation within the group: exports list, get, create, validate, cancel, formats;"
                           + " cropLayers list, get; cropFeatures list, get. Leave it out (koordinates:export) to"
                           + " validate, create, wait for and download an export, or to consume exports.")
    private String methodName;

    @UriParam
    private KoordinatesConfiguration configuration;

    private KoordinatesOperation operation;
    private URI apiRoot;
    private KoordinatesClient client;
    private KoordinatesClient pollClient;
    private JobDownloads downloads;
    private Clock clock = Clock.systemUTC();
    private ObjectMapper mapper;

    public KoordinatesEndpoint(String uri, KoordinatesComponent component, KoordinatesConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public KoordinatesComponent getComponent() {
        return (KoordinatesComponent) super.getComponent();
    }

    /** Checks that the path names an operation; called once the URI's options are applied. */
    void resolveOperation() {
        operation = KoordinatesOperation.of(apiName, methodName);
    }

    @Override
    public Producer createProducer() {
        return new KoordinatesProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (operation != KoordinatesOperation.EXPORT) {
            throw new UnsupportedOperationException("koordinates:" + operation.path()
                                                    + " cannot consume; only koordinates:export can");
        }
        KoordinatesExportConsumer consumer = new KoordinatesExportConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        apiKey();
        apiRoot = apiRoot(configuration);
        mapper = RegistryObjectMapper.of(getCamelContext());
        checkOptions();
    }

    /** Fails on options that are wrong whatever the exchange, so that a route with them does not start. */
    private void checkOptions() {
        String endpoint = "koordinates:" + operation.path();
        configuration.checkSharedOptions(endpoint);
        if (operation.sendsExportRequest()) {
            exportRequestBodies().checkOptions();
        }
    }

    /** Builds the export requests of this endpoint's exchanges. */
    ExportRequestBodies exportRequestBodies() {
        return new ExportRequestBodies(configuration, operation.path(), apiRoot + "/", mapper);
    }

    /** The API root from baseUrl, else from host; one of them is needed. */
    static URI apiRoot(KoordinatesConfiguration configuration) {
        String baseUrl = configuration.getBaseUrl();
        if (baseUrl != null && !baseUrl.isBlank()) {
            return BaseUrl.apiRoot(baseUrl, API_PREFIX, "baseUrl");
        }
        String host = configuration.getHost();
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("No Koordinates site: set the host option (e.g. data.linz.govt.nz) or"
                                               + " the baseUrl option (e.g. http://127.0.0.1:8080)");
        }
        if (host.contains("/") || host.contains(":")) {
            throw new IllegalArgumentException("The host option is a host name such as data.linz.govt.nz, not '"
                                               + host + "'; use baseUrl for a scheme or port");
        }
        return BaseUrl.apiRoot("https://" + host.trim(), API_PREFIX, "host");
    }

    private String apiKey() {
        String key = configuration.getApiKey() != null ? configuration.getApiKey() : System.getenv(KEY_VARIABLE);
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException(
                    "No Koordinates API key: set the apiKey option or the " + KEY_VARIABLE + " environment variable");
        }
        return key;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        KoordinatesComponent component = getComponent();
        CloseableHttpAsyncClient http = component.getHttpClient(configuration.getConnectTimeout());
        RetryPolicy retryPolicy = configuration.retryPolicy(clock);
        String authorization = "key " + apiKey();
        AsyncApiClient api = new AsyncApiClient(http, apiRoot, () -> authorization, mapper, retryPolicy,
                component.getScheduler(), component.getRequestBudget(), new KoordinatesFailures(),
                configuration.getResponseTimeout());
        client = new KoordinatesClient(api, mapper);
        // a poll that fails is polled again at its next turn, so it is not retried
        pollClient = client.withoutRetries();
        downloads = new JobDownloads(new StreamingDownloader(http, configuration.getDownloadAttempts(),
                component.getDownloadExecutor()),
                component.getDownloadExecutor(),
                configuration.getDownloadDirectory() == null ? null : Path.of(configuration.getDownloadDirectory()),
                configuration.isUnzip());
    }

    /** How koordinates:export polls an export: its wait options, which are not the consumer's scheduler options. */
    WaitPolicy waitPolicy() {
        return configuration.waitPolicy(clock);
    }

    /** The store of the exports this endpoint tracks or consumes. */
    JobStore jobStore() {
        return getComponent().getJobStore(configuration.getJobStore());
    }

    @Override
    public String getServiceUrl() {
        return apiRoot == null ? null : apiRoot.toString();
    }

    @Override
    public String getServiceProtocol() {
        return "rest";
    }

    /** The API root of the site, e.g. {@code https://data.linz.govt.nz/services/api/v1}. */
    public URI getApiRoot() {
        return apiRoot;
    }

    /** The JSON mapper of requests and answers: the registry's single ObjectMapper, else one of the endpoint's own. */
    ObjectMapper getObjectMapper() {
        return mapper;
    }

    KoordinatesClient getClient() {
        return client;
    }

    /** The client for export polls: it does not retry, as a failed poll is simply polled again. */
    KoordinatesClient getPollClient() {
        return pollClient;
    }

    JobDownloads getDownloads() {
        return downloads;
    }

    /** The clock of retries and export waits; tests set one they drive. Not a URI option. */
    public void setClock(Clock clock) {
        this.clock = clock;
    }

    public KoordinatesOperation getOperation() {
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

    public KoordinatesConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(KoordinatesConfiguration configuration) {
        this.configuration = configuration;
    }
}
