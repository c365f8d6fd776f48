package dev.camelfelt.engine.job;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import dev.camelfelt.engine.store.JobRecord;
import dev.camelfelt.engine.store.JobStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The consumer side of the engine: watches the pending jobs of one type in a {@link JobStore} and delivers each
 * that ends, exactly once while routing succeeds, also when several nodes share the store.
 * <p>
 * Each round polls all watched jobs, one after another a slot apart in the order they were added, the slots filling
 * a set time, so that the API never gets thousands of polls at one instant. A slot never widens (when jobs leave,
 * the round just ends sooner), so a job only ever moves up: the time between two of its polls is never longer than
 * the time between two rounds. A job is claimed in the store right before it is polled (jobs whose slots fall within
 * a few milliseconds of each other in one store call, then polled at once), its claim confirmed and its record read
 * afresh before it is delivered (a claim that ran out during a slow poll may be another's by then, and a delivery
 * may have ended since the round read the store), and its claim is released whatever happens (those claimed together
 * once all their polls have been answered; a finished job's claim ends with it); a job that ended is
 * delivered as soon as it is ready, on its own, and leaves the store only once routed. A job whose routing failed
 * is delivered again at a later round, with the file it already has, until it has failed {@code maxRedeliveries}
 * times: then it is recorded as given up, with a WARN. A failure of one job's poll, download or routing never
 * stops the others.
 */
public final class TrackedJobPoller<T> {

    /** The status of a job whose route failed too often. */
    public static final String GIVEN_UP = "given-up";

    private static final Logger LOG = LoggerFactory.getLogger(TrackedJobPoller.class);
    /** Jobs whose slots fall within this of the first one's are claimed with it, in one store call. */
    private static final long CLAIM_WINDOW_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
    /** The most jobs claimed in one store call. */
    private static final int MOST_CLAIMED_AT_ONCE = 100;

    private final JobStore store;
    private final JobDriver<T> driver;
    private final String type;
    private final String owner;
    private final Duration lease;
    private final int maxRedeliveries;
    private final Executor work;
    private final ScheduledExecutorService rounds;
    private final Duration spread;
    private volatile boolean stopped;
    private long slotNanos = Long.MAX_VALUE;
    private final Set<String> delivering = ConcurrentHashMap.newKeySet();
    private final Set<String> polling = ConcurrentHashMap.newKeySet();
    private volatile CompletableFuture<Integer> round = CompletableFuture.completedFuture(0);

    /**
     * @param owner           this consumer's name in claims: unique per node and consumer
     * @param lease           how long a claim holds without renewal; after a node dies, the time until another takes
     *                        its jobs over
     * @param maxRedeliveries how many failed routings a job gets before it is given up
     * @param work            where answers are handled: the store written and deliveries started, never on the
     *                        I/O thread that answered a poll
     * @param rounds          only starts the later polls of a round, each claimed and sent on {@code work}
     * @param betweenRounds   the time between two rounds; a round's polls are spread over its first half, so that a
     *                        round is over before the next is due
     */
    public TrackedJobPoller(JobStore store, JobDriver<T> driver, String type, String owner, Duration lease,
                            int maxRedeliveries, Executor work, ScheduledExecutorService rounds, Duration betweenRounds) {
        if (maxRedeliveries < 1) {
            throw new IllegalArgumentException("maxRedeliveries must be at least 1: " + maxRedeliveries);
        }
        this.store = store;
        this.driver = driver;
        this.type = type;
        this.owner = owner;
        this.lease = lease;
        this.maxRedeliveries = maxRedeliveries;
        this.work = work;
        this.rounds = rounds;
        this.spread = betweenRounds.dividedBy(2);
    }

    /**
     * Starts a round over the watched jobs that {@code filter} accepts, at most {@code max} of them (0 for all),
     * unless the previous round is still polling. The future completes when every poll of the round has answered,
     * with the number of jobs handed to delivery; their routing may still be under way.
     */
    public synchronized CompletableFuture<Integer> poll(Predicate<JobRef> filter, int max, JobDelivery<T> delivery) {
        renewClaims();
        if (!round.isDone()) {
            return CompletableFuture.completedFuture(0);
        }
        List<JobRecord> watched = store.pending(type).stream().filter(r -> filter.test(r.job()))
                .filter(r -> !delivering.contains(r.job().key())).limit(max > 0 ? max : Long.MAX_VALUE).toList();
        AtomicInteger delivered = new AtomicInteger();
        if (!watched.isEmpty()) {
            slotNanos = Math.min(slotNanos, spread.toNanos() / watched.size());
        }
        // a store call per slot would be thousands a second: a JDBC store's round trips would hold up the answers
        int perClaim = slotNanos == 0 ? MOST_CLAIMED_AT_ONCE
                : (int) Math.max(1, Math.min(MOST_CLAIMED_AT_ONCE, CLAIM_WINDOW_NANOS / slotNanos));
        List<CompletableFuture<Void>> polls = new ArrayList<>();
        for (int first = 0; first < watched.size(); first += perClaim) {
            List<JobRecord> claimedTogether = watched.subList(first, Math.min(watched.size(), first + perClaim));
            long offset = slotNanos * first;
            polls.add(offset == 0 ? check(claimedTogether, delivery, delivered)
                    : later(offset, claimedTogether, delivery, delivered));
        }
        round = CompletableFuture.allOf(polls.toArray(CompletableFuture[]::new)).thenApply(done -> delivered.get());
        return round;
    }

    private CompletableFuture<Void> later(long nanos, List<JobRecord> records, JobDelivery<T> delivery,
                                          AtomicInteger delivered) {
        CompletableFuture<Void> checked = new CompletableFuture<>();
        // a claim is a store write: not on a scheduler shared with others
        Runnable claimAndPoll = () -> check(records, delivery, delivered)
                .whenComplete((done, error) -> checked.complete(null));
        try {
            rounds.schedule(() -> {
                try {
                    work.execute(claimAndPoll);
                } catch (RejectedExecutionException e) {
                    checked.complete(null);
                }
            }, nanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            // stopping: the jobs are polled after the next start
            checked.complete(null);
        }
        return checked;
    }

    /**
     * Gives up the claims on the jobs still being polled, when the consumer stops: their answers may never be handled
     * (the threads that would are shutting down), and a claim left in a shared store would keep a restarted or
     * another consumer from these jobs until it ran out. Answers that still arrive are ignored. Jobs being delivered
     * keep their claims until their routing ends.
     */
    public void stop() {
        stopped = true;
        for (String key : polling) {
            polling.remove(key);
            release(key);
        }
    }

    /** How many jobs are being delivered by this poller now. */
    public int delivering() {
        return delivering.size();
    }

    /** Renews the claims of the jobs being delivered, so that a long download or route keeps them. */
    public void renewClaims() {
        for (String key : delivering) {
            try {
                if (!store.claim(key, owner, lease) && delivering.contains(key)
                        && store.get(key).map(JobRecord::isPending).orElse(false)) {
                    LOG.warn("The claim on job {} ran out while it was being delivered: another consumer may deliver"
                             + " it too. The lease ({}) must outlast the time between two polls", key, lease);
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not renew the claim on job {}: {}", key, e.getMessage());
            }
        }
    }

    /** Claims the jobs, then polls those claimed. */
    private CompletableFuture<Void> check(List<JobRecord> records, JobDelivery<T> delivery, AtomicInteger delivered) {
        Set<String> claimed;
        try {
            claimed = stopped ? Set.of()
                    : store.claimAll(records.stream().map(r -> r.job().key()).toList(), owner, lease);
        } catch (RuntimeException e) {
            LOG.warn("Could not claim {}; polled again next time: {}",
                    records.size() == 1 ? records.get(0).job() : records.size() + " jobs", e.getMessage());
            return CompletableFuture.completedFuture(null);
        }
        polling.addAll(claimed);
        List<CompletableFuture<String>> answers = records.stream().filter(r -> claimed.contains(r.job().key()))
                .map(r -> poll(r.job(), delivery, delivered)).toList();
        // the claims taken together are given up together, once all their polls have been answered
        return CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).handle((done, error) -> {
            releaseAll(answers.stream().map(answer -> answer.handle((key, failure) -> key).join())
                    .filter(Objects::nonNull).toList());
            return null;
        });
    }

    /**
     * Polls a claimed job and handles the answer on the work pool; completes with the job's key when its claim is
     * to be given up, or null when a delivery holds it, the job is finished or the claim was given up already.
     */
    private CompletableFuture<String> poll(JobRef job, JobDelivery<T> delivery, AtomicInteger delivered) {
        String key = job.key();
        CompletableFuture<JobState<T>> answer;
        try {
            answer = driver.poll(job);
        } catch (RuntimeException e) {
            answer = CompletableFuture.failedFuture(e);
        }
        return answer.handleAsync((state, error) -> {
            if (!polling.remove(key)) {
                return null; // stopped meanwhile, its claim given up
            }
            try {
                if (error != null) {
                    LOG.warn("Polling {} failed; it is polled again next time: {}", job, JobWaiter.unwrap(error).toString());
                } else if (state.phase() == JobPhase.GONE) {
                    LOG.warn("{} is gone ({}); it is no longer watched", job, state.status());
                    store.finish(key, state.status());
                    return null;
                } else if (state.phase().isFinal()) {
                    // the claim confirmed and the record read afresh: the claim may have run out during a slow poll
                    // and be another's now, and the round's snapshot may predate a delivery that ended since, with
                    // its failure count and file
                    Optional<JobRecord> current = store.claimedRecord(key, owner, lease);
                    if (current.isEmpty()) {
                        LOG.info("{} ended, but another consumer has claimed it or it was delivered since it was polled;"
                                 + " it is left alone", job);
                    } else {
                        delivering.add(key);
                        delivered.incrementAndGet();
                        deliver(current.get(), state, delivery);
                        return null;
                    }
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not handle {}; it is polled again next time: {}", job, e.toString());
            }
            return key;
        }, work);
    }

    private void deliver(JobRecord record, JobState<T> state, JobDelivery<T> delivery) {
        String key = record.job().key();
        CompletableFuture<JobDelivery.Outcome> outcome;
        try {
            outcome = delivery.deliver(record, state);
        } catch (RuntimeException e) {
            outcome = CompletableFuture.failedFuture(e);
        }
        // recorded on the work pool: the store may be a database, and the route's thread has other routes to run
        outcome.whenComplete((result, error) -> JobThreadPools.runOn(work, () -> {
            boolean finished = false;
            try {
                if (error == null && result.routed()) {
                    store.finish(key, state.status());
                    finished = true;
                } else {
                    finished = failed(record, result == null ? record.file() : result.file(), error);
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not record how {} was delivered: {}", record.job(), e.toString());
            } finally {
                delivering.remove(key);
                // a finished job's claim ended with it
                if (!finished) {
                    release(key);
                }
            }
        }));
    }

    /** Records a failed routing; true when the job is given up, and so finished. */
    private boolean failed(JobRecord record, String file, Throwable error) {
        int failures = record.failedDeliveries() + 1;
        if (error != null) {
            LOG.warn("Could not deliver {}: {}", record.job(), JobWaiter.unwrap(error).toString());
        }
        if (failures >= maxRedeliveries) {
            LOG.warn("Routing {} failed {} times; giving up on it: it is recorded as {} and no longer watched",
                    record.job(), failures, GIVEN_UP);
            store.finish(record.job().key(), GIVEN_UP);
            return true;
        }
        store.recordFailedDelivery(record.job().key(), failures, file);
        return false;
    }

    private void releaseAll(List<String> keys) {
        if (keys.size() == 1) {
            release(keys.get(0));
        } else if (!keys.isEmpty()) {
            try {
                store.releaseAll(keys, owner);
            } catch (RuntimeException e) {
                LOG.warn("Could not release the claims on {} jobs; they run out after {}: {}", keys.size(), lease,
                        e.getMessage());
            }
        }
    }

    private void release(String key) {
        try {
            store.release(key, owner);
        } catch (RuntimeException e) {
            LOG.warn("Could not release the claim on job {}; it runs out after {}: {}", key, lease, e.getMessage());
        }
    }
}
