package dev.camelfelt.felt;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelfelt.felt.model.ElementGroup;
import dev.camelfelt.felt.model.ElementGroupParams;
import dev.camelfelt.felt.model.FeatureCollection;
import org.apache.camel.Message;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.http.RequestMethod.DELETE;
import static com.github.tomakehurst.wiremock.http.RequestMethod.GET;
import static com.github.tomakehurst.wiremock.http.RequestMethod.POST;
import static org.assertj.core.api.Assertions.assertThat;

/** felt:elements/* and felt:elementGroups/*, checked against the simulator and Felt's OpenAPI description. */
class ElementsOperationsTest extends SimulatedFeltTestSupport {

    private static final String PIN = "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [-122.4, 37.8]},"
                                      + " \"properties\": {\"name\": \"Pin\"}}";

    private String mapPath() {
        return "/api/v2/maps/" + seeded.mapId();
    }

    @Test
    void upsertSendsAGeoJsonFeatureCollection() throws Exception {
        FeatureCollection pins = FeatureCollection.of(List.of(new ObjectMapper().readTree(PIN)));

        Message reply = reply(call("felt:elements/upsert?mapId=" + seeded.mapId(), pins, Map.of()));

        assertLastRequest(jsonRequest(POST, mapPath() + "/elements", "{\"type\": \"FeatureCollection\", \"features\": ["
                                                                   + PIN + "]}"));
        FeatureCollection upserted = reply.getBody(FeatureCollection.class);
        assertThat(upserted.features()).singleElement()
                .satisfies(feature -> assertThat(feature.at("/properties/felt:id").asText()).isNotBlank());
    }

    @Test
    void listAnswersTheElements() throws Exception {
        upsert(PIN);

        Message reply = reply(call("felt:elements/list?mapId=" + seeded.mapId()));

        assertLastBodilessRequest(feltRequest(GET, mapPath() + "/elements"));
        FeatureCollection elements = reply.getBody(FeatureCollection.class);
        assertThat(elements.type()).isEqualTo("FeatureCollection");
        assertThat(elements.features()).extracting(feature -> feature.at("/properties/name").asText()).containsExactly("Pin");
    }

    @Test
    void deleteTakesTheElementIdFromTheHeader() throws Exception {
        String elementId = upsert(PIN).features().get(0).at("/properties/felt:id").asText();

        Message reply = reply(call("felt:elements/delete?mapId=" + seeded.mapId(), null,
                Map.of(FeltConstants.ELEMENT_ID, elementId)));

        assertLastBodilessRequest(feltRequest(DELETE, mapPath() + "/elements/" + elementId));
        assertThat(reply.getHeader(FeltConstants.HTTP_STATUS)).isEqualTo(204);
        assertThat(simulator.map(seeded.mapId()).orElseThrow().elements()).isEmpty();
    }

    @Test
    void elementGroupsUpsertListAndGet() throws Exception {
        Message upserted = reply(call("felt:elementGroups/upsert?mapId=" + seeded.mapId(),
                List.of(new ElementGroupParams(null, "Stops", "#0000FF", null)), Map.of()));

        assertLastRequest(jsonRequest(POST, mapPath() + "/element_groups", "[{\"name\": \"Stops\", \"color\": \"#0000FF\"}]"));
        List<ElementGroup> groups = upserted.getBody(List.class);
        ElementGroup group = groups.get(0);
        assertThat(group.symbol()).isEqualTo("dot");
        upsert(PIN.replace("\"name\": \"Pin\"", "\"name\": \"Stop 1\", \"felt:parentId\": \"" + group.id() + "\""));

        List<ElementGroup> listed = template.requestBody("felt:elementGroups/list?mapId=" + seeded.mapId(), null, List.class);
        assertLastBodilessRequest(feltRequest(GET, mapPath() + "/element_groups"));
        assertThat(listed).singleElement().satisfies(found -> assertThat(found.elements().features()).hasSize(1));

        FeatureCollection elements = template.requestBodyAndHeader("felt:elementGroups/get?mapId=" + seeded.mapId(), null,
                FeltConstants.ELEMENT_GROUP_ID, group.id(), FeatureCollection.class);
        assertLastBodilessRequest(feltRequest(GET, mapPath() + "/element_groups/" + group.id()));
        assertThat(elements.features()).extracting(feature -> feature.at("/properties/name").asText())
                .containsExactly("Stop 1");
    }

    private FeatureCollection upsert(String feature) {
        return template.requestBody("felt:elements/upsert?mapId=" + seeded.mapId(),
                "{\"type\": \"FeatureCollection\", \"features\": [" + feature + "]}", FeatureCollection.class);
    }
}
