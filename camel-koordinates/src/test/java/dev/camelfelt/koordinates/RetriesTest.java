package dev.camelfelt.koordinates;

import java.util.Map;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.camelfelt.koordinates.model.Export;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.http.RequestMethod.GET;
import static com.github.tomakehurst.wiremock.http.RequestMethod.POST;
import static org.assertj.core.api.Assertions.assertThat;

/** The engine's retry rules as koordinates endpoints apply them. */
class RetriesTest extends KoordinatesTestSupport {

    private static final String NO_WAIT = "retryInitialDelay=1ms&retryMaxDelay=10ms";

    @Test
    void aGetIsRepeatedAfter503WithRetryAfter() throws Exception {
        failOnceThenServe(get(urlEqualTo(API + "/exports/croplayers/")),
                aResponse().withStatus(503).withHeader("Retry-After", "0"));

        reply(call("koordinates:cropLayers/list?" + NO_WAIT));

        assertRequests(apiRequest(GET, "/exports/croplayers/"), apiRequest(GET, "/exports/croplayers/"));
    }

    @Test
    void aPostThrottledWith429IsRepeated() throws Exception {
        failOnceThenServe(post(urlEqualTo(API + "/exports/")),
                aResponse().withStatus(429).withHeader("Retry-After", "0"));

        Export export = reply(call("koordinates:exports/create?items=50772&format=kml&" + NO_WAIT)).getBody(Export.class);

        assertThat(export.state().value()).isEqualTo("processing");
        assertThat(apiRequests()).hasSize(2).allMatch(request -> request.getMethod().getName().equals("POST"));
        assertThat(simulator().exports()).hasSize(1);
    }

    @Test
    void aGetIsRepeatedAfterAReadTimeout() throws Exception {
        // HttpClient's I/O reactor checks timeouts once a second, so the slow answer must be later than that
        failOnceThenServe(get(urlEqualTo(API + "/exports/croplayers/2/")),
                aResponse().withStatus(200).withFixedDelay(3000).withBody("{}"));

        reply(call("koordinates:cropLayers/get?cropLayerId=2&responseTimeout=200ms&" + NO_WAIT));

        assertRequests(apiRequest(GET, "/exports/croplayers/2/"), apiRequest(GET, "/exports/croplayers/2/"));
    }

    @Test
    void aPostIsNeverSentAgainOnceItMayHaveArrived() throws Exception {
        failOnceThenServe(post(urlEqualTo(API + "/exports/")),
                aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        KoordinatesTransportException failed = failure(call("koordinates:exports/create?items=50772&format=kml&"
                                                            + NO_WAIT, null, Map.of()),
                KoordinatesTransportException.class);

        assertThat(failed.getMessage()).startsWith("POST " + API + "/exports/");
        assertRequests(apiRequest(POST, "/exports/"));
        assertThat(simulator().exports()).isEmpty();
    }

    /** The first matching request gets {@code failure}; later ones reach the simulator. */
    private static void failOnceThenServe(com.github.tomakehurst.wiremock.client.MappingBuilder request,
            com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder failure) {
        simulator().wireMock().stubFor(request.atPriority(1).inScenario("once")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(failure).willSetStateTo("failed"));
    }
}
