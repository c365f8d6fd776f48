package dev.camelfelt.felt.export;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Decides when an export's status is polled next and when waiting for it has timed out; it never waits itself. */
public final class ExportWaitPolicy {

    private final Duration initialDelay;
    private final Duration delay;
    private final int backoffMultiplier;
    private final Duration maxDelay;
    private final Duration waitTimeout;
    private final Clock clock;

    /**
     * @param backoffMultiplier each poll that finds the export in progress multiplies the delay by this, when it
     *                          is 2 or more; the delay never grows past {@code maxDelay}
     */
    public ExportWaitPolicy(Duration initialDelay, Duration delay, int backoffMultiplier, Duration maxDelay,
                            Duration waitTimeout, Clock clock) {
        requireNotNegative(initialDelay, "initialDelay");
        requireNotNegative(delay, "delay");
        requireNotNegative(maxDelay, "maxDelay");
        if (waitTimeout.isNegative() || waitTimeout.isZero()) {
            throw new IllegalArgumentException("waitTimeout must be positive: " + waitTimeout);
        }
        this.initialDelay = initialDelay;
        this.delay = delay;
        this.backoffMultiplier = Math.max(1, backoffMultiplier);
        this.maxDelay = maxDelay;
        this.waitTimeout = waitTimeout;
        this.clock = clock;
    }

    private static void requireNotNegative(Duration value, String name) {
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
    }

    /** The same policy with another wait timeout, e.g. one a message header asks for. */
    public ExportWaitPolicy withWaitTimeout(Duration timeout) {
        return new ExportWaitPolicy(initialDelay, delay, backoffMultiplier, maxDelay, timeout, clock);
    }

    /** The moment a wait started now ends. */
    public Instant deadlineFromNow() {
        return clock.instant().plus(waitTimeout);
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
        Duration grown = delay;
        for (int i = 0; i < step && grown.compareTo(maxDelay) < 0 && backoffMultiplier > 1; i++) {
            grown = grown.multipliedBy(backoffMultiplier);
        }
        return grown.compareTo(maxDelay) > 0 ? maxDelay : grown;
    }

    /** Whether the deadline has passed. */
    public boolean isExpired(Instant deadline) {
        return !clock.instant().isBefore(deadline);
    }

    /** How long it has been since a wait with this deadline started. */
    public Duration elapsed(Instant deadline) {
        return Duration.between(deadline.minus(waitTimeout), clock.instant());
    }

    public Duration getWaitTimeout() {
        return waitTimeout;
    }
}
