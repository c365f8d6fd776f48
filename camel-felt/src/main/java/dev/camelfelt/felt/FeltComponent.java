package dev.camelfelt.felt;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

import dev.camelfelt.engine.option.EnumOptions;
import dev.camelfelt.engine.secret.SecretOptions;
import dev.camelfelt.felt.export.ExportTracker;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;

/** The felt component: calls Felt's REST API (v2) and watches layer exports. */
@Component("felt")
public class FeltComponent extends HealthCheckComponent {

    @Metadata(description = "The options every felt endpoint starts from; each endpoint URI may override them.")
    private FeltConfiguration configuration = new FeltConfiguration();

    @Metadata(label = "advanced", defaultValue = "4",
              description = "How many threads poll the status of the exports felt:export waits for. A thread is busy"
                            + " only while a poll is on the wire, never while an export is in progress; so these"
                            + " threads make about exportPollerThreads / round-trip-time polls a second in all.")
    private int exportPollerThreads = 4;

    private static final int DOWNLOAD_THREADS = 10;

    private FeltHttpClients httpClients;
    private ScheduledExecutorService exportScheduler;
    private ExecutorService downloadExecutor;
    private final StateRepository<String, String> defaultStateRepository = new MemoryStateRepository();
    private final Map<StateRepository<String, String>, ExportTracker> trackers = new ConcurrentHashMap<>();

    @Override
    protected void doInit() throws Exception {
        super.doInit();
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
        endpoint.setApiName(getCamelContext().getTypeConverter().mandatoryConvertTo(FeltApiName.class, path[0]));
        endpoint.setMethodName(path.length == 2 ? path[1] : null);
        EnumOptions.check("felt:" + remaining, parameters, new FeltEndpointConfigurer());
        setProperties(endpoint, parameters);
        endpoint.resolveOperation();
        return endpoint;
    }

    /** The HTTP clients of this component's endpoints, sharing their connection pools. */
    synchronized FeltHttpClients getHttpClients() {
        if (httpClients == null) {
            httpClients = new FeltHttpClients(getCamelContext());
        }
        return httpClients;
    }

    /** The scheduler that all export waits of this component share. */
    synchronized ScheduledExecutorService getExportScheduler() {
        if (exportScheduler == null) {
            exportScheduler = getCamelContext().getExecutorServiceManager()
                    .newScheduledThreadPool(this, "FeltExportPoller", exportPollerThreads);
        }
        return exportScheduler;
    }

    /** The threads that download finished exports, so that a large download never delays a poll. */
    synchronized ExecutorService getDownloadExecutor() {
        if (downloadExecutor == null) {
            // queue without bound and abort when shut down: a download must never run on a poller thread, and an
            // exchange whose download cannot start must fail rather than wait forever
            ThreadPoolProfile profile = new ThreadPoolProfile("FeltDownload");
            profile.setPoolSize(DOWNLOAD_THREADS);
            profile.setMaxPoolSize(DOWNLOAD_THREADS);
            // Camel gives a queue of 0 or less no capacity at all
            profile.setMaxQueueSize(Integer.MAX_VALUE);
            profile.setRejectedPolicy(ThreadPoolRejectedPolicy.Abort);
            downloadExecutor = getCamelContext().getExecutorServiceManager().newThreadPool(this, "FeltDownload", profile);
        }
        return downloadExecutor;
    }

    /** The tracker of the exports kept in {@code repository}, or in the component's memory when it is null. */
    ExportTracker getExportTracker(StateRepository<String, String> repository) {
        return trackers.computeIfAbsent(repository != null ? repository : defaultStateRepository, r -> {
            ExportTracker tracker = new ExportTracker(r);
            ServiceHelper.startService(tracker);
            return tracker;
        });
    }

    @Override
    protected synchronized void doStop() throws Exception {
        if (exportScheduler != null) {
            getCamelContext().getExecutorServiceManager().shutdownGraceful(exportScheduler);
            exportScheduler = null;
        }
        if (downloadExecutor != null) {
            getCamelContext().getExecutorServiceManager().shutdownGraceful(downloadExecutor);
            downloadExecutor = null;
        }
        ServiceHelper.stopService(trackers.values());
        trackers.clear();
        if (httpClients != null) {
            httpClients.close();
            httpClients = null;
        }
        super.doStop();
    }

    public int getExportPollerThreads() {
        return exportPollerThreads;
    }

    public void setExportPollerThreads(int exportPollerThreads) {
        this.exportPollerThreads = exportPollerThreads;
    }

    public FeltConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(FeltConfiguration configuration) {
        this.configuration = configuration;
    }
}
