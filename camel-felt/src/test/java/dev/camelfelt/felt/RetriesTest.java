package dev.camelfelt.felt;


import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Supplier;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.camelfelt.felt.client.FeltRateLimitException;
import dev.camelfelt.felt.client.FeltServerException;
import dev.camelfelt.felt.client.FeltTransportException;
import dev.camelfelt.felt.model.ExportLink;
import dev.camelfelt.felt.model.FeltMap;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.camelfelt.felt.FeltJson.COPY_ID;
import static dev.camelfelt.felt.FeltJson.LAYER_ID;
import static dev.camelfelt.felt.FeltJson.MAP_ID;
import static dev.camelfelt.felt.FeltJson.errors;
import static org.assertj.core.api.Assertions.assertThat;

/** Throttling and outages are retried as Felt asks; what may have reached Felt is not sent twice. */
class RetriesTest extends FeltTestSupport {

    private static final String MAP = "/api/v2/maps/" + MAP_ID;
    private static final String EXPORT_LINK = MAP + "/layers/" + LAYER_ID + "/get_export_link";

    @Test
    void waitsAsLongAsRetryAfterSaysThenSucceeds() throws Exception {
        answerInTurn(() -> get(urlEqualTo(MAP)), throttled().withHeader("Retry-After", "2"),
                okJson(FeltJson.map(MAP_ID, "Wildfires")));

        FeltMap map = reply(call("felt:maps/get?mapId=" + MAP_ID)).getBody(FeltMap.class);

        assertThat(map.id()).isEqualTo(MAP_ID);
        assertThat(retryWaits).containsExactly(Duration.ofSeconds(2));
        assertThat(felt.getAllServeEvents()).hasSize(2);
    }

    @Test
    void waitsUntilTheDateRetryAfterGives() throws Exception {
        clock = Clock.fixed(Instant.parse("2026-03-10T14:30:00Z"), ZoneOffset.UTC);
        answerInTurn(() -> get(urlEqualTo(MAP)), throttled().withHeader("Retry-After", "Tue, 10 Mar 2026 14:30:07 GMT"),
                okJson(FeltJson.map(MAP_ID, "Wildfires")));

        reply(call("felt:maps/get?mapId=" + MAP_ID));

        assertThat(retryWaits).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void retriesServiceUnavailableWithAGrowingBackoff() throws Exception {
        answerInTurn(() -> get(urlEqualTo(EXPORT_LINK)), unavailable(), unavailable(), okJson(FeltJson.exportLink()));

        ExportLink link = reply(call("felt:export/link?mapId=" + MAP_ID + "&layerId=" + LAYER_ID
                                     + "&retryInitialDelay=200ms")).getBody(ExportLink.class);

        assertThat(link.exportLink()).isEqualTo(FeltJson.EXPORT_LINK);
        assertThat(felt.getAllServeEvents()).hasSize(3);
        assertThat(retryWaits).hasSize(2);
        assertThat(retryWaits.get(0)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(retryWaits.get(1)).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
    }

    @Test
    void stopsAfterMaxRetries() throws Exception {
        felt.stubFor(get(urlEqualTo(MAP)).willReturn(throttled()));

        failure(call("felt:maps/get?mapId=" + MAP_ID + "&maxRetries=2"), FeltRateLimitException.class);

        assertThat(felt.getAllServeEvents()).hasSize(3);
        assertThat(retryWaits).hasSize(2);
    }

    @Test
    void maxRetriesZeroTurnsRetriesOff() throws Exception {
        felt.stubFor(get(urlEqualTo(EXPORT_LINK)).willReturn(unavailable()));

        failure(call("felt:export/link?mapId=" + MAP_ID + "&layerId=" + LAYER_ID + "&maxRetries=0"),
                FeltServerException.class);

        assertThat(felt.getAllServeEvents()).hasSize(1);
        assertThat(retryWaits).isEmpty();
    }

    @Test
    void doesNotWaitLongerThanRetryMaxDelay() throws Exception {
        felt.stubFor(get(urlEqualTo(MAP)).willReturn(throttled().withHeader("Retry-After", "60")));

        FeltRateLimitException e = failure(call("felt:maps/get?mapId=" + MAP_ID + "&retryMaxDelay=10s"),
                FeltRateLimitException.class);

        assertThat(e.getStatus()).isEqualTo(429);
        assertThat(felt.getAllServeEvents()).hasSize(1);
        assertThat(retryWaits).isEmpty();
    }

    @Test
    void retriesAGetAfterAConnectionFailure() throws Exception {
        answerInTurn(() -> get(urlEqualTo(MAP)), lost(okJson(FeltJson.map(MAP_ID, "Wildfires"))),
                okJson(FeltJson.map(MAP_ID, "Wildfires")));

        FeltMap map = reply(call("felt:maps/get?mapId=" + MAP_ID + "&retryInitialDelay=200ms")).getBody(FeltMap.class);

        assertThat(map.id()).isEqualTo(MAP_ID);
        assertThat(felt.getAllServeEvents()).hasSize(2);
        assertThat(retryWaits).singleElement().satisfies(
                wait -> assertThat(wait).isBetween(Duration.ofMillis(100), Duration.ofMillis(200)));
    }

    @Test
    void doesNotRepeatAPostAfterAConnectionFailure() throws Exception {
        answerInTurn(() -> post(urlEqualTo(MAP + "/duplicate")),
                lost(okJson(FeltJson.map(COPY_ID, "Wildfires (copy)"))),
                okJson(FeltJson.map(COPY_ID, "Wildfires (copy)")));

        FeltTransportException e = failure(call("felt:maps/duplicate?mapId=" + MAP_ID + "&title=Wildfires (copy)"),
                FeltTransportException.class);

        assertThat(e).hasMessageStartingWith("POST /api/v2/maps/" + MAP_ID + "/duplicate: ")
                .hasMessageContaining("the request may have been applied");
        assertThat(e.mayHaveBeenApplied()).isTrue();

        assertThat(felt.getAllServeEvents()).hasSize(1);
        assertThat(retryWaits).isEmpty();
    }

    /** Stubs {@code request} to answer with each response in turn, the last one from then on. */
    private static void answerInTurn(Supplier<MappingBuilder> request, ResponseDefinitionBuilder... responses) {
        for (int i = 0; i < responses.length; i++) {
            ScenarioMappingBuilder turn = request.get().inScenario("turns")
                    .whenScenarioStateIs(i == 0 ? STARTED : "turn " + i)
                    .willReturn(responses[i]);
            if (i < responses.length - 1) {
                turn.willSetStateTo("turn " + (i + 1));
            }
            felt.stubFor(turn);
        }
    }

    /**
     * Felt handled the call but the connection broke before its answer arrived: the case in which repeating a POST
     * would do its work twice.
     */
    private static ResponseDefinitionBuilder lost(ResponseDefinitionBuilder answer) {
        return answer.withFault(Fault.CONNECTION_RESET_BY_PEER);
    }

    private static ResponseDefinitionBuilder throttled() {
        return jsonResponse(errors("Too Many Requests", "Rate limit exceeded", "{\"pointer\": \"\"}"), 429);
    }

    private static ResponseDefinitionBuilder unavailable() {
        return jsonResponse(errors("Service Unavailable", "Felt is briefly unavailable", null), 503);
    }
}
