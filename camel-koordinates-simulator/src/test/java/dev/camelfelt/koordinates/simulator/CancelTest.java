package dev.camelfelt.koordinates.simulator;

import static dev.camelfelt.koordinates.simulator.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CancelTest {

    @RegisterExtension
    static KoordinatesSimulatorExtension koordinates = new KoordinatesSimulatorExtension(
            KoordinatesSimulator.builder().pollsUntilComplete(1));

    @Test
    void aProcessingExportIsCancelledWith202(KoordinatesSimulator simulator) {
        ApiClient client = new ApiClient(simulator);
        int id = json(client.post("exports/", Requests.export(simulator, simulator.airportsLayer()))).get("id").asInt();

        HttpResponse<String> cancelled = client.delete("exports/" + id + "/");

        assertThat(cancelled.statusCode()).isEqualTo(202);
        assertThat(json(cancelled).get("state").asText()).isEqualTo("cancelled");
        assertThat(json(cancelled).get("progress").isNull()).isTrue();
        assertThat(json(client.get("exports/" + id + "/")).get("state").asText()).isEqualTo("cancelled");
    }

    @Test
    void aCompleteOrCancelledExportCannotBeCancelled(KoordinatesSimulator simulator) {
        ApiClient client = new ApiClient(simulator);
        int complete = json(client.post("exports/", Requests.export(simulator, simulator.airportsLayer())))
                .get("id").asInt();
        client.get("exports/" + complete + "/");
        int cancelled = json(client.post("exports/", Requests.export(simulator, simulator.airportsLayer())))
                .get("id").asInt();
        client.delete("exports/" + cancelled + "/");

        for (int id : new int[] { complete, cancelled }) {
            HttpResponse<String> conflict = client.delete("exports/" + id + "/");
            assertThat(conflict.statusCode()).isEqualTo(409);
            assertThat(conflict.body()).isEqualTo("{\"errors\":[\"Can't cancel\"]}");
        }
        assertThat(simulator.export(complete).orElseThrow().state()).isEqualTo("complete");
    }

    @Test
    void cancellingAnUnknownExportIsNotFound(KoordinatesSimulator simulator) {
        assertThat(new ApiClient(simulator).delete("exports/4242/").statusCode()).isEqualTo(404);
    }
}
