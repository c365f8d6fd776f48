package dev.camelfelt.engine.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How many requests a component may send: at most {@code maxRequestsPerSecond} (a token bucket holding one second's
 * worth) and at most {@code maxConcurrentRequests} on the wire at once, shared by all its endpoints. A request waits
 * for its turn without holding a thread: {@link #acquire} answers a future that a later release or a scheduled wake-up
 * completes. User calls are served before polls; polls get a turn only when no user call waits.
 * <p>
 * A throttled answer (429) slows the whole component down: nothing is sent until its {@code Retry-After} (or one
 * second) has passed, and the rate is halved. Each {@code recoveryInterval} without another 429 doubles the rate again,
 * up to {@code maxRequestsPerSecond}. A rate of 0 means no rate limit; a 429 then only pauses.
 */
public final class RequestBudget {

    private static final Logger LOG = LoggerFactory.getLogger(RequestBudget.class);
    private static final Duration DEFAULT_PAUSE = Duration.ofSeconds(1);
    private static final double MIN_RATE = 1;

    private final int maxRequestsPerSecond;
    private final int maxConcurrentRequests;
    private final Duration recoveryInterval;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;

    private final Deque<CompletableFuture<Permit>> userWaiters = new ArrayDeque<>();
    private final Deque<CompletableFuture<Permit>> pollWaiters = new ArrayDeque<>();
    private double rate;
    private double tokens;
    private Instant lastRefill;
    private Instant pausedUntil;
    private Instant lastThrottled;
    private int inFlight;
    private Instant wakeUpAt;

    /**
     * @param maxRequestsPerSecond the rate; 0 for none
     * @param maxConcurrentRequests the requests on the wire at once; 0 for no limit
     * @param recoveryInterval      how long without a 429 before the rate doubles again
     * @param clock                 the time the budget is counted in
     * @param scheduler             wakes waiting requests once tokens have grown back or a pause is over
     */
    public RequestBudget(int maxRequestsPerSecond, int maxConcurrentRequests, Duration recoveryInterval, Clock clock,
                         ScheduledExecutorService scheduler) {
        if (maxRequestsPerSecond < 0 || maxConcurrentRequests < 0) {
            throw new IllegalArgumentException("maxRequestsPerSecond and maxConcurrentRequests must not be negative");
        }
        this.maxRequestsPerSecond = maxRequestsPerSecond;
        this.maxConcurrentRequests = maxConcurrentRequests;
        this.recoveryInterval = recoveryInterval;
        this.clock = clock;
        this.scheduler = scheduler;
        this.rate = maxRequestsPerSecond;
        this.tokens = maxRequestsPerSecond;
        this.lastRefill = clock.instant();
        this.pausedUntil = lastRefill;
    }

    /** A budget without limits, e.g. for tests of other things. */
    public static RequestBudget unlimited(ScheduledExecutorService scheduler) {
        return new RequestBudget(0, 0, Duration.ofSeconds(30), Clock.systemUTC(), scheduler);
    }

    /** A permit to send one request, completed when the budget allows; release it when the answer has arrived. */
    public CompletableFuture<Permit> acquire(Priority priority) {
        CompletableFuture<Permit> permit = new CompletableFuture<>();
        synchronized (this) {
            (priority == Priority.USER ? userWaiters : pollWaiters).addLast(permit);
        }
        dispatch();
        return permit;
    }

    /** The server throttled a request: pause for {@code retryAfter} (or a second when null) and halve the rate. */
    public void throttled(Duration retryAfter) {
        synchronized (this) {
            Instant now = clock.instant();
            Instant until = now.plus(retryAfter != null ? retryAfter : DEFAULT_PAUSE);
            if (until.isAfter(pausedUntil)) {
                pausedUntil = until;
            }
            lastThrottled = now;
            // one request may go as soon as the pause is over; the rest follow at the new rate
            tokens = Math.min(tokens, 1);
            if (maxRequestsPerSecond > 0) {
                rate = Math.max(MIN_RATE, rate / 2);
            }
            LOG.warn("The server throttled a request: pausing until {}, then sending at most {} requests a second",
                    pausedUntil, maxRequestsPerSecond > 0 ? String.format("%.1f", rate) : "unlimited");
        }
        dispatch();
    }

    /** The rate the budget allows now, in requests a second; 0 when there is no rate limit. */
    public synchronized double currentRate() {
        refill(clock.instant());
        return maxRequestsPerSecond > 0 ? rate : 0;
    }

    /** How many requests wait for a permit. */
    public synchronized int waiting() {
        return userWaiters.size() + pollWaiters.size();
    }

    private void release() {
        synchronized (this) {
            inFlight--;
        }
        dispatch();
    }

    private void dispatch() {
        List<CompletableFuture<Permit>> granted = new ArrayList<>();
        synchronized (this) {
            Instant now = clock.instant();
            refill(now);
            while (!userWaiters.isEmpty() || !pollWaiters.isEmpty()) {
                Deque<CompletableFuture<Permit>> queue = userWaiters.isEmpty() ? pollWaiters : userWaiters;
                if (queue.peekFirst().isDone()) {
                    queue.pollFirst();
                    continue;
                }
                if (now.isBefore(pausedUntil)) {
                    wakeUpAt(pausedUntil, now);
                    break;
                }
                if (maxConcurrentRequests > 0 && inFlight >= maxConcurrentRequests) {
                    break; // a release dispatches again
                }
                if (maxRequestsPerSecond > 0 && tokens < 1) {
                    long nanos = (long) Math.ceil((1 - tokens) / rate * 1_000_000_000L);
                    wakeUpAt(now.plusNanos(nanos), now);
                    break;
                }
                if (maxRequestsPerSecond > 0) {
                    tokens -= 1;
                }
                inFlight++;
                granted.add(queue.pollFirst());
            }
        }
        for (CompletableFuture<Permit> permit : granted) {
            if (!permit.complete(new Permit())) {
                release();
            }
        }
    }

    private void refill(Instant now) {
        if (maxRequestsPerSecond == 0) {
            return;
        }
        if (lastThrottled != null && rate < maxRequestsPerSecond
            && !now.isBefore(lastThrottled.plus(recoveryInterval))) {
            rate = Math.min(maxRequestsPerSecond, rate * 2);
            // the next doubling needs another quiet interval
            lastThrottled = rate < maxRequestsPerSecond ? now : null;
            LOG.info("No throttling for {} s: now sending at most {} requests a second", recoveryInterval.toSeconds(),
                    String.format("%.1f", rate));
        }
        Instant from = lastRefill.isAfter(pausedUntil) ? lastRefill : pausedUntil;
        if (now.isAfter(from)) {
            double seconds = Duration.between(from, now).toNanos() / 1e9;
            tokens = Math.min(Math.max(rate, 1), tokens + seconds * rate);
        }
        lastRefill = now.isAfter(lastRefill) ? now : lastRefill;
    }

    private void wakeUpAt(Instant when, Instant now) {
        if (wakeUpAt != null && !wakeUpAt.isAfter(when) && wakeUpAt.isAfter(now)) {
            return; // an earlier wake-up is already on its way
        }
        wakeUpAt = when;
        long delay = Math.max(1, Duration.between(now, when).toNanos());
        try {
            scheduler.schedule(this::dispatch, delay, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debug("The budget's scheduler is shut down; waiting requests are woken by the next release");
        }
    }

    /** The right to send one request; {@link #close()} gives it back once the answer has arrived. */
    public final class Permit implements AutoCloseable {
        private boolean released;

        @Override
        public void close() {
            synchronized (this) {
                if (released) {
                    return;
                }
                released = true;
            }
            release();
        }
    }
}
