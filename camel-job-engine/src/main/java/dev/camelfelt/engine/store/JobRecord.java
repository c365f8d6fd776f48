package dev.camelfelt.engine.store;

import java.time.Instant;

import dev.camelfelt.engine.job.JobRef;

/**
 * What a store knows of one tracked job.
 *
 * @param job               the job
 * @param status            {@link JobStore#PENDING} while it is watched, else how it ended
 * @param failedDeliveries  how many times routing it has failed
 * @param file              the file already downloaded for it, so that a redelivery does not download it again
 * @param created           when it was first tracked
 * @param finished          when it ended, or null while it is pending
 */
public record JobRecord(JobRef job, String status, int failedDeliveries, String file, Instant created,
                        Instant finished) {

    public boolean isPending() {
        return JobStore.PENDING.equals(status);
    }

    JobRecord withDelivery(int failures, String downloadedFile) {
        return new JobRecord(job, status, failures, downloadedFile, created, finished);
    }

    JobRecord finishedAs(String finalStatus, Instant at) {
        return new JobRecord(job, finalStatus, failedDeliveries, file, created, at);
    }
}
