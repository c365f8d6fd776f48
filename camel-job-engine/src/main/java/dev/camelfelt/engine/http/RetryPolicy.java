package dev.camelfelt.engine.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.DoubleSupplier;

import org.apache.hc.client5.http.utils.DateUtils;

/** Decides whether and when a call that the server throttled or could not serve is tried again. */
public final class RetryPolicy {

    private final int maxRetries;
    private final Duration initialDelay;
    private final Duration maxDelay;
    private final Clock clock;
    private final DoubleSupplier random;

    /** A policy that never retries. */
    public static RetryPolicy none() {
        return new RetryPolicy(0, Duration.ZERO, Duration.ZERO, Clock.systemUTC(), () -> 0);
    }

    /**
     * @param maxRetries   how many times a call may be repeated after its first try
     * @param initialDelay the backoff before the first retry when the server gives no {@code Retry-After}
     * @param maxDelay     the longest wait between two tries; a longer {@code Retry-After} ends the retries
     * @param clock        the clock that {@code Retry-After} dates are compared with
     * @param random       a source of numbers in [0, 1) for the jitter
     */
    public RetryPolicy(int maxRetries, Duration initialDelay, Duration maxDelay, Clock clock, DoubleSupplier random) {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must not be negative: " + maxRetries);
        }
        this.maxRetries = maxRetries;
        this.initialDelay = initialDelay;
        this.maxDelay = maxDelay;
        this.clock = clock;
        this.random = random;
    }

    /** How many times a call may be repeated after its first try. */
    public int maxRetries() {
        return maxRetries;
    }

    /** Whether another try is allowed after {@code retriesSoFar} retries. */
    public boolean allowsRetry(int retriesSoFar) {
        return retriesSoFar < maxRetries;
    }

    /**
     * How long to wait before retry number {@code retriesSoFar + 1}: what {@code Retry-After} asks for, else an
     * exponential backoff with jitter. Empty when the server asks for a longer wait than {@code maxDelay} allows.
     */
    public Optional<Duration> delayBeforeRetry(int retriesSoFar, String retryAfter) {
        Optional<Duration> asked = parseRetryAfter(retryAfter);
        if (asked.isPresent()) {
            return asked.get().compareTo(maxDelay) <= 0 ? asked : Optional.empty();
        }
        long ceiling = Math.min(maxDelay.toMillis(), initialDelay.toMillis() << Math.min(retriesSoFar, 30));
        // "equal jitter": at least half the backoff, so that retries still spread out under contention
        long millis = ceiling / 2 + (long) (random.getAsDouble() * (ceiling - ceiling / 2));
        return Optional.of(Duration.ofMillis(millis));
    }

    /** What a {@code Retry-After} header (seconds or an HTTP date) asks for; empty when absent or unreadable. */
    public Optional<Duration> retryAfter(String value) {
        return parseRetryAfter(value);
    }

    private Optional<Duration> parseRetryAfter(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.trim();
        if (text.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
            } catch (NumberFormatException e) {
                // more seconds than a long holds: longer than any wait allowed
                return Optional.of(ChronoUnit.FOREVER.getDuration());
            }
        }
        Instant date = DateUtils.parseStandardDate(text);
        if (date == null) {
            return Optional.empty();
        }
        Duration untilThen = Duration.between(clock.instant(), date);
        return Optional.of(untilThen.isNegative() ? Duration.ZERO : untilThen);
    }
}
