package dev.camelfelt.koordinates;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;

import dev.camelfelt.engine.download.DownloadedFile;
import dev.camelfelt.engine.health.PollHealthCheck;
import dev.camelfelt.engine.http.Priority;
import dev.camelfelt.engine.job.JobDelivery;
import dev.camelfelt.engine.job.JobPhase;
import dev.camelfelt.engine.job.JobRef;
import dev.camelfelt.engine.job.JobState;
import dev.camelfelt.engine.job.TrackedJobPoller;
import dev.camelfelt.engine.store.JobRecord;
import dev.camelfelt.koordinates.export.KoordinatesExportDriver;
import dev.camelfelt.koordinates.model.Export;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledPollConsumer;

/**
 * Emits each tracked export of its site once it has ended: a complete one with its downloaded file as the body, one
 * that ended in error or was cancelled with the export as the body. The job engine keeps the exports in the
 * endpoint's store, so that they are emitted once across restarts and nodes; a gone export is dropped with a warning.
 */
public class KoordinatesExportConsumer extends ScheduledPollConsumer {

    // a blip is no reason to take the application out of service
    private static final int POLL_FAILURES_BEFORE_DOWN = 3;

    private final KoordinatesEndpoint endpoint;
    private final PollHealthCheck pollHealth =
            new PollHealthCheck("koordinates-export-consumer", POLL_FAILURES_BEFORE_DOWN);
    private TrackedJobPoller<Export> poller;
    private ExportDownload exportDownload;

    public KoordinatesExportConsumer(KoordinatesEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        // Camel registers it with the route's consumer checks and applies healthCheckConsumerEnabled to it
        setHealthCheck(pollHealth);
    }

    @Override
    protected void doStart() throws Exception {
        KoordinatesClient pollClient = endpoint.getPollClient();
        KoordinatesExportDriver driver = new KoordinatesExportDriver(id -> pollClient.export(id, Priority.POLL));
        String owner = endpoint.getCamelContext().getName() + "/" + UUID.randomUUID();
        poller = new TrackedJobPoller<>(endpoint.jobStore(), pollHealth.watching(driver), KoordinatesExportDriver.JOB_TYPE, owner,
                endpoint.getConfiguration().getLeaseDuration(), endpoint.getConfiguration().getMaxRedeliveries(),
                endpoint.getComponent().getStoreWorkExecutor(), endpoint.getComponent().getScheduler(),
                Duration.ofMillis(getTimeUnit().toMillis(getDelay())));
        exportDownload = new ExportDownload(endpoint.getClient(), endpoint.getDownloads(),
                endpoint.getComponent().getDownloadExecutor());
        String exportId = endpoint.getConfiguration().getExportId();
        if (exportId != null && !exportId.isBlank()) {
            endpoint.jobStore().add(KoordinatesExportDriver.job(Long.parseLong(exportId.trim()), site()));
        }
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        // claims left in a shared store would keep a restarted node from these exports until they ran out
        poller.stop();
    }

    @Override
    protected int poll() {
        // the round runs on without this thread: polls are in flight, deliveries continue on Camel's threads
        poller.poll(this::watches, 0, this::deliver);
        return poller.delivering();
    }

    private boolean watches(JobRef job) {
        String exportId = endpoint.getConfiguration().getExportId();
        return site().equals(job.scopeId(KoordinatesExportDriver.SITE))
               && (exportId == null || exportId.isBlank() || exportId.trim().equals(job.id()));
    }

    private String site() {
        return endpoint.getApiRoot().toString();
    }

    private CompletableFuture<JobDelivery.Outcome> deliver(JobRecord record, JobState<Export> state) {
        Export export = state.detail();
        CompletableFuture<DownloadedFile> file;
        if (state.phase() != JobPhase.DONE) {
            file = CompletableFuture.completedFuture(null);
        } else {
            file = DownloadedFile.kept(record.file()).map(CompletableFuture::completedFuture)
                    .orElseGet(() -> exportDownload.download(export));
        }
        CompletableFuture<JobDelivery.Outcome> outcome = new CompletableFuture<>();
        file.whenComplete((downloaded, error) -> {
            if (error != null) {
                getExceptionHandler().handleException("Could not download Koordinates export " + export.id()
                                                      + "; it is tried again at a later poll", error);
                outcome.complete(new JobDelivery.Outcome(false, null));
                return;
            }
            try {
                endpoint.getComponent().getCallbackExecutor().execute(() -> route(export, downloaded, outcome));
            } catch (RejectedExecutionException e) {
                outcome.complete(new JobDelivery.Outcome(false, downloaded == null ? null : downloaded.file().toString()));
            }
        });
        return outcome;
    }

    private void route(Export export, DownloadedFile downloaded, CompletableFuture<JobDelivery.Outcome> outcome) {
        Exchange exchange = createExchange(false);
        KoordinatesProducer.describe(exchange.getMessage(), export);
        if (downloaded != null) {
            downloaded.bindTo(exchange);
        } else {
            exchange.getMessage().setBody(export);
        }
        String file = downloaded == null || downloaded.temporary() ? null : downloaded.file().toString();
        getAsyncProcessor().process(exchange, doneSync -> {
            boolean routed = exchange.getException() == null;
            if (!routed) {
                getExceptionHandler().handleException("Routing Koordinates export " + export.id() + " failed",
                        exchange, exchange.getException());
            }
            releaseExchange(exchange, false);
            outcome.complete(new JobDelivery.Outcome(routed, file));
        });
    }
}
