package dev.camelfelt.felt.export;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.camelfelt.engine.http.Priority;
import dev.camelfelt.engine.job.WaitPolicy;
import dev.camelfelt.felt.client.FeltClient;
import dev.camelfelt.felt.client.FeltRateLimitException;
import dev.camelfelt.felt.client.FeltServerException;
import dev.camelfelt.felt.client.FeltTransportException;
import dev.camelfelt.felt.model.CustomExportStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits for exports without holding a thread: each status poll is a task on a scheduled executor, and the next one
 * is scheduled only when the previous has answered.
 */
public final class ExportPoller {

    private static final Logger LOG = LoggerFactory.getLogger(ExportPoller.class);

    private final ScheduledExecutorService scheduler;
    private final FeltClient client;

    /**
     * @param client a client that does not retry by sleeping: a throttled or failed poll is simply polled again
     *               later, so that the scheduler's threads never sleep
     */
    public ExportPoller(ScheduledExecutorService scheduler, FeltClient client) {
        this.scheduler = scheduler;
        this.client = client;
    }

    /**
     * Polls the export until it completes (the future's value), fails ({@link FeltExportFailedException}) or the
     * policy's timeout passes ({@link FeltExportTimeoutException}).
     */
    public CompletableFuture<CustomExportStatus> await(ExportRef export, WaitPolicy policy) {
        Wait wait = new Wait(export, policy, policy.deadlineFromNow());
        wait.schedule(0);
        return wait.result;
    }

    private final class Wait {
        private final ExportRef export;
        private final WaitPolicy policy;
        private final Instant deadline;
        private final CompletableFuture<CustomExportStatus> result = new CompletableFuture<>();
        private volatile String lastStatus = "unknown";

        Wait(ExportRef export, WaitPolicy policy, Instant deadline) {
            this.export = export;
            this.policy = policy;
            this.deadline = deadline;
        }

        void schedule(int poll) {
            Duration delay = policy.delayBeforePoll(poll, deadline);
            try {
                scheduler.schedule(() -> poll(poll), delay.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                result.completeExceptionally(e);
            }
        }

        private void poll(int poll) {
            client.getCustomExportStatus(export.mapId(), export.layerId(), export.exportId(), Priority.POLL)
                    .whenComplete((answer, failure) -> {
                        if (failure == null) {
                            CustomExportStatus status = answer.body();
                            onStatus(status.status());
                            if (CustomExportStatus.COMPLETED.equals(status.status())) {
                                result.complete(status);
                                return;
                            }
                            if (CustomExportStatus.FAILED.equals(status.status())) {
                                result.completeExceptionally(new FeltExportFailedException(export));
                                return;
                            }
                        } else if (failure instanceof FeltRateLimitException || failure instanceof FeltServerException
                                   || failure instanceof FeltTransportException) {
                            // passing trouble: the export goes on at Felt, so poll again at the next turn
                            LOG.debug("Polling Felt export {} failed, will poll again: {}", export, failure.getMessage());
                        } else {
                            result.completeExceptionally(failure);
                            return;
                        }
                        if (policy.isExpired(deadline)) {
                            result.completeExceptionally(
                                    new FeltExportTimeoutException(export, policy.elapsed(deadline), lastStatus));
                        } else {
                            schedule(poll + 1);
                        }
                    });
        }

        private void onStatus(String status) {
            if (!status.equals(lastStatus)) {
                lastStatus = status;
                LOG.info("Felt export {} is {} after {} ms", export, status, policy.elapsed(deadline).toMillis());
            }
        }
    }
}
