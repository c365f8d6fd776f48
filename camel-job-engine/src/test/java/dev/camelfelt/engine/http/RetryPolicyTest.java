package dev.camelfelt.engine.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryPolicyTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-03-10T14:30:00Z"), ZoneOffset.UTC);
    private static final double LOWEST = 0.0;
    private static final double HIGHEST = Math.nextDown(1.0);

    @Test
    void allowsAsManyRetriesAsConfigured() {
        RetryPolicy policy = policy(2, LOWEST);

        assertThat(policy.allowsRetry(0)).isTrue();
        assertThat(policy.allowsRetry(1)).isTrue();
        assertThat(policy.allowsRetry(2)).isFalse();
    }

    @Test
    void zeroRetriesAllowsNone() {
        assertThat(policy(0, LOWEST).allowsRetry(0)).isFalse();
        assertThat(RetryPolicy.none().allowsRetry(0)).isFalse();
    }

    @Test
    void rejectsNegativeRetries() {
        assertThatThrownBy(() -> policy(-1, LOWEST))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxRetries must not be negative: -1");
    }

    @ParameterizedTest
    @CsvSource({ "0, 500, 999", "1, 1000, 1999", "2, 2000, 3999", "3, 4000, 7999", "4, 8000, 15999" })
    void backoffDoublesWithJitterInItsUpperHalf(int retriesSoFar, long lowestMillis, long highestMillis) {
        assertThat(policy(10, LOWEST).delayBeforeRetry(retriesSoFar, null))
                .contains(Duration.ofMillis(lowestMillis));
        assertThat(policy(10, HIGHEST).delayBeforeRetry(retriesSoFar, null))
                .contains(Duration.ofMillis(highestMillis));
    }

    @Test
    void jitterScalesBetweenTheBounds() {
        assertThat(policy(3, 0.5).delayBeforeRetry(0, null)).contains(Duration.ofMillis(750));
    }

    @Test
    void backoffNeverExceedsTheMaxDelay() {
        assertThat(policy(100, HIGHEST).delayBeforeRetry(5, null)).contains(Duration.ofMillis(29_999));
        assertThat(policy(100, LOWEST).delayBeforeRetry(5, null)).contains(Duration.ofSeconds(15));
        assertThat(policy(100, HIGHEST).delayBeforeRetry(80, null)).contains(Duration.ofMillis(29_999));
    }

    @Test
    void retryAfterSecondsIsTakenAsIs() {
        assertThat(policy(3, HIGHEST).delayBeforeRetry(2, "2")).contains(Duration.ofSeconds(2));
        assertThat(policy(3, HIGHEST).delayBeforeRetry(0, " 30 ")).contains(Duration.ofSeconds(30));
    }

    @Test
    void retryAfterDateIsMeasuredFromTheClock() {
        assertThat(policy(3, HIGHEST).delayBeforeRetry(0, "Tue, 10 Mar 2026 14:30:07 GMT"))
                .contains(Duration.ofSeconds(7));
    }

    @Test
    void retryAfterDateInThePastMeansNow() {
        assertThat(policy(3, HIGHEST).delayBeforeRetry(0, "Tue, 10 Mar 2026 14:29:00 GMT"))
                .contains(Duration.ZERO);
    }

    @Test
    void retryAfterLongerThanTheMaxDelayEndsTheRetries() {
        assertThat(policy(3, LOWEST).delayBeforeRetry(0, "31")).isEmpty();
        assertThat(policy(3, LOWEST).delayBeforeRetry(0, "Tue, 10 Mar 2026 14:31:00 GMT")).isEmpty();
    }

    @Test
    void retryAfterTooLargeForALongEndsTheRetries() {
        assertThat(policy(3, LOWEST).delayBeforeRetry(0, "99999999999999999999")).isEmpty();
    }

    @Test
    void anUnreadableRetryAfterFallsBackToTheBackoff() {
        assertThat(policy(3, LOWEST).delayBeforeRetry(1, "soon")).contains(Duration.ofSeconds(1));
        assertThat(policy(3, LOWEST).delayBeforeRetry(1, "")).contains(Duration.ofSeconds(1));
    }

    @Test
    void retryAfterAtTheMaxDelayIsStillWaitedFor() {
        Optional<Duration> delay = policy(3, LOWEST).delayBeforeRetry(0, "30");

        assertThat(delay).contains(Duration.ofSeconds(30));
    }

    private static RetryPolicy policy(int maxRetries, double random) {
        return new RetryPolicy(maxRetries, Duration.ofSeconds(1), Duration.ofSeconds(30), NOW, () -> random);
    }
}
