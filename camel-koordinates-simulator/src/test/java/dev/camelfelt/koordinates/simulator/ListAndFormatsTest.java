package dev.camelfelt.koordinates.simulator;

import static dev.camelfelt.koordinates.simulator.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ListAndFormatsTest {

    @RegisterExtension
    static KoordinatesSimulatorExtension koordinates = new KoordinatesSimulatorExtension();

    private KoordinatesSimulator simulator;
    private ApiClient client;

    @BeforeEach
    void setUp() {
        simulator = koordinates.simulator();
        client = new ApiClient(simulator);
    }

    @Test
    void theListPaginatesInPagesOfTenLinkedByPageNext() {
        for (int i = 0; i < 25; i++) {
            client.post("exports/", Requests.export(simulator, simulator.airportsLayer()));
        }
        List<Integer> ids = new ArrayList<>();
        List<String> ranges = new ArrayList<>();
        String next = simulator.apiUrl() + "exports/";
        int pages = 0;
        while (next != null) {
            HttpResponse<String> page = client.get(next.substring(simulator.apiUrl().length()));
            assertThat(page.statusCode()).isEqualTo(200);
            json(page).forEach(summary -> ids.add(summary.get("id").asInt()));
            ranges.add(page.headers().firstValue("X-Resource-Range").orElseThrow());
            next = nextLink(page.headers().firstValue("Link").orElseThrow());
            pages++;
        }

        assertThat(pages).isEqualTo(3);
        assertThat(ids).hasSize(25).doesNotHaveDuplicates().isSortedAccordingTo((a, b) -> b - a);
        assertThat(ranges).containsExactly("0-10/25", "10-20/25", "20-25/25");
    }

    @Test
    void aSummaryHasTheListFieldsOnly() {
        client.post("exports/", Requests.export(simulator, simulator.airportsLayer()));

        JsonNode summary = json(client.get("exports/")).get(0);

        List<String> fields = new ArrayList<>();
        summary.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("id", "name", "created_at", "created_via", "state", "url", "download_url");
    }

    @Test
    void anEmptyListHasOnePageWithoutNext() {
        HttpResponse<String> page = client.get("exports/");

        assertThat(json(page)).isEmpty();
        assertThat(page.headers().firstValue("Link").orElseThrow()).doesNotContain("page-next");
        assertThat(client.get("exports/?page=2").statusCode()).isEqualTo(404);
    }

    @Test
    void optionsAnswersTheFormatsDocumentWithTheMisspeltFileGeodatabase() {
        HttpResponse<String> response = client.options("exports/");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode vector = json(response).at("/actions/POST/formats/children/vector/choices");
        List<String> values = new ArrayList<>();
        vector.forEach(choice -> values.add(choice.get("value").asText()));
        assertThat(values).contains("applicaton/x-ogc-filegdb", "application/x-zipped-shp", "application/x-ogc-gpkg");
        assertThat(json(response).at("/actions/POST/formats/children").has("table")).isTrue();
    }

    @Test
    void aPathWithoutItsTrailingSlashIsNotFoundAndAWrongMethodNotAllowed() {
        assertThat(client.get("exports").statusCode()).isEqualTo(404);
        assertThat(client.delete("exports/").statusCode()).isEqualTo(405);
    }

    private static String nextLink(String header) {
        for (String link : header.split(",\\s*")) {
            if (link.endsWith("rel=\"page-next\"")) {
                return link.substring(link.indexOf('<') + 1, link.indexOf('>'));
            }
        }
        return null;
    }
}
