package dev.camelfelt.felt;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import dev.camelfelt.engine.download.DownloadedFile;
import dev.camelfelt.engine.health.PollHealthCheck;
import dev.camelfelt.engine.job.JobDelivery;
import dev.camelfelt.engine.job.JobRef;
import dev.camelfelt.engine.job.JobState;
import dev.camelfelt.engine.job.TrackedJobPoller;
import dev.camelfelt.engine.store.JobRecord;
import dev.camelfelt.felt.export.ExportJobs;
import dev.camelfelt.felt.export.ExportRef;
import dev.camelfelt.felt.model.CustomExportStatus;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledPollConsumer;

/**
 * Emits one exchange per export that ends: completed (its file, downloaded) or failed. Watches the exports in the
 * endpoint's job store, narrowed by mapId and layerId, or the one export named by exportId.
 * <p>
 * Each poll checks all watched exports, spread over the first half of the poll delay, each claimed in the store right
 * before (so that nodes sharing the store never emit one twice) and released whatever happens; an export that ended
 * is downloaded and routed on its own, as soon as its file is on disk, on a thread of the component's routing pool.
 * It leaves the store once routed; after a failed route it is emitted again at a later poll with the file it already
 * has, until {@code maxRedeliveries}.
 */
public class FeltExportConsumer extends ScheduledPollConsumer {

    // a blip is no reason to take the application out of service
    private static final int POLL_FAILURES_BEFORE_DOWN = 3;

    private final FeltEndpoint endpoint;
    private final FeltConfiguration configuration;
    private final AtomicInteger lastRound = new AtomicInteger();
    private final PollHealthCheck pollHealth = new PollHealthCheck("felt-export-consumer", POLL_FAILURES_BEFORE_DOWN);
    private ExportJobs exports;
    private TrackedJobPoller<CustomExportStatus> poller;

    public FeltExportConsumer(FeltEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.configuration = endpoint.getConfiguration();
        // Camel registers it with the route's consumer checks and applies healthCheckConsumerEnabled to it
        setHealthCheck(pollHealth);
    }

    @Override
    protected void doStart() throws Exception {
        if (configuration.getExportId() != null
                && (configuration.getMapId() == null || configuration.getLayerId() == null)) {
            throw new IllegalArgumentException("A felt:export consumer with an exportId also needs its mapId and layerId");
        }
        exports = endpoint.getExportJobs();
        if (configuration.getExportId() != null) {
            // the one export to watch, unless it was emitted already
            exports.track(new ExportRef(configuration.getMapId(), configuration.getLayerId(), configuration.getExportId()));
        }
        poller = new TrackedJobPoller<>(exports.store(), pollHealth.watching(exports.driver()), ExportRef.JOB_TYPE, owner(),
                configuration.getLeaseDuration(), configuration.getMaxRedeliveries(), exports::handleAnswer,
                endpoint.getComponent().getHttpScheduler(), Duration.ofMillis(getTimeUnit().toMillis(getDelay())));
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        // claims left in a shared store would keep a restarted node from these exports until they ran out
        poller.stop();
    }

    /** This consumer's name in the claims of a shared store: unique per process and consumer. */
    private String owner() {
        return ManagementFactory.getRuntimeMXBean().getName() + "/" + getEndpoint().getCamelContext().getName() + "/"
               + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Starts a round over the watched exports; reports the number that the last finished round handed over. */
    @Override
    protected int poll() {
        poller.poll(this::watches, 0, this::deliver).thenAccept(lastRound::set);
        return lastRound.getAndSet(0);
    }

    private boolean watches(JobRef job) {
        ExportRef export = ExportRef.of(job);
        return (configuration.getMapId() == null || configuration.getMapId().equals(export.mapId()))
               && (configuration.getLayerId() == null || configuration.getLayerId().equals(export.layerId()))
               && (configuration.getExportId() == null || configuration.getExportId().equals(export.exportId()));
    }

    /** Downloads a completed export's file, unless an earlier delivery left it on disk, and routes the export. */
    private CompletableFuture<JobDelivery.Outcome> deliver(JobRecord record, JobState<CustomExportStatus> state) {
        ExportRef export = ExportRef.of(record.job());
        CustomExportStatus status = state.detail();
        Exchange exchange = createExchange(false);
        Message message = exchange.getMessage();
        message.setHeader(FeltConstants.MAP_ID, export.mapId());
        message.setHeader(FeltConstants.LAYER_ID, export.layerId());
        message.setHeader(FeltConstants.EXPORT_ID, export.exportId());
        message.setHeader(FeltConstants.EXPORT_STATUS, status.status());
        message.setHeader(FeltConstants.DOWNLOAD_URL, status.downloadUrl());
        if (!CustomExportStatus.COMPLETED.equals(status.status())) {
            message.setBody(status);
            CompletableFuture<JobDelivery.Outcome> outcome = new CompletableFuture<>();
            exports.continueRoute(() -> route(exchange, null, record).thenAccept(outcome::complete));
            return outcome;
        }
        CompletableFuture<DownloadedFile> file = DownloadedFile.kept(record.file())
                .map(CompletableFuture::completedFuture)
                .orElseGet(() -> exports.downloadExport(export, status));
        CompletableFuture<JobDelivery.Outcome> outcome = new CompletableFuture<>();
        file.whenComplete((downloaded, failure) -> exports.continueRoute(() -> {
            if (failure != null) {
                getExceptionHandler().handleException("Could not download Felt export " + export, failure);
                releaseExchange(exchange, false);
                outcome.complete(new JobDelivery.Outcome(false, null));
                return;
            }
            // the consumer deletes a temporary file itself, once routing succeeded or was given up
            message.setBody(downloaded.file().toFile());
            message.setHeader(Exchange.FILE_NAME, downloaded.file().getFileName().toString());
            route(exchange, downloaded, record).thenAccept(outcome::complete);
        }));
        return outcome;
    }

    private CompletableFuture<JobDelivery.Outcome> route(Exchange exchange, DownloadedFile file, JobRecord record) {
        CompletableFuture<JobDelivery.Outcome> outcome = new CompletableFuture<>();
        getAsyncProcessor().process(exchange, doneSync -> {
            boolean routed = exchange.getException() == null;
            if (!routed) {
                getExceptionHandler().handleException("Error routing Felt export " + ExportRef.of(record.job()),
                        exchange, exchange.getException());
            }
            boolean last = routed || record.failedDeliveries() + 1 >= configuration.getMaxRedeliveries();
            if (file != null && last) {
                // a temporary file goes once routing succeeded or was given up; one in the download directory stays
                file.delete();
            }
            releaseExchange(exchange, false);
            outcome.complete(new JobDelivery.Outcome(routed, file == null || last ? null : file.file().toString()));
        });
        return outcome;
    }
}
