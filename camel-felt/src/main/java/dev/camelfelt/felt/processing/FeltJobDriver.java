package dev.camelfelt.felt.processing;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dev.camelfelt.engine.http.Priority;
import dev.camelfelt.engine.job.JobDriver;
import dev.camelfelt.engine.job.JobRef;
import dev.camelfelt.engine.job.JobState;
import dev.camelfelt.felt.FeltId;
import dev.camelfelt.felt.FeltOperation;
import dev.camelfelt.felt.client.FeltApiException;
import dev.camelfelt.felt.client.FeltClient;
import dev.camelfelt.felt.client.FeltRateLimitException;
import dev.camelfelt.felt.client.FeltServerException;

/**
 * Polls one thing Felt processes through the operation that shows it; a passing failure (429, 5xx, the wire) is
 * polled again, any other of Felt's error answers ends the wait.
 *
 * @param <T> what the showing operation answers
 */
abstract class FeltJobDriver<T> implements JobDriver<T> {

    private final FeltClient client;
    private final FeltOperation show;

    FeltJobDriver(FeltClient client, FeltOperation show) {
        this.client = client;
        this.show = show;
    }

    /** The ids of the showing operation for a job. */
    abstract Map<FeltId, String> ids(JobRef job);

    /** Where the answer stands. */
    abstract JobState<T> state(T answer);

    /** How a job is named in messages, e.g. "Felt layer X (map Y)". */
    abstract String describe(JobRef job);

    @Override
    public CompletableFuture<JobState<T>> poll(JobRef job) {
        return client.<T> send(show.request(ids(job), null, Map.of()).withPriority(Priority.POLL), show.answerType())
                .thenApply(answer -> state(answer.body()));
    }

    @Override
    public RuntimeException timedOut(JobRef job, Duration waited, String lastStatus, Throwable lastError) {
        return FeltProcessingTimeoutException.after(describe(job), waited, lastStatus, lastError);
    }

    @Override
    public RuntimeException aborted(JobRef job, String reason) {
        return new FeltProcessingTimeoutException(describe(job), "was not waited for to the end: " + reason, null);
    }

    @Override
    public boolean isPermanent(Throwable pollError) {
        return pollError instanceof FeltApiException
               && !(pollError instanceof FeltRateLimitException || pollError instanceof FeltServerException);
    }
}
