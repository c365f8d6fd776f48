package dev.camelfelt.engine.store;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.camelfelt.engine.job.JobRef;
import org.apache.camel.Service;

/**
 * Where the jobs a consumer watches are kept, one record per job: every change touches that record alone. A job is
 * claimed by one owner (a consumer of one node) for a lease before it is polled or routed, so that nodes sharing a
 * store never emit the same job twice; a lease that is not renewed runs out, and another owner takes the job over.
 * Finished records are kept for the store's retention (so a late duplicate is recognised), then removed.
 */
public interface JobStore extends Service {

    /** The status of a job that is still watched. */
    String PENDING = "pending";

    /** Starts watching a job; false when the store already knows it (pending or finished). */
    boolean add(JobRef job);

    /** The record of the job filed under {@code key}. */
    Optional<JobRecord> get(String key);

    /** The pending jobs of {@code type}, oldest first. */
    List<JobRecord> pending(String type);

    /**
     * Claims a pending job for {@code owner} for {@code lease} from now, or renews the owner's claim. False when the
     * job is not pending or another owner's lease has not run out.
     */
    boolean claim(String key, String owner, Duration lease);

    /**
     * Claims each of several jobs as {@link #claim} does, and answers the keys of those now claimed by {@code owner}.
     * A store whose every call is a round trip does it in one.
     */
    default Set<String> claimAll(List<String> keys, String owner, Duration lease) {
        Set<String> claimed = new HashSet<>();
        for (String key : keys) {
            if (claim(key, owner, lease)) {
                claimed.add(key);
            }
        }
        return claimed;
    }

    /**
     * The record, as stored now, of a pending job whose claim {@code owner} still holds (renewed for {@code lease},
     * or only confirmed where one query reads both); empty when the job is not pending or the claim is another's.
     */
    default Optional<JobRecord> claimedRecord(String key, String owner, Duration lease) {
        return claim(key, owner, lease) ? get(key).filter(JobRecord::isPending) : Optional.empty();
    }

    /** Gives up the owner's claim, so that any owner may claim the job at once; no-op for another's claim. */
    void release(String key, String owner);

    /** Gives up the owner's claims on several jobs, as {@link #release} does; a store of round trips in one. */
    default void releaseAll(List<String> keys, String owner) {
        for (String key : keys) {
            release(key, owner);
        }
    }

    /** Records that routing the job failed once more, and the file already downloaded for it (or null). */
    void recordFailedDelivery(String key, int failedDeliveries, String file);

    /** Stops watching the job, recording how it ended; any claim on it ends too. */
    void finish(String key, String finalStatus);
}
