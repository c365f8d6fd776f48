package dev.camelfelt.felt;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import dev.camelfelt.engine.job.WaitPolicy;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static java.time.Duration.ofMillis;
import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

/** How felt:export's URI options turn into the waits between status polls. */
class ExportWaitOptionsTest {

    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

    private final CamelContext camel = new DefaultCamelContext();

    @AfterEach
    void stopCamel() {
        camel.stop();
    }

    private WaitPolicy policyOf(String options) {
        FeltEndpoint endpoint = camel.getEndpoint(
                "felt:export?apiToken=secret&mapId=m&layerId=l&format=geojson" + options, FeltEndpoint.class);
        endpoint.setClock(Clock.fixed(NOW, ZoneOffset.UTC));
        return endpoint.exportWaitPolicy();
    }

    @Test
    void byDefaultPollsAfterASecondThenDoublesFromHalfASecondUpToThirtySeconds() {
        WaitPolicy policy = policyOf("");
        Instant deadline = policy.deadlineFromNow();

        assertThat(deadline).isEqualTo(NOW.plus(ofMinutes(30)));
        assertThat(policy.delayBeforePoll(0, deadline)).isEqualTo(ofSeconds(1));
        assertThat(policy.delayBeforePoll(1, deadline)).isEqualTo(ofMillis(500));
        assertThat(policy.delayBeforePoll(2, deadline)).isEqualTo(ofSeconds(1));
        assertThat(policy.delayBeforePoll(3, deadline)).isEqualTo(ofSeconds(2));
        assertThat(policy.delayBeforePoll(8, deadline)).isEqualTo(ofSeconds(30));
        assertThat(policy.delayBeforePoll(20, deadline)).isEqualTo(ofSeconds(30));
    }

    @Test
    void backoffMultiplierOneKeepsTheDelayFixed() {
        WaitPolicy policy = policyOf("&initialDelay=0&delay=5000&backoffMultiplier=1");
        Instant deadline = policy.deadlineFromNow();

        assertThat(policy.delayBeforePoll(0, deadline)).isZero();
        assertThat(policy.delayBeforePoll(1, deadline)).isEqualTo(ofSeconds(5));
        assertThat(policy.delayBeforePoll(10, deadline)).isEqualTo(ofSeconds(5));
    }

    @Test
    void theSchedulerTimeUnitAndTheWaitOptionsApply() {
        WaitPolicy policy = policyOf("&initialDelay=2&delay=3&timeUnit=SECONDS&backoffMultiplier=3"
                                           + "&maxDelay=20s&waitTimeout=5m");
        Instant deadline = policy.deadlineFromNow();

        assertThat(deadline).isEqualTo(NOW.plus(ofMinutes(5)));
        assertThat(policy.delayBeforePoll(0, deadline)).isEqualTo(ofSeconds(2));
        assertThat(policy.delayBeforePoll(1, deadline)).isEqualTo(ofSeconds(3));
        assertThat(policy.delayBeforePoll(2, deadline)).isEqualTo(ofSeconds(9));
        assertThat(policy.delayBeforePoll(3, deadline)).isEqualTo(ofSeconds(20));
    }
}
