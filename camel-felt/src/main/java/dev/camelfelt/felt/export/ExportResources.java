package dev.camelfelt.felt.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

import dev.camelfelt.engine.job.JobActivity;
import dev.camelfelt.engine.job.JobBoard;
import dev.camelfelt.engine.job.JobThreadPools;
import dev.camelfelt.engine.store.JobStore;
import dev.camelfelt.engine.store.MemoryJobStore;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.EventNotifier;
import org.apache.camel.support.SimpleEventNotifierSupport;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.support.service.ServiceSupport;

/**
 * What all exports of one felt component share, created on first use and closed with the component: the scheduler
 * of status polls and the threads that continue routes (both the component's), the threads that do the downloads'
 * file work and those that do the consumers' store work, and the default job store.
 */
public final class ExportResources extends ServiceSupport {

    /**
     * Downloads' file work: files made, flushed, moved and unpacked; the transfers themselves hold no thread. Making a
     * file is what a busy disk is slowest at, and thousands of downloads a second need several made side by side.
     */
    private static final int FILE_WORK_THREADS = 3;

    /**
     * The consumers' claims and their handling of poll answers: a statement on a JDBC store (claims and releases
     * batched), which several threads run side by side, and which must not queue the downloads' file work behind
     * them. The threads start only when a consumer polls.
     */
    private static final int STORE_WORK_THREADS = 3;

    private final CamelContext camel;
    private final Object owner;
    private final Set<JobStore> stores = ConcurrentHashMap.newKeySet();
    private final Set<ExportJobs> endpoints = ConcurrentHashMap.newKeySet();
    private final EventNotifier stopping = new AbortWaitsWhenCamelStops();
    private final MemoryJobStore memoryStore = new MemoryJobStore();
    private final JobBoard board = new JobBoard();
    private final ScheduledExecutorService scheduler;
    private final Executor routing;
    private ExecutorService fileWork;
    private ExecutorService storeWork;

    /**
     * @param scheduler starts status polls; it must take as many delayed tasks as there are exports waiting
     * @param routing   the Camel threads that continue routes
     */
    public ExportResources(CamelContext camel, Object owner, ScheduledExecutorService scheduler, Executor routing) {
        this.camel = camel;
        this.owner = owner;
        this.scheduler = scheduler;
        this.routing = routing;
    }

    @Override
    protected void doStart() {
        fileWork = JobThreadPools.newWorkPool(camel, owner, "FeltFileWork", FILE_WORK_THREADS);
        storeWork = JobThreadPools.newWorkPool(camel, owner, "FeltStoreWork", STORE_WORK_THREADS);
        store(null);
        camel.getManagementStrategy().addEventNotifier(stopping);
    }

    /** Registers an endpoint's exports, so that their waits end as soon as Camel starts stopping. */
    void register(ExportJobs exports) {
        endpoints.add(exports);
    }

    void unregister(ExportJobs exports) {
        endpoints.remove(exports);
    }

    /**
     * Camel waits for the exchanges in flight before it stops routes and endpoints: a felt:export waiting for an
     * export that takes an hour would hold the shutdown until it gives up, and then be lost. Its wait ends at once
     * instead, the export tracked in the job store.
     */
    private final class AbortWaitsWhenCamelStops extends SimpleEventNotifierSupport {
        AbortWaitsWhenCamelStops() {
            setIgnoreExchangeEvents(true);
            setIgnoreRouteEvents(true);
            setIgnoreServiceEvents(true);
            setIgnoreStepEvents(true);
        }

        @Override
        public boolean isEnabled(CamelEvent event) {
            return event instanceof CamelEvent.CamelContextStoppingEvent;
        }

        @Override
        public void notify(CamelEvent event) {
            endpoints.forEach(exports -> exports.abortWaits("Camel is stopping"));
        }
    }

    /** The store to use: {@code configured}, started once, or the component's memory. */
    public JobStore store(JobStore configured) {
        JobStore store = configured != null ? configured : memoryStore;
        if (stores.add(store)) {
            ServiceHelper.startService(store);
        }
        return store;
    }

    @Override
    protected void doStop() {
        camel.getManagementStrategy().removeEventNotifier(stopping);
        endpoints.forEach(exports -> exports.abortWaits("Camel is stopping"));
        ServiceHelper.stopService(stores);
        stores.clear();
        if (fileWork != null) {
            camel.getExecutorServiceManager().shutdownGraceful(fileWork);
            fileWork = null;
        }
        if (storeWork != null) {
            camel.getExecutorServiceManager().shutdownGraceful(storeWork);
            storeWork = null;
        }
    }

    /** Where every wait of this component reports, for the dev console and JMX. */
    public JobBoard board() {
        return board;
    }

    /** The waits under way, then the exports the stores track for a consumer. */
    public List<JobActivity> jobs() {
        List<JobActivity> jobs = new ArrayList<>(board.waiting());
        Instant now = Instant.now();
        stores.forEach(store -> store.pending(ExportRef.JOB_TYPE).forEach(record -> jobs.add(JobActivity.tracked(record, now))));
        return jobs;
    }

    /** The waits under way and the exports tracked. */
    public long pending() {
        return board.waiting().size() + stores.stream().mapToLong(store -> store.pending(ExportRef.JOB_TYPE).size()).sum();
    }

    public ScheduledExecutorService scheduler() {
        return scheduler;
    }

    public ExecutorService fileWork() {
        return fileWork;
    }

    public ExecutorService storeWork() {
        return storeWork;
    }

    public Executor routing() {
        return routing;
    }
}
