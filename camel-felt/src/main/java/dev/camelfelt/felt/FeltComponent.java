package dev.camelfelt.felt;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

import javax.net.ssl.SSLContext;

import dev.camelfelt.engine.console.JobsView;
import dev.camelfelt.engine.http.AsyncHttpClients;
import dev.camelfelt.engine.http.RequestBudget;
import dev.camelfelt.engine.job.JobActivity;
import dev.camelfelt.engine.option.EnumOptions;
import dev.camelfelt.engine.option.OptionChecks;
import dev.camelfelt.engine.secret.SecretOptions;
import dev.camelfelt.felt.export.ExportResources;
import org.apache.camel.Endpoint;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.util.concurrent.CamelThreadFactory;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.core5.io.CloseMode;

/** The felt component: calls Felt's REST API (v2) and watches layer exports. */
@Component("felt")
@ManagedResource(description = "Felt component: the exports, uploads and syncs it waits for and tracks")
public class FeltComponent extends HealthCheckComponent implements JobsView {

    @Metadata(description = "The options every felt endpoint starts from; each endpoint URI may override them.")
    private FeltConfiguration configuration = new FeltConfiguration();

    @Metadata(defaultValue = "" + DEFAULT_MAX_REQUESTS_PER_SECOND,
              description = "How many requests a second all felt endpoints together may send to Felt (a token bucket"
                            + " holding one second's worth). Felt publishes no limit but answers 429 when pushed; a 429"
                            + " halves this rate and pauses for its Retry-After (or a second), and each quiet"
                            + " half-minute doubles it back. Calls from routes go before export status polls. 0 for no"
                            + " limit.")
    private int maxRequestsPerSecond = DEFAULT_MAX_REQUESTS_PER_SECOND;

    @Metadata(defaultValue = "" + DEFAULT_MAX_CONCURRENT_REQUESTS,
              description = "How many requests all felt endpoints together may have on the wire at once; the others"
                            + " wait, without holding a thread. 0 for no limit.")
    private int maxConcurrentRequests = DEFAULT_MAX_CONCURRENT_REQUESTS;

    @Metadata(label = "advanced", defaultValue = "" + DEFAULT_MAX_CONNECTIONS,
              description = "How many HTTP connections the component may have open at once, to Felt and to the hosts"
                            + " that serve its downloads together; a request finding none free waits for one without"
                            + " holding a thread. With the request budget on, maxConcurrentRequests binds first; raise"
                            + " this when the budget is off or above it.")
    private int maxConnections = DEFAULT_MAX_CONNECTIONS;

    @Metadata(label = "advanced", defaultValue = "" + DEFAULT_CALLBACK_THREADS,
              description = "How many Camel threads continue the routes once Felt has answered: the I/O threads that"
                            + " receive the answers never run a route.")
    private int callbackThreads = DEFAULT_CALLBACK_THREADS;

    static final int DEFAULT_MAX_REQUESTS_PER_SECOND = 20;
    static final int DEFAULT_MAX_CONCURRENT_REQUESTS = 10;
    static final int DEFAULT_CALLBACK_THREADS = 4;
    private static final int IO_THREADS = 2;
    static final int DEFAULT_MAX_CONNECTIONS = 200;
    private static final Duration BUDGET_RECOVERY_INTERVAL = Duration.ofSeconds(30);

    private final Map<AsyncClientKey, CloseableHttpAsyncClient> asyncHttpClients = new ConcurrentHashMap<>();
    private ScheduledExecutorService httpScheduler;
    private ExecutorService callbackExecutor;
    private RequestBudget requestBudget;
    private ExportResources exportResources;

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        OptionChecks.atLeast("the felt component", "maxConnections", maxConnections, 1);
        // the component is initialised before Camel Main prints the options it set, and before routes are dumped
        SecretOptions.protect(getCamelContext(), "apiToken");
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        FeltEndpoint endpoint = new FeltEndpoint(uri, this, configuration.copy());
        String[] path = remaining.split("/", -1);
        if (path.length > 2 || path[0].isBlank()) {
            throw new IllegalArgumentException(
                    "A felt endpoint is felt:apiName/methodName, e.g. felt:maps/get or felt:export; got felt:" + remaining);
        }
        endpoint.setApiName(path[0]);
        endpoint.setMethodName(path.length == 2 ? path[1] : null);
        EnumOptions.check("felt:" + remaining, parameters, new FeltEndpointConfigurer());
        setProperties(endpoint, parameters);
        endpoint.resolveOperation();
        return endpoint;
    }

    /**
     * The async HTTP client the endpoints with these TLS settings and connect timeout share; its I/O threads only
     * move bytes.
     */
    CloseableHttpAsyncClient getAsyncHttpClient(FeltConfiguration configuration) {
        return asyncHttpClients.computeIfAbsent(
                new AsyncClientKey(configuration.getSslContextParameters(), configuration.getConnectTimeout()), key -> {
                    SSLContext ssl = null;
                    if (key.ssl() != null) {
                        try {
                            ssl = key.ssl().createSSLContext(getCamelContext());
                        } catch (Exception e) {
                            throw new IllegalArgumentException("The sslContextParameters cannot create an SSLContext", e);
                        }
                    }
                    String pattern = getCamelContext().getExecutorServiceManager().getThreadNamePattern();
                    return AsyncHttpClients.create(IO_THREADS, maxConnections, key.connectTimeout(), ssl, "camel-felt",
                            new CamelThreadFactory(pattern, "FeltHttpIO", true));
                });
    }

    /** Where retries and the request budget wait: scheduled tasks, never a sleeping thread. */
    synchronized ScheduledExecutorService getHttpScheduler() {
        if (httpScheduler == null) {
            httpScheduler = getCamelContext().getExecutorServiceManager()
                    .newScheduledThreadPool(this, "FeltHttpScheduler", unboundedProfile("FeltHttpScheduler", 1));
        }
        return httpScheduler;
    }

    /** The Camel threads that continue routes once Felt has answered. */
    synchronized ExecutorService getCallbackExecutor() {
        if (callbackExecutor == null) {
            callbackExecutor = getCamelContext().getExecutorServiceManager()
                    .newThreadPool(this, "FeltCallback", unboundedProfile("FeltCallback", callbackThreads));
        }
        return callbackExecutor;
    }

    /** The request budget all endpoints of this component share. */
    synchronized RequestBudget getRequestBudget() {
        if (requestBudget == null) {
            requestBudget = new RequestBudget(maxRequestsPerSecond, maxConcurrentRequests, BUDGET_RECOVERY_INTERVAL,
                    Clock.systemUTC(), getHttpScheduler());
        }
        return requestBudget;
    }

    /**
     * A fixed pool whose queue has no bound and that aborts when shut down: Camel's default queue of 1,000 would
     * reject work under load, and running it on the caller's thread could run a route on an I/O thread.
     */
    private static ThreadPoolProfile unboundedProfile(String name, int threads) {
        ThreadPoolProfile profile = new ThreadPoolProfile(name);
        profile.setPoolSize(threads);
        profile.setMaxPoolSize(threads);
        // Camel gives a queue of 0 or less no capacity at all
        profile.setMaxQueueSize(Integer.MAX_VALUE);
        profile.setRejectedPolicy(ThreadPoolRejectedPolicy.Abort);
        return profile;
    }

    /**
     * What the exports of this component's endpoints share, started on first use: their waits are scheduled on the
     * HTTP scheduler, and the routes after them continue on the callback threads.
     */
    synchronized ExportResources getExportResources() {
        if (exportResources == null) {
            exportResources = new ExportResources(getCamelContext(), this, getHttpScheduler(), getCallbackExecutor());
            ServiceHelper.startService(exportResources);
        }
        return exportResources;
    }

    /** The waits under way, then the exports tracked for a consumer, for the dev console. */
    @Override
    public synchronized List<JobActivity> jobs() {
        return exportResources == null ? List.of() : exportResources.jobs();
    }

    @ManagedAttribute(description = "Exports, uploads and syncs waited for, and exports tracked for the consumer")
    @Override
    public synchronized long getPendingJobs() {
        return exportResources == null ? 0 : exportResources.pending();
    }

    @ManagedAttribute(description = "Exports, uploads and syncs waited for that completed")
    @Override
    public synchronized long getCompletedJobs() {
        return exportResources == null ? 0 : exportResources.board().completed();
    }

    @ManagedAttribute(description = "Exports, uploads and syncs waited for that failed, timed out or were aborted")
    @Override
    public synchronized long getFailedJobs() {
        return exportResources == null ? 0 : exportResources.board().failed();
    }

    @ManagedAttribute(description = "Status polls of the waits that failed")
    @Override
    public synchronized long getPollErrors() {
        return exportResources == null ? 0 : exportResources.board().pollErrors();
    }

    @Override
    protected synchronized void doStop() throws Exception {
        // first, so that every export wait has ended while the threads that complete it still run
        ServiceHelper.stopService(exportResources);
        exportResources = null;
        asyncHttpClients.values().forEach(client -> client.close(CloseMode.GRACEFUL));
        asyncHttpClients.clear();
        if (httpScheduler != null) {
            getCamelContext().getExecutorServiceManager().shutdownNow(httpScheduler);
            httpScheduler = null;
        }
        requestBudget = null;
        if (callbackExecutor != null) {
            getCamelContext().getExecutorServiceManager().shutdownGraceful(callbackExecutor);
            callbackExecutor = null;
        }
        super.doStop();
    }

    public int getMaxRequestsPerSecond() {
        return maxRequestsPerSecond;
    }

    public void setMaxRequestsPerSecond(int maxRequestsPerSecond) {
        this.maxRequestsPerSecond = maxRequestsPerSecond;
    }

    public int getMaxConcurrentRequests() {
        return maxConcurrentRequests;
    }

    public void setMaxConcurrentRequests(int maxConcurrentRequests) {
        this.maxConcurrentRequests = maxConcurrentRequests;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    public int getCallbackThreads() {
        return callbackThreads;
    }

    public void setCallbackThreads(int callbackThreads) {
        this.callbackThreads = callbackThreads;
    }

    public FeltConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(FeltConfiguration configuration) {
        this.configuration = configuration;
    }

    private record AsyncClientKey(SSLContextParameters ssl, Duration connectTimeout) {
    }
}
