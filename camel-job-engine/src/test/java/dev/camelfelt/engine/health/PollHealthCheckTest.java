package dev.camelfelt.engine.health;

import java.io.IOException;
import java.util.concurrent.CompletionException;

import org.apache.camel.health.HealthCheck;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A consumer is taken out of service only after several polls in a row have failed, and back after one succeeds. */
class PollHealthCheckTest {

    private final PollHealthCheck check = new PollHealthCheck("consumer", 3);

    @Test
    void staysUpBelowTheThresholdAndGoesDownAtIt() {
        check.failed(new IOException("Connection refused"));
        check.failed(new IOException("Connection refused"));

        assertThat(check.call().getState()).isEqualTo(HealthCheck.State.UP);

        check.failed(new CompletionException(new IOException("Read timed out")));
        HealthCheck.Result down = check.call();

        assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(down.getMessage()).hasValue("3 polls in a row failed; the last with: Read timed out");
        assertThat(down.getError()).get().isInstanceOf(IOException.class);
        assertThat(down.getDetails()).containsEntry("failures.in.a.row", 3L);
    }

    @Test
    void oneAnsweredPollBringsItBack() {
        for (int i = 0; i < 5; i++) {
            check.failed(new IOException("Connection refused"));
        }
        check.succeeded();
        check.failed(new IOException("Connection refused"));

        assertThat(check.call().getState()).isEqualTo(HealthCheck.State.UP);
    }

    @Test
    void isAReadinessCheckOnly() {
        assertThat(check.isReadiness()).isTrue();
        assertThat(check.isLiveness()).isFalse();
    }
}
