package dev.camelfelt.engine.job;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static java.time.Duration.ZERO;
import static java.time.Duration.ofMillis;
import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** When a job is polled, and when waiting for it ends, on a clock the test moves. */
class WaitPolicyTest {

    private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");

    private Instant now = START;
    private final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    };

    private WaitPolicy policy(double backoffMultiplier, Duration maxDelay, Duration waitTimeout) {
        return new WaitPolicy(ofMillis(250), ofSeconds(1), backoffMultiplier, maxDelay, waitTimeout, clock);
    }

    @Test
    void firstPollWaitsTheInitialDelayThenTheDelayGrowsByTheMultiplier() {
        WaitPolicy policy = policy(3, ofMinutes(1), ofMinutes(30));
        Instant deadline = policy.deadlineFromNow();

        assertThat(policy.delayBeforePoll(0, deadline)).isEqualTo(ofMillis(250));
        assertThat(policy.delayBeforePoll(1, deadline)).isEqualTo(ofSeconds(1));
        assertThat(policy.delayBeforePoll(2, deadline)).isEqualTo(ofSeconds(3));
        assertThat(policy.delayBeforePoll(3, deadline)).isEqualTo(ofSeconds(9));
        assertThat(policy.delayBeforePoll(4, deadline)).isEqualTo(ofSeconds(27));
    }

    @Test
    void delayStopsGrowingAtMaxDelay() {
        WaitPolicy policy = policy(2, ofSeconds(5), ofMinutes(30));
        Instant deadline = policy.deadlineFromNow();

        assertThat(policy.delayBeforePoll(3, deadline)).isEqualTo(ofSeconds(4));
        assertThat(policy.delayBeforePoll(4, deadline)).isEqualTo(ofSeconds(5));
        assertThat(policy.delayBeforePoll(1_000, deadline)).isEqualTo(ofSeconds(5));
    }

    @Test
    void withoutMultiplierTheDelayStaysTheSame() {
        WaitPolicy policy = policy(1, ofMinutes(1), ofMinutes(30));
        Instant deadline = policy.deadlineFromNow();

        assertThat(policy.delayBeforePoll(1, deadline)).isEqualTo(ofSeconds(1));
        assertThat(policy.delayBeforePoll(10, deadline)).isEqualTo(ofSeconds(1));
    }

    @Test
    void delayNeverReachesPastTheDeadline() {
        WaitPolicy policy = policy(2, ofMinutes(1), ofSeconds(10));
        Instant deadline = policy.deadlineFromNow();

        now = START.plusSeconds(8);
        assertThat(policy.delayBeforePoll(3, deadline)).isEqualTo(ofSeconds(2));
        now = START.plusSeconds(11);
        assertThat(policy.delayBeforePoll(3, deadline)).isEqualTo(ZERO);
    }

    @Test
    void waitExpiresAtItsDeadline() {
        WaitPolicy policy = policy(2, ofMinutes(1), ofSeconds(10));
        Instant deadline = policy.deadlineFromNow();

        now = START.plusMillis(9_999);
        assertThat(policy.isExpired(deadline)).isFalse();
        assertThat(policy.elapsed(deadline)).isEqualTo(ofMillis(9_999));
        now = START.plusSeconds(10);
        assertThat(policy.isExpired(deadline)).isTrue();
        assertThat(policy.elapsed(deadline)).isEqualTo(ofSeconds(10));
    }

    @Test
    void anotherWaitTimeoutMovesTheDeadlineOnly() {
        WaitPolicy policy = policy(2, ofMinutes(1), ofMinutes(30)).withTimeout(ofSeconds(5));
        Instant deadline = policy.deadlineFromNow();

        assertThat(deadline).isEqualTo(START.plusSeconds(5));
        assertThat(policy.getTimeout()).isEqualTo(ofSeconds(5));
        assertThat(policy.delayBeforePoll(2, deadline)).isEqualTo(ofSeconds(2));
    }

    @Test
    void rejectsNegativeDelaysShrinkingDelaysAndEmptyTimeouts() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new WaitPolicy(ofMillis(-1), ofSeconds(1), 2, ofMinutes(1), ofMinutes(1),
                        clock))
                .withMessageContaining("initialDelay");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new WaitPolicy(ZERO, ofSeconds(-1), 2, ofMinutes(1), ofMinutes(1), clock))
                .withMessageContaining("delay");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> policy(2, ofMinutes(1), ZERO))
                .withMessage("The wait timeout must be positive: PT0S");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> policy(0.5, ofMinutes(1), ofMinutes(1)))
                .withMessage("The backoff multiplier must be 1 or more: 0.5");
    }
}
