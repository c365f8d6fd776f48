package dev.camelfelt.koordinates.export;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongFunction;

import dev.camelfelt.engine.http.ApiAnswer;
import dev.camelfelt.engine.job.JobDriver;
import dev.camelfelt.engine.job.JobPhase;
import dev.camelfelt.engine.job.JobRef;
import dev.camelfelt.engine.job.JobState;
import dev.camelfelt.koordinates.KoordinatesApiException;
import dev.camelfelt.koordinates.model.Export;
import dev.camelfelt.koordinates.model.ExportState;

/**
 * Tells the job engine how to poll a Koordinates export and which exception each end becomes: {@code complete} is
 * done; {@code error} and {@code cancelled} ended without a file (the consumer still emits them); {@code gone} is no
 * longer known.
 */
public final class KoordinatesExportDriver implements JobDriver<Export> {

    /** The type of the engine's jobs that are Koordinates exports. */
    public static final String JOB_TYPE = "koordinates-export";
    /** The scope name under which a job records the API root of its site. */
    public static final String SITE = "site";

    private final LongFunction<CompletableFuture<ApiAnswer<Export>>> poll;

    /** @param poll gets an export by id, e.g. without retries, at poll priority */
    public KoordinatesExportDriver(LongFunction<CompletableFuture<ApiAnswer<Export>>> poll) {
        this.poll = poll;
    }

    /** The engine's name for an export of a site. */
    public static JobRef job(long exportId, String site) {
        return JobRef.of(JOB_TYPE, String.valueOf(exportId), SITE, site);
    }

    public static long exportId(JobRef job) {
        return Long.parseLong(job.id());
    }

    @Override
    public CompletableFuture<JobState<Export>> poll(JobRef job) {
        return poll.apply(exportId(job)).thenApply(answer -> state(answer.body()));
    }

    /** Where an export stands, as the engine sees it. */
    public static JobState<Export> state(Export export) {
        ExportState state = export.state();
        JobPhase phase = switch (state) {
            case PROCESSING -> JobPhase.RUNNING;
            case COMPLETE -> JobPhase.DONE;
            case ERROR, CANCELLED -> JobPhase.FAILED;
            case GONE -> JobPhase.GONE;
        };
        return new JobState<>(phase, state.value(), export.progress(), export);
    }

    @Override
    public RuntimeException ended(JobRef job, JobState<Export> state) {
        long id = exportId(job);
        String name = state.detail() == null ? "" : " (" + state.detail().name() + ")";
        return switch (state.status()) {
            case "cancelled" -> new KoordinatesExportCancelledException(id, "Koordinates export " + id + name
                    + " was cancelled");
            case "gone" -> new KoordinatesExportGoneException(id, "Koordinates export " + id + name
                    + " is gone: it expired or was removed before it was downloaded");
            default -> new KoordinatesExportFailedException(id, "Koordinates export " + id + name
                    + " ended in state " + state.status());
        };
    }

    @Override
    public RuntimeException timedOut(JobRef job, Duration waited, String lastStatus, Throwable lastError) {
        long id = exportId(job);
        return new KoordinatesExportTimeoutException(id, "Koordinates export " + id + " was still " + lastStatus
                + " after waiting " + waited.toMillis() + " ms", false, lastError);
    }

    @Override
    public RuntimeException aborted(JobRef job, String reason) {
        long id = exportId(job);
        return new KoordinatesExportException(id, "The wait for Koordinates export " + id + " ended: " + reason);
    }

    /** A refused key, a missing export: polling again would not help. */
    @Override
    public boolean isPermanent(Throwable pollError) {
        return pollError instanceof KoordinatesApiException api
               && (api.getStatusCode() == 401 || api.getStatusCode() == 403 || api.getStatusCode() == 404);
    }
}
