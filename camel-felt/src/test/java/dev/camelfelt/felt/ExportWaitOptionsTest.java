package dev.camelfelt.felt;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import dev.camelfelt.engine.job.WaitPolicy;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

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
    void byDefaultPollsAfterASecondThenDoublesUpToThirtySeconds() {
        WaitPolicy policy = policyOf("");
        Instant deadline = policy.deadlineFromNow();

        assertThat(deadline).isEqualTo(NOW.plus(ofMinutes(30)));
        assertThat(policy.delayBeforePoll(0, deadline)).isEqualTo(ofSeconds(1));
        assertThat(policy.delayBeforePoll(1, deadline)).isEqualTo(ofSeconds(1));
        assertThat(policy.delayBeforePoll(2, deadline)).isEqualTo(ofSeconds(2));
        assertThat(policy.delayBeforePoll(3, deadline)).isEqualTo(ofSeconds(4));
        assertThat(policy.delayBeforePoll(8, deadline)).isEqualTo(ofSeconds(30));
        assertThat(policy.delayBeforePoll(20, deadline)).isEqualTo(ofSeconds(30));
    }

    @Test
    void waitBackoffMultiplierOneKeepsTheDelayFixed() {
        WaitPolicy policy = policyOf("&waitInitialDelay=0s&waitDelay=5s&waitBackoffMultiplier=1");
        Instant deadline = policy.deadlineFromNow();

        assertThat(policy.delayBeforePoll(0, deadline)).isZero();
        assertThat(policy.delayBeforePoll(1, deadline)).isEqualTo(ofSeconds(5));
        assertThat(policy.delayBeforePoll(10, deadline)).isEqualTo(ofSeconds(5));
    }

    @Test
    void theProducersOwnWaitOptionsApplyAndTheConsumersSchedulerOptionsDoNot() {
        WaitPolicy policy = policyOf("&waitInitialDelay=2s&waitDelay=3s&waitBackoffMultiplier=3&waitMaxDelay=20s"
                                     + "&waitTimeout=5m&initialDelay=7&delay=7&backoffMultiplier=7");
        Instant deadline = policy.deadlineFromNow();

        assertThat(deadline).isEqualTo(NOW.plus(ofMinutes(5)));
        assertThat(policy.delayBeforePoll(0, deadline)).isEqualTo(ofSeconds(2));
        assertThat(policy.delayBeforePoll(1, deadline)).isEqualTo(ofSeconds(3));
        assertThat(policy.delayBeforePoll(2, deadline)).isEqualTo(ofSeconds(9));
        assertThat(policy.delayBeforePoll(3, deadline)).isEqualTo(ofSeconds(20));
    }

    @Test
    void theCatalogListsTheWaitOptionsAsProducerOptions() throws Exception {
        String json = new String(getClass().getResourceAsStream("/META-INF/dev/camelfelt/felt/felt.json").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        com.fasterxml.jackson.databind.JsonNode properties = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(json).path("properties");

        for (String option : new String[] { "waitInitialDelay", "waitDelay", "waitBackoffMultiplier", "waitMaxDelay",
                "waitTimeout" }) {
            assertThat(properties.path(option).path("label").asText()).as(option).isEqualTo("producer");
        }
        assertThat(properties.path("backoffMultiplier").path("label").asText()).contains("consumer");
    }

    @Test
    void theConsumerKeepsCamelsSchedulerOptionsAndStartsWithABackoffMultiplier() throws Exception {
        camel.getComponent("felt", FeltComponent.class).getConfiguration().setApiToken("secret");
        camel.addRoutes(new org.apache.camel.builder.RouteBuilder() {
            @Override
            public void configure() {
                from("felt:export?delay=60000&backoffMultiplier=3&backoffIdleThreshold=2").routeId("exports")
                        .log("${header.CamelFeltExportId}");
            }
        });
        camel.start();

        assertThat(camel.getRouteController().getRouteStatus("exports").isStarted()).isTrue();
        FeltExportConsumer consumer = (FeltExportConsumer) camel.getRoute("exports").getConsumer();
        assertThat(consumer.getBackoffMultiplier()).isEqualTo(3);
        assertThat(consumer.getDelay()).isEqualTo(60000);
    }
}
