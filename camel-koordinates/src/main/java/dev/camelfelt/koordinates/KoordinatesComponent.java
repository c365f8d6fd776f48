package dev.camelfelt.koordinates;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

import dev.camelfelt.engine.console.JobsView;
import dev.camelfelt.engine.http.AsyncHttpClients;
import dev.camelfelt.engine.http.RequestBudget;
import dev.camelfelt.engine.job.JobActivity;
import dev.camelfelt.engine.job.JobBoard;
import dev.camelfelt.engine.job.JobThreadPools;
import dev.camelfelt.engine.job.JobWaiter;
import dev.camelfelt.engine.secret.SecretOptions;
import dev.camelfelt.engine.store.JobStore;
import dev.camelfelt.engine.store.MemoryJobStore;
import dev.camelfelt.koordinates.export.KoordinatesExportDriver;
import org.apache.camel.Endpoint;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.util.concurrent.CamelThreadFactory;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;

/** The koordinates component: calls the Koordinates Export API and waits for, downloads and watches exports. */
@Component("koordinates")
@ManagedResource(description = "Koordinates component: the exports it waits for and tracks")
public class KoordinatesComponent extends HealthCheckComponent implements JobsView {

    static final int DEFAULT_MAX_REQUESTS_PER_SECOND = 10;
    static final int DEFAULT_MAX_CONCURRENT_REQUESTS = 10;
    static final int DEFAULT_CALLBACK_THREADS = 4;
    private static final int DOWNLOAD_THREADS = 4;
    // a consumer's claims and its handling of poll answers: statements on a JDBC store, kept off the downloads' threads
    private static final int STORE_WORK_THREADS = 2;
    private static final int IO_THREADS = 2;
    private static final int MAX_CONNECTIONS = 100;
    private static final Duration BUDGET_RECOVERY_INTERVAL = Duration.ofSeconds(30);

    @Metadata(description = "The options every koordinates endpoint starts from; each endpoint URI may override them.")
    private KoordinatesConfiguration configuration = new KoordinatesConfiguration();

    @Metadata(defaultValue = "" + DEFAULT_MAX_REQUESTS_PER_SECOND,
              description = "How many requests a second all koordinates endpoints together may send. Koordinates"
                            + " documents no limit but may answer 429; a 429 halves this rate and pauses for its"
                            + " Retry-After, and each quiet half-minute doubles it back. Calls from routes go before"
                            + " export polls. 0 for no limit.")
    private int maxRequestsPerSecond = DEFAULT_MAX_REQUESTS_PER_SECOND;

    @Metadata(defaultValue = "" + DEFAULT_MAX_CONCURRENT_REQUESTS,
              description = "How many requests all koordinates endpoints together may have on the wire at once; the"
                            + " others wait without holding a thread. 0 for no limit.")
    private int maxConcurrentRequests = DEFAULT_MAX_CONCURRENT_REQUESTS;

    @Metadata(label = "advanced", defaultValue = "" + DEFAULT_CALLBACK_THREADS,
              description = "How many Camel threads continue the routes once Koordinates has answered: the I/O"
                            + " threads that receive answers, and the threads that poll, never run a route.")
    private int callbackThreads = DEFAULT_CALLBACK_THREADS;

    private final Map<Duration, CloseableHttpAsyncClient> httpClients = new ConcurrentHashMap<>();
    private ScheduledExecutorService scheduler;
    private ExecutorService callbackExecutor;
    private ExecutorService downloadExecutor;
    private ExecutorService storeWorkExecutor;
    private RequestBudget requestBudget;
    private JobWaiter jobWaiter;
    private JobStore defaultJobStore;
    private final JobBoard jobBoard = new JobBoard();
    private final Set<JobStore> jobStores = ConcurrentHashMap.newKeySet();

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        // before Camel Main prints the options it set, and before routes are dumped
        SecretOptions.protect(getCamelContext(), "apiKey");
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        KoordinatesEndpoint endpoint = new KoordinatesEndpoint(uri, this, configuration.copy());
        String[] path = remaining.split("/", -1);
        if (path.length > 2 || path[0].isBlank()) {
            throw new IllegalArgumentException("A koordinates endpoint is koordinates:apiName/methodName, e.g."
                                               + " koordinates:exports/get or koordinates:export; got koordinates:"
                                               + remaining);
        }
        endpoint.setApiName(path[0]);
        endpoint.setMethodName(path.length == 2 ? path[1] : null);
        setProperties(endpoint, parameters);
        endpoint.resolveOperation();
        return endpoint;
    }

    /** The started async HTTP client that the endpoints with this connect timeout share. */
    CloseableHttpAsyncClient getHttpClient(Duration connectTimeout) {
        return httpClients.computeIfAbsent(connectTimeout, timeout -> AsyncHttpClients.create(IO_THREADS,
                MAX_CONNECTIONS, timeout, null, "camel-koordinates", new CamelThreadFactory(
                        getCamelContext().getExecutorServiceManager().getThreadNamePattern(), "KoordinatesHttpIO",
                        true)));
    }

    /** Where retries, the request budget and the time between export polls wait: tasks, never a sleeping thread. */
    synchronized ScheduledExecutorService getScheduler() {
        if (scheduler == null) {
            scheduler = JobThreadPools.newScheduler(getCamelContext(), this, "KoordinatesScheduler");
        }
        return scheduler;
    }

    /** The Camel threads that continue routes once Koordinates has answered. */
    synchronized ExecutorService getCallbackExecutor() {
        if (callbackExecutor == null) {
            callbackExecutor = JobThreadPools.newWorkPool(getCamelContext(), this, "KoordinatesCallback",
                    callbackThreads);
        }
        return callbackExecutor;
    }

    /** The threads that do the file work after a download (naming, unpacking), never an I/O thread. */
    synchronized ExecutorService getDownloadExecutor() {
        if (downloadExecutor == null) {
            downloadExecutor = JobThreadPools.newWorkPool(getCamelContext(), this, "KoordinatesDownload",
                    DOWNLOAD_THREADS);
        }
        return downloadExecutor;
    }

    /** The threads that claim a consumer's exports and record the answers to its polls, started when one polls. */
    synchronized ExecutorService getStoreWorkExecutor() {
        if (storeWorkExecutor == null) {
            storeWorkExecutor = JobThreadPools.newWorkPool(getCamelContext(), this, "KoordinatesStoreWork",
                    STORE_WORK_THREADS);
        }
        return storeWorkExecutor;
    }

    synchronized RequestBudget getRequestBudget() {
        if (requestBudget == null) {
            requestBudget = new RequestBudget(maxRequestsPerSecond, maxConcurrentRequests, BUDGET_RECOVERY_INTERVAL,
                    Clock.systemUTC(), getScheduler());
        }
        return requestBudget;
    }

    /** The engine's waits for the exports koordinates:export waits for. */
    synchronized JobWaiter getJobWaiter() {
        if (jobWaiter == null) {
            jobWaiter = new JobWaiter(getScheduler(), jobBoard);
            ServiceHelper.startService(jobWaiter);
        }
        return jobWaiter;
    }

    /** The store of tracked exports: the configured one, else the component's own in memory. */
    synchronized JobStore getJobStore(JobStore configured) {
        if (configured != null) {
            ServiceHelper.startService(configured);
            jobStores.add(configured);
            return configured;
        }
        if (defaultJobStore == null) {
            defaultJobStore = new MemoryJobStore();
            ServiceHelper.startService(defaultJobStore);
            jobStores.add(defaultJobStore);
        }
        return defaultJobStore;
    }

    /** The exports this component waits for, then those its stores hold, for the dev console. */
    @Override
    public List<JobActivity> jobs() {
        List<JobActivity> jobs = new ArrayList<>(jobBoard.waiting());
        Instant now = Instant.now();
        for (JobStore store : jobStores) {
            store.pending(KoordinatesExportDriver.JOB_TYPE).forEach(record -> jobs.add(JobActivity.tracked(record, now)));
        }
        return jobs;
    }

    @ManagedAttribute(description = "Exports waited for by koordinates:export or tracked for the consumer")
    @Override
    public long getPendingJobs() {
        return jobBoard.waiting().size()
               + jobStores.stream().mapToLong(store -> store.pending(KoordinatesExportDriver.JOB_TYPE).size()).sum();
    }

    @ManagedAttribute(description = "Exports that koordinates:export waited for and that completed")
    @Override
    public long getCompletedJobs() {
        return jobBoard.completed();
    }

    @ManagedAttribute(description = "Exports that koordinates:export waited for and that failed, timed out or were aborted")
    @Override
    public long getFailedJobs() {
        return jobBoard.failed();
    }

    @ManagedAttribute(description = "Status polls of the exports koordinates:export waited for that failed")
    @Override
    public long getPollErrors() {
        return jobBoard.pollErrors();
    }

    @Override
    protected synchronized void doStop() throws Exception {
        // waits end first, so that none is left hanging on a stopped scheduler
        ServiceHelper.stopService(jobWaiter);
        jobWaiter = null;
        ServiceHelper.stopService(defaultJobStore);
        defaultJobStore = null;
        jobStores.clear();
        for (ExecutorService executor : new ExecutorService[] { scheduler, callbackExecutor, downloadExecutor,
                                                               storeWorkExecutor }) {
            if (executor != null) {
                getCamelContext().getExecutorServiceManager().shutdownGraceful(executor);
            }
        }
        scheduler = null;
        callbackExecutor = null;
        downloadExecutor = null;
        storeWorkExecutor = null;
        requestBudget = null;
        for (CloseableHttpAsyncClient client : httpClients.values()) {
            client.close();
        }
        httpClients.clear();
        super.doStop();
    }

    public KoordinatesConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(KoordinatesConfiguration configuration) {
        this.configuration = configuration;
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

    public int getCallbackThreads() {
        return callbackThreads;
    }

    public void setCallbackThreads(int callbackThreads) {
        this.callbackThreads = callbackThreads;
    }
}
