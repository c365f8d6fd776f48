package dev.camelfelt.koordinates.simulator;

import static dev.camelfelt.koordinates.simulator.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ExportLifecycleTest {

    private static final MutableClock CLOCK = new MutableClock();

    @RegisterExtension
    static KoordinatesSimulatorExtension koordinates = new KoordinatesSimulatorExtension(
            KoordinatesSimulator.builder().clock(CLOCK).exportLifetime(Duration.ofMinutes(30)));

    private KoordinatesSimulator simulator;
    private ApiClient client;

    @BeforeEach
    void setUp() {
        simulator = koordinates.simulator();
        client = new ApiClient(simulator);
    }

    @Test
    void anExportIsProcessingWithRisingProgressThenCompleteThenGoneAfterItsLifetime() {
        HttpResponse<String> created = client.post("exports/", Requests.export(simulator, simulator.airportsLayer()));

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode export = json(created);
        int id = export.get("id").asInt();
        String url = simulator.apiUrl() + "exports/" + id + "/";
        assertThat(created.headers().firstValue("Location")).hasValue(url);
        assertThat(export.get("state").asText()).isEqualTo("processing");
        assertThat(export.get("progress").asDouble()).isEqualTo(0.0);
        assertThat(export.get("download_url").isNull()).isTrue();
        assertThat(export.get("url").asText()).isEqualTo(url);
        assertThat(export.get("name").asText()).isEqualTo("kx-nz-airports-SHP");
        assertThat(export.get("created_via").asText()).isEqualTo("api");
        assertThat(export.get("crs").asText()).isEqualTo("EPSG:2193");
        assertThat(export.get("delivery").get("method").asText()).isEqualTo("download");

        JsonNode first = json(client.get("exports/" + id + "/"));
        JsonNode second = json(client.get("exports/" + id + "/"));
        JsonNode third = json(client.get("exports/" + id + "/"));

        assertThat(first.get("state").asText()).isEqualTo("processing");
        assertThat(first.get("progress").asDouble()).isEqualTo(0.33);
        assertThat(second.get("state").asText()).isEqualTo("processing");
        assertThat(second.get("progress").asDouble()).isEqualTo(0.67);
        assertThat(third.get("state").asText()).isEqualTo("complete");
        assertThat(third.get("progress").asDouble()).isEqualTo(1.0);
        assertThat(third.get("download_url").asText()).isEqualTo(url + "download/");

        CLOCK.advance(Duration.ofMinutes(29));
        assertThat(json(client.get("exports/" + id + "/")).get("state").asText()).isEqualTo("complete");
        CLOCK.advance(Duration.ofMinutes(1));
        JsonNode gone = json(client.get("exports/" + id + "/"));
        assertThat(gone.get("state").asText()).isEqualTo("gone");
        assertThat(gone.get("download_url").isNull()).isTrue();
        assertThat(client.get("exports/" + id + "/download/").statusCode()).isEqualTo(410);
    }

    @Test
    void anExportOfAFailingLayerEndsInError() {
        simulator.failExportsOfLayer(simulator.airportsLayer().id());
        int id = json(client.post("exports/", Requests.export(simulator, simulator.airportsLayer()))).get("id").asInt();

        client.get("exports/" + id + "/");
        client.get("exports/" + id + "/");
        JsonNode failed = json(client.get("exports/" + id + "/"));

        assertThat(failed.get("state").asText()).isEqualTo("error");
        assertThat(failed.get("progress").isNull()).isTrue();
        assertThat(failed.get("download_url").isNull()).isTrue();
    }

    @Test
    void expireMakesACompleteExportGone() {
        int id = json(client.post("exports/", Requests.export(simulator, simulator.airportsLayer()))).get("id").asInt();
        for (int poll = 0; poll < KoordinatesSimulator.DEFAULT_POLLS_UNTIL_COMPLETE; poll++) {
            client.get("exports/" + id + "/");
        }

        simulator.expire(id);

        assertThat(simulator.export(id).orElseThrow().state()).isEqualTo("gone");
        assertThat(json(client.get("exports/" + id + "/")).get("state").asText()).isEqualTo("gone");
    }

    @Test
    void theLocationOnlyAnswerIsAnEmpty202() {
        simulator.setCreateAnswer(CreateAnswer.LOCATION_ONLY);

        HttpResponse<String> created = client.post("exports/", Requests.export(simulator, simulator.airportsLayer()));

        assertThat(created.statusCode()).isEqualTo(202);
        assertThat(created.body()).isEmpty();
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(simulator.apiUrl().replace(".", "\\.") + "exports/\\d+/");
        assertThat(json(client.get(location.substring(simulator.apiUrl().length()))).get("state").asText())
                .isEqualTo("processing");
    }

    @Test
    void resetRestoresTheConfiguredCreateAnswer() {
        simulator.setCreateAnswer(CreateAnswer.LOCATION_ONLY);

        simulator.reset();

        assertThat(client.post("exports/", Requests.export(simulator, simulator.airportsLayer())).statusCode())
                .isEqualTo(201);
    }

    @Test
    void anUnknownExportIsNotFound() {
        HttpResponse<String> response = client.get("exports/999/");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("error").asText()).isEqualTo("Not found.");
    }
}
