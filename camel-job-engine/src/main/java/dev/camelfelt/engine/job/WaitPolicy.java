package dev.camelfelt.engine.job;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Decides when a job is polled next and when waiting for it has timed out; it never waits itself. */
public final class WaitPolicy {

    private final Duration initialDelay;
    private final Duration delay;
    private final double backoffMultiplier;
    private final Duration maxDelay;
    private final Duration timeout;
    private final Clock clock;

    /**
     * @param initialDelay      the wait before the first poll
     * @param delay             the wait before the second poll
     * @param backoffMultiplier each later wait is the previous one times this (1 for a fixed delay), up to maxDelay
     * @param maxDelay          the longest wait between two polls
     * @param timeout           how long a wait lasts before it fails
     */
    public WaitPolicy(Duration initialDelay, Duration delay, double backoffMultiplier, Duration maxDelay,
                      Duration timeout, Clock clock) {
        requireNotNegative(initialDelay, "initialDelay");
        requireNotNegative(delay, "delay");
        requireNotNegative(maxDelay, "maxDelay");
        if (backoffMultiplier < 1) {
            throw new IllegalArgumentException("The backoff multiplier must be 1 or more: " + backoffMultiplier);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("The wait timeout must be positive: " + timeout);
        }
        this.initialDelay = initialDelay;
        this.delay = delay;
        this.backoffMultiplier = backoffMultiplier;
        this.maxDelay = maxDelay;
        this.timeout = timeout;
        this.clock = clock;
    }

    private static void requireNotNegative(Duration value, String name) {
        if (value.isNegative()) {
            throw new IllegalArgumentException("The " + name + " must not be negative: " + value);
        }
    }

    /** The same policy with another timeout, e.g. one a message header asks for. */
    public WaitPolicy withTimeout(Duration newTimeout) {
        return new WaitPolicy(initialDelay, delay, backoffMultiplier, maxDelay, newTimeout, clock);
    }

    /** The moment a wait that starts now ends. */
    public Instant deadlineFromNow() {
        return clock.instant().plus(timeout);
    }

    /** How long to wait before poll number {@code poll} (0 is the first), never past the deadline. */
    public Duration delayBeforePoll(int poll, Instant deadline) {
        Duration wanted = poll == 0 ? initialDelay : grown(poll - 1);
        Duration left = Duration.between(clock.instant(), deadline);
        if (left.isNegative()) {
            return Duration.ZERO;
        }
        return wanted.compareTo(left) > 0 ? left : wanted;
    }

    private Duration grown(int step) {
        double millis = delay.toMillis() * Math.pow(backoffMultiplier, Math.min(step, 64));
        return millis >= maxDelay.toMillis() ? maxDelay : Duration.ofMillis(Math.max(delay.toMillis(), (long) millis));
    }

    /** Whether the deadline has passed. */
    public boolean isExpired(Instant deadline) {
        return !clock.instant().isBefore(deadline);
    }

    /** How long it has been since a wait with this deadline started. */
    public Duration elapsed(Instant deadline) {
        return Duration.between(deadline.minus(timeout), clock.instant());
    }

    public Duration getTimeout() {
        return timeout;
    }

    public Clock getClock() {
        return clock;
    }
}
