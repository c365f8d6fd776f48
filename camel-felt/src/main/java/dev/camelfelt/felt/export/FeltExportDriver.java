package dev.camelfelt.felt.export;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

import dev.camelfelt.engine.job.JobDriver;
import dev.camelfelt.engine.job.JobPhase;
import dev.camelfelt.engine.job.JobRef;
import dev.camelfelt.engine.job.JobState;
import dev.camelfelt.engine.job.JobWaiter;
import dev.camelfelt.felt.client.FeltNotFoundException;
import dev.camelfelt.felt.client.FeltUnauthorizedException;
import dev.camelfelt.felt.client.FeltValidationException;
import dev.camelfelt.felt.model.CustomExportStatus;

/**
 * What the job engine needs to know of Felt's custom exports: a status poll, what its answers mean ({@code completed},
 * {@code failed}, a 404 for an export Felt no longer knows), and Felt's exceptions for each way a wait ends.
 */
public final class FeltExportDriver implements JobDriver<CustomExportStatus> {

    private final Function<ExportRef, CompletableFuture<CustomExportStatus>> statusCall;

    /** @param statusCall reads an export's status from Felt without blocking */
    public FeltExportDriver(Function<ExportRef, CompletableFuture<CustomExportStatus>> statusCall) {
        this.statusCall = statusCall;
    }

    @Override
    public CompletableFuture<JobState<CustomExportStatus>> poll(JobRef job) {
        ExportRef export = ExportRef.of(job);
        return statusCall.apply(export).handle((status, error) -> {
            if (error != null) {
                Throwable cause = JobWaiter.unwrap(error);
                if (cause instanceof FeltNotFoundException) {
                    return JobState.of(JobPhase.GONE, "gone", null);
                }
                throw cause instanceof CompletionException c ? c : new CompletionException(cause);
            }
            if (status == null || status.status() == null) {
                throw new CompletionException(new FeltExportStatusException(export, "has no status"));
            }
            return JobState.of(phase(status), status.status(), status);
        });
    }

    private static JobPhase phase(CustomExportStatus status) {
        return switch (status.status()) {
            case CustomExportStatus.COMPLETED -> JobPhase.DONE;
            case CustomExportStatus.FAILED -> JobPhase.FAILED;
            default -> JobPhase.RUNNING;
        };
    }

    @Override
    public RuntimeException ended(JobRef job, JobState<CustomExportStatus> state) {
        ExportRef export = ExportRef.of(job);
        return state.phase() == JobPhase.GONE ? new FeltExportGoneException(export) : new FeltExportFailedException(export);
    }

    @Override
    public RuntimeException timedOut(JobRef job, Duration waited, String lastStatus, Throwable lastError) {
        return new FeltExportTimeoutException(ExportRef.of(job), waited, lastStatus, lastError);
    }

    @Override
    public RuntimeException aborted(JobRef job, String reason) {
        return new FeltExportAbortedException(ExportRef.of(job), reason);
    }

    /** Refused credentials (401, 403) and a rejected request (422) will not mend by polling again. */
    @Override
    public boolean isPermanent(Throwable pollError) {
        return pollError instanceof FeltUnauthorizedException || pollError instanceof FeltValidationException;
    }
}
