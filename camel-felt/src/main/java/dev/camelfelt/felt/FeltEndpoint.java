package dev.camelfelt.felt;

import java.net.URI;
import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelfelt.felt.client.FeltClient;
import dev.camelfelt.felt.client.RetryPolicy;
import dev.camelfelt.felt.client.Sleeper;
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
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/** Calls one Felt operation, named by {@code apiName/methodName}, or watches layer exports as a consumer. */
@UriEndpoint(firstVersion = "0.1.0", scheme = "felt", title = "Felt", syntax = "felt:apiName/methodName",
             category = { Category.CLOUD, Category.API }, headersClass = FeltConstants.class)
public class FeltEndpoint extends ScheduledPollEndpoint implements EndpointServiceLocation {

    static final String TOKEN_VARIABLE = "FELT_API_TOKEN";

    @UriPath(enums = "maps,library,export", description = "The group of Felt operations.")
    @Metadata(required = true)
    private FeltApiName apiName;

    @UriPath(enums = "create,get,update,delete,move,duplicate,list,publishLayer,publishLayerGroup,link,status",
             description = "The operation within the group: maps create, get, update, delete, move, duplicate;"
                           + " library list, publishLayer, publishLayerGroup; export link, create, status. Leave it"
                           + " out (felt:export) to create, wait for and download an export, or to consume exports.")
    private String methodName;

    @UriParam
    private FeltConfiguration configuration;

    private FeltOperation operation;
    private CloseableHttpClient ownHttpClient;
    private FeltClient client;

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
        throw new UnsupportedOperationException("felt:" + operation.path() + " cannot consume; only felt:export can");
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        apiToken();
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
        CloseableHttpClient http = configuration.getHttpClient();
        if (http == null) {
            ownHttpClient = getComponent().getHttpClients().create(configuration);
            http = ownHttpClient;
        }
        RetryPolicy retryPolicy = new RetryPolicy(configuration.getMaxRetries(), configuration.getRetryInitialDelay(),
                configuration.getRetryMaxDelay(), Clock.systemUTC(), () -> ThreadLocalRandom.current().nextDouble());
        client = new FeltClient(http, URI.create(configuration.getBaseUrl()), apiToken(), objectMapper(), retryPolicy,
                Sleeper.THREAD_SLEEP);
    }

    private ObjectMapper objectMapper() {
        ObjectMapper registered = getCamelContext().getRegistry().findSingleByType(ObjectMapper.class);
        // like camel-jackson: a single ObjectMapper in the registry is the application's choice
        return registered != null
                ? registered : new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Override
    protected void doStop() throws Exception {
        if (ownHttpClient != null) {
            ownHttpClient.close();
            ownHttpClient = null;
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

    public FeltOperation getOperation() {
        return operation;
    }

    public FeltApiName getApiName() {
        return apiName;
    }

    public void setApiName(FeltApiName apiName) {
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
