package dev.camelfelt.engine.testing;

import java.util.Optional;

import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs a context's readiness checks and picks one by id. */
public final class Readiness {

    private Readiness() {
    }

    /** The result of the readiness check whose id starts with {@code idPrefix}; fails naming the checks there are. */
    public static HealthCheck.Result of(CamelContext camel, String idPrefix) {
        Optional<HealthCheck.Result> result = HealthCheckHelper.invokeReadiness(camel).stream()
                .filter(check -> check.getCheck().getId().startsWith(idPrefix)).findFirst();
        assertThat(result).as(() -> "the readiness check " + idPrefix + " among " + HealthCheckHelper
                .invokeReadiness(camel).stream().map(check -> check.getCheck().getId()).toList()).isPresent();
        return result.get();
    }
}
