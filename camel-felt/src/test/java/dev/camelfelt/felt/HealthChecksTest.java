package dev.camelfelt.felt;

import java.util.Collection;

import com.github.tomakehurst.wiremock.http.RequestMethod;
import dev.camelfelt.engine.testing.LoopbackPorts;
import dev.camelfelt.engine.testing.Readiness;
import dev.camelfelt.felt.client.FeltUnauthorizedException;
import dev.camelfelt.felt.export.ExportRef;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.camel.impl.health.DefaultHealthCheckRegistry;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.camelfelt.felt.FeltJson.LAYER_ID;
import static dev.camelfelt.felt.FeltJson.MAP_ID;
import static dev.camelfelt.felt.FeltJson.errors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The producer's check calls Felt with the token (GET /api/v2/user) and the export consumer's check counts its failed
 * polls; both are readiness checks registered through Camel's health-check registry.
 */
class HealthChecksTest extends FeltTestSupport {

    private static final String USER = "/api/v2/user";
    private static final String USER_JSON =
            "{\"id\": \"Ux8mQ2vLT5aR7kNc3WzY9bA\", \"name\": \"Ada\", \"email\": \"ada@example.com\"}";
    private static final String PRODUCER = "producer:felt://maps/get?";
    private static final ExportRef EXPORT = new ExportRef(MAP_ID, LAYER_ID, "FZWQjWZJSZWvW3yn9BeV9AyA");
    private static final String STATUS =
            "/api/v2/maps/" + MAP_ID + "/layers/" + LAYER_ID + "/custom_exports/" + EXPORT.exportId();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camel = super.createCamelContext();
        HealthCheckRegistry registry = new DefaultHealthCheckRegistry();
        camel.getCamelContextExtension().addContextPlugin(HealthCheckRegistry.class, registry);
        return camel;
    }

    @Override
    public boolean isUseRouteBuilder() {
        return false;
    }

    @Test
    void theProducerIsReadyWhenFeltAcceptsTheToken() throws Exception {
        felt.stubFor(get(urlEqualTo(USER)).willReturn(okJson(USER_JSON)));
        startProducer("felt:maps/get?mapId=" + MAP_ID);

        HealthCheck.Result result = Readiness.of(context, PRODUCER);

        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertOnlyBodilessRequest(feltRequest(RequestMethod.GET, USER));
        assertThat(liveness()).noneMatch(check -> check.getCheck().getId().startsWith("producer:felt"));
    }

    @Test
    void theProducerIsDownWhenFeltRefusesTheToken() throws Exception {
        felt.stubFor(get(urlEqualTo(USER)).willReturn(jsonResponse(
                errors("Unauthorized", "Invalid API token", "{\"header\": \"authorization\"}"), 401)));
        startProducer("felt:maps/get?mapId=" + MAP_ID);

        HealthCheck.Result result = Readiness.of(context, PRODUCER);

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getMessage()).hasValue("Felt at " + baseUrl() + " failed the health check: GET " + USER
                                                 + ": 401 Unauthorized: Invalid API token (header authorization)");
        assertThat(result.getError()).get().isInstanceOf(FeltUnauthorizedException.class);
        assertThat(result.toString() + result.getDetails()).doesNotContain(TOKEN);
    }

    @Test
    void theProducerIsDownWhenFeltIsUnreachable() throws Exception {
        String closed = "http://127.0.0.1:" + LoopbackPorts.closed();
        startProducer("felt:maps/get?mapId=" + MAP_ID + "&baseUrl=" + closed + "&connectTimeout=2s");

        HealthCheck.Result result = Readiness.of(context, PRODUCER);

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getMessage()).get().asString()
                .startsWith("Felt at " + closed + " failed the health check: ").containsIgnoringCase("refused");
    }

    @Test
    void theProducerCheckHonoursTheComponentFlagAndLeavesWithTheRoute() throws Exception {
        context.getComponent("felt", FeltComponent.class).setHealthCheckProducerEnabled(false);
        startProducer("felt:maps/get?mapId=" + MAP_ID);

        HealthCheck.Result result = Readiness.of(context, PRODUCER);

        assertThat(result.getState()).isEqualTo(HealthCheck.State.UNKNOWN);
        assertThat(result.getDetails()).containsEntry("check.enabled", false);
        assertNoRequests();

        context.getRouteController().stopRoute("producer");
        context.removeRoute("producer");

        assertThat(producers().stream()).noneMatch(check -> check.getId().startsWith("producer:felt"));
    }

    @Test
    void theConsumerIsDownAfterFailedPollsInARowAndUpAgainOnceAPollSucceeds() throws Exception {
        felt.stubFor(get(urlEqualTo(STATUS)).willReturn(jsonResponse(
                errors("Internal Server Error", "Try again later", "{\"pointer\": \"\"}"), 500)));
        startConsumer();

        await().until(() -> Readiness.of(context, "consumer:consumer").getState() == HealthCheck.State.DOWN);
        HealthCheck.Result down = Readiness.of(context, "consumer:consumer");
        assertThat(statusPolls()).isGreaterThanOrEqualTo(3);
        assertThat(down.getMessage()).get().asString().matches("\\d+ polls in a row failed; the last with: GET "
                                                              + STATUS + ": 500 Internal Server Error: Try again later");
        assertThat(liveness()).noneMatch(check -> check.getCheck().getId().equals("consumer:consumer")
                                                  && check.getState() == HealthCheck.State.DOWN);

        felt.stubFor(get(urlEqualTo(STATUS)).willReturn(okJson(
                "{\"export_id\": \"" + EXPORT.exportId() + "\", \"status\": \"in_progress\", \"download_url\": null,"
                + " \"filters\": []}")));

        await().until(() -> Readiness.of(context, "consumer:consumer").getState() == HealthCheck.State.UP);
    }

    @Test
    void theConsumerCheckHonoursTheComponentFlag() throws Exception {
        context.getComponent("felt", FeltComponent.class).setHealthCheckConsumerEnabled(false);
        felt.stubFor(get(urlEqualTo(STATUS)).willReturn(jsonResponse(
                errors("Internal Server Error", "Try again later", "{\"pointer\": \"\"}"), 500)));
        startConsumer();

        await().until(() -> statusPolls() >= 4);

        assertThat(Readiness.of(context, "consumer:consumer").getState()).isNotEqualTo(HealthCheck.State.DOWN);
    }

    private void startProducer(String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:felt").routeId("producer").to(uri);
            }
        });
        context.start();
        HealthCheckHelper.getHealthCheckRepository(context, "producers").setEnabled(true);
    }

    private void startConsumer() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("felt:export?initialDelay=0&delay=20").routeId("consumer").to("mock:result");
            }
        });
        HealthCheckHelper.getHealthCheckRepository(context, "consumers");
        context.start();
        context.getComponent("felt", FeltComponent.class).getExportResources().store(null).add(EXPORT.job());
    }

    private int statusPolls() {
        return felt.findAll(getRequestedFor(urlEqualTo(STATUS))).size();
    }

    private Collection<HealthCheck.Result> liveness() {
        return HealthCheckHelper.invokeLiveness(context);
    }

    private HealthCheckRepository producers() {
        return HealthCheckHelper.getHealthCheckRepository(context, "producers");
    }
}
