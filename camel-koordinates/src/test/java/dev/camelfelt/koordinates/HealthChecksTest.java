package dev.camelfelt.koordinates;

import dev.camelfelt.engine.testing.LoopbackPorts;
import dev.camelfelt.engine.testing.Readiness;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.impl.health.DefaultHealthCheckRegistry;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.http.RequestMethod.OPTIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The producer's check asks Koordinates for the formats document with the key (OPTIONS exports/) and the export
 * consumer's check counts its failed polls; both are readiness checks registered through Camel's health-check
 * registry.
 */
class HealthChecksTest extends KoordinatesTestSupport {

    private static final String PRODUCER = "producer:koordinates://exports/get?";
    private static final String WRONG_KEY = "wrong-koordinates-key-0000000001";
    private static final String POLL = API + "/exports/101/";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camel = super.createCamelContext();
        camel.getCamelContextExtension().addContextPlugin(HealthCheckRegistry.class, new DefaultHealthCheckRegistry());
        return camel;
    }

    @Override
    public boolean isUseRouteBuilder() {
        return false;
    }

    @Test
    void theProducerIsReadyWhenKoordinatesAnswersWithTheKey() throws Exception {
        startProducer("koordinates:exports/get?exportId=101");

        HealthCheck.Result result = Readiness.of(context, PRODUCER);

        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertRequests(apiRequest(OPTIONS, "/exports/").withoutHeader("Content-Type"));
        assertThat(apiRequests()).singleElement().satisfies(request -> assertThat(request.getBody()).isEmpty());
        assertThat(HealthCheckHelper.invokeLiveness(context))
                .noneMatch(check -> check.getCheck().getId().startsWith("producer:koordinates"));
    }

    @Test
    void theProducerIsDownWhenKoordinatesRefusesTheKey() throws Exception {
        startProducer("koordinates:exports/get?exportId=101&apiKey=" + WRONG_KEY);

        HealthCheck.Result result = Readiness.of(context, PRODUCER);

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getMessage()).hasValue("Koordinates at " + simulator().apiUrl().replaceAll("/$", "")
                                                 + " failed the health check: OPTIONS " + API + "/exports/ failed with"
                                                 + " HTTP 401: {\"error\":\"Invalid token.\"}");
        assertThat(result.getError()).get().isInstanceOf(KoordinatesApiException.class)
                .satisfies(error -> assertThat(((KoordinatesApiException) error).getStatusCode()).isEqualTo(401));
        assertThat(apiRequests()).singleElement().satisfies(request -> {
            assertThat(request.getMethod().getName()).isEqualTo("OPTIONS");
            assertThat(request.getUrl()).isEqualTo(API + "/exports/");
            assertThat(request.getHeader("Authorization")).isEqualTo("key " + WRONG_KEY);
        });
        assertThat(result.toString() + result.getDetails() + result.getMessage()).doesNotContain(WRONG_KEY);
    }

    @Test
    void theProducerIsDownWhenTheKeyMayNotExport() throws Exception {
        simulator().wireMock().stubFor(request("OPTIONS", urlEqualTo(API + "/exports/")).atPriority(1)
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                        .withBody("{\"detail\": \"You do not have permission to perform this action.\"}")));
        startProducer("koordinates:exports/get?exportId=101");

        HealthCheck.Result result = Readiness.of(context, PRODUCER);

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getMessage()).hasValue("Koordinates at " + simulator().apiUrl().replaceAll("/$", "")
                                                 + " failed the health check: OPTIONS " + API + "/exports/ failed with"
                                                 + " HTTP 403: {\"detail\": \"You do not have permission to perform"
                                                 + " this action.\"}");
        assertRequests(apiRequest(OPTIONS, "/exports/"));
    }

    @Test
    void theProducerIsDownWhenKoordinatesIsUnreachable() throws Exception {
        String closed = "http://127.0.0.1:" + LoopbackPorts.closed();
        startProducer("koordinates:exports/get?exportId=101&baseUrl=" + closed + "&connectTimeout=2s");

        HealthCheck.Result result = Readiness.of(context, PRODUCER);

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getMessage()).get().asString()
                .startsWith("Koordinates at " + closed + API + " failed the health check: ")
                .containsIgnoringCase("refused");
        assertThat(result.getError()).get().isInstanceOf(KoordinatesTransportException.class);
    }

    @Test
    void theProducerCheckHonoursTheComponentFlagAndLeavesWithTheRoute() throws Exception {
        context.getComponent("koordinates", KoordinatesComponent.class).setHealthCheckProducerEnabled(false);
        startProducer("koordinates:exports/get?exportId=101");

        HealthCheck.Result result = Readiness.of(context, PRODUCER);

        assertThat(result.getState()).isEqualTo(HealthCheck.State.UNKNOWN);
        assertThat(result.getDetails()).containsEntry("check.enabled", false);
        assertThat(apiRequests()).isEmpty();

        context.getRouteController().stopRoute("producer");
        context.removeRoute("producer");

        assertThat(HealthCheckHelper.getHealthCheckRepository(context, "producers").stream())
                .noneMatch(check -> check.getId().startsWith("producer:koordinates"));
    }

    @Test
    void theConsumerIsDownAfterFailedPollsInARowAndUpAgainOnceAPollSucceeds() throws Exception {
        simulator().wireMock().stubFor(get(urlEqualTo(POLL)).atPriority(1).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json").withBody("{\"detail\": \"Try again later\"}")));
        startConsumer();

        await().until(() -> Readiness.of(context, "consumer:consumer").getState() == HealthCheck.State.DOWN);
        HealthCheck.Result down = Readiness.of(context, "consumer:consumer");
        assertThat(simulator().wireMock().findAll(getRequestedFor(urlEqualTo(POLL)))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(down.getMessage()).get().asString().matches("\\d+ polls in a row failed; the last with: GET " + POLL
                                                              + " failed with HTTP 500: \\{\"detail\": \"Try again"
                                                              + " later\"\\}");
        assertThat(HealthCheckHelper.invokeLiveness(context)).noneMatch(check -> check.getCheck().getId()
                .equals("consumer:consumer") && check.getState() == HealthCheck.State.DOWN);

        simulator().wireMock().resetMappings();
        simulator().wireMock().stubFor(get(urlEqualTo(POLL)).atPriority(1).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"id\": 101, \"name\": \"kx-nz-airports\","
                                                                         + " \"state\": \"processing\", \"progress\": 0.5}")));

        await().until(() -> Readiness.of(context, "consumer:consumer").getState() == HealthCheck.State.UP);
    }

    private void startProducer(String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:koordinates").routeId("producer").to(uri);
            }
        });
        context.start();
        HealthCheckHelper.getHealthCheckRepository(context, "producers").setEnabled(true);
    }

    private void startConsumer() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("koordinates:export?exportId=101&initialDelay=0&delay=20").routeId("consumer").to("mock:result");
            }
        });
        HealthCheckHelper.getHealthCheckRepository(context, "consumers");
        context.start();
    }
}
