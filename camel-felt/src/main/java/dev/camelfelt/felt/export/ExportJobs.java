package dev.camelfelt.felt.export;

import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.camelfelt.engine.download.DownloadedFile;
import dev.camelfelt.engine.download.JobDownloads;
import dev.camelfelt.engine.download.StreamingDownloader;
import dev.camelfelt.engine.job.JobState;
import dev.camelfelt.engine.job.JobThreadPools;
import dev.camelfelt.engine.job.JobWaiter;
import dev.camelfelt.engine.job.WaitPolicy;
import dev.camelfelt.engine.store.JobStore;
import dev.camelfelt.felt.model.CustomExportStatus;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The exports of one endpoint on the job engine: waiting for them, downloading their files, and the store that
 * tracks those a consumer emits. Stopping it ends every wait under way with {@link FeltExportAbortedException},
 * after handing the export to the store, so that no export is lost.
 */
public final class ExportJobs extends ServiceSupport {

    private final ExportResources resources;
    private final FeltExportDriver driver;
    private final Function<ExportRef, CompletableFuture<CustomExportStatus>> statusCall;
    private final JobStore store;
    private final JobWaiter waiter;
    private final JobDownloads downloads;

    /**
     * @param statusCall        reads an export's status without blocking the caller
     * @param downloadClient    sends no credentials of its own: download URLs are pre-signed
     * @param downloadDirectory where files land; null for a temporary directory per download
     */
    public ExportJobs(ExportResources resources, Function<ExportRef, CompletableFuture<CustomExportStatus>> statusCall,
                      JobStore store, CloseableHttpAsyncClient downloadClient, Path downloadDirectory, boolean unzip,
                      int downloadAttempts) {
        this.resources = resources;
        this.statusCall = statusCall;
        this.driver = new FeltExportDriver(statusCall);
        this.store = store;
        this.waiter = new JobWaiter(resources.scheduler(), resources.board());
        this.downloads = new JobDownloads(
                new StreamingDownloader(downloadClient, downloadAttempts, resources.fileWork()), resources.fileWork(),
                downloadDirectory, unzip);
    }

    @Override
    protected void doStart() {
        ServiceHelper.startService(waiter);
        resources.register(this);
    }

    @Override
    protected void doStop() {
        resources.unregister(this);
        abortWaits("the endpoint is stopping");
        ServiceHelper.stopService(waiter);
    }

    /** Ends every wait under way; their exports stay tracked in the store for a consumer. */
    public void abortWaits(String reason) {
        waiter.abortAll(reason);
    }

    /**
     * Waits for the export to complete, then downloads its file. On a stop, the export is tracked in the store
     * before the wait ends with {@link FeltExportAbortedException}.
     */
    public CompletableFuture<Downloaded> awaitAndDownload(ExportRef export, WaitPolicy policy) {
        CompletableFuture<JobState<CustomExportStatus>> done = waiter.await(export.job(), driver, policy)
                .whenComplete((state, error) -> {
                    if (JobWaiter.unwrap(error) instanceof FeltExportAbortedException) {
                        store.add(export.job());
                    }
                });
        return done.thenCompose(state -> downloadExport(export, state.detail())
                .thenApply(file -> new Downloaded(state.detail(), file)));
    }

    /** A completed export's status and its file. */
    public record Downloaded(CustomExportStatus status, DownloadedFile file) {
    }

    /** Downloads a completed export's file, asking Felt once for a fresh URL when the first has expired. */
    public CompletableFuture<DownloadedFile> downloadExport(ExportRef export, CustomExportStatus status) {
        Supplier<CompletableFuture<URI>> freshUrl = () -> statusCall.apply(export)
                .thenApply(fresh -> URI.create(fresh.downloadUrl()));
        return downloads.download(URI.create(status.downloadUrl()), "felt-export-" + export.exportId() + ".zip",
                        "Felt export " + export, export.exportId() + "-", freshUrl)
                .exceptionallyCompose(error -> CompletableFuture.failedFuture(
                        new FeltExportDownloadException(export, JobWaiter.unwrap(error))));
    }

    /**
     * Downloads an export link under its file name, never over another download's file: a name already taken in the
     * download directory gets a number.
     */
    public CompletableFuture<DownloadedFile> downloadLink(String link, String fileName,
                                                          Supplier<CompletableFuture<URI>> freshLink) {
        return downloads.downloadUnderFreeName(URI.create(link), fileName, "the export link " + fileName, freshLink);
    }

    /** Starts tracking an export for the felt:export consumer. */
    public void track(ExportRef export) {
        store.add(export.job());
    }

    public JobStore store() {
        return store;
    }

    public FeltExportDriver driver() {
        return driver;
    }

    /**
     * Runs {@code step} on a thread of the component's routing pool, never the I/O, poll or file thread that
     * completed a wait or download.
     */
    public void continueRoute(Runnable step) {
        JobThreadPools.runOn(resources.routing(), step);
    }

    /**
     * Runs the consumer's claims and its handling of a poll's answer (the job store written, a delivery started) on
     * the component's store-work pool: never on the I/O thread that answered, nor on a routing thread, which slow
     * routes may all hold, nor on the file-work pool, whose downloads would queue behind a JDBC store's statements.
     */
    public void handleAnswer(Runnable step) {
        JobThreadPools.runOn(resources.storeWork(), step);
    }
}
