package dev.camelfelt.felt;

import java.util.List;
import java.util.Map;

import dev.camelfelt.felt.model.LayerGroup;
import dev.camelfelt.felt.model.LayerGroupParams;
import org.apache.camel.Message;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.http.RequestMethod.DELETE;
import static com.github.tomakehurst.wiremock.http.RequestMethod.GET;
import static com.github.tomakehurst.wiremock.http.RequestMethod.POST;
import static org.assertj.core.api.Assertions.assertThat;

/** felt:layerGroups/*: one Felt call each, checked against the simulator and Felt's OpenAPI description. */
class LayerGroupsOperationsTest extends SimulatedFeltTestSupport {

    private String groupsPath() {
        return "/api/v2/maps/" + seeded.mapId() + "/layer_groups";
    }

    @Test
    void listAnswersTheGroupsWithTheirLayers() throws Exception {
        Message reply = reply(call("felt:layerGroups/list?mapId=" + seeded.mapId()));

        assertLastBodilessRequest(feltRequest(GET, groupsPath()));
        List<LayerGroup> groups = reply.getBody(List.class);
        assertThat(groups).singleElement().satisfies(group -> {
            assertThat(group.id()).isEqualTo(seeded.layerGroupId());
            assertThat(group.layers()).extracting("id").containsExactly(seeded.layerId());
        });
    }

    @Test
    void getAnswersOneGroup() throws Exception {
        Message reply = reply(call("felt:layerGroups/get?mapId=" + seeded.mapId() + "&layerGroupId=" + seeded.layerGroupId()));

        assertLastBodilessRequest(feltRequest(GET, groupsPath() + "/" + seeded.layerGroupId()));
        assertThat(reply.getBody(LayerGroup.class).name()).isEqualTo("Recreation");
    }

    @Test
    void updateRenamesFromTheNameOption() throws Exception {
        Message reply = reply(call("felt:layerGroups/update?mapId=" + seeded.mapId() + "&layerGroupId="
                                   + seeded.layerGroupId() + "&name=Outdoors"));

        assertLastRequest(jsonRequest(POST, groupsPath() + "/" + seeded.layerGroupId(), "{\"name\": \"Outdoors\"}"));
        assertThat(reply.getBody(LayerGroup.class).name()).isEqualTo("Outdoors");
    }

    @Test
    void updateManyUpdatesAndCreatesGroups() throws Exception {
        List<LayerGroupParams> groups = List.of(
                new LayerGroupParams(seeded.layerGroupId(), "Outdoors", null, null, null, null),
                new LayerGroupParams(null, "Transit", "Bus and rail", 2, "show", "default"));

        Message reply = reply(call("felt:layerGroups/updateMany?mapId=" + seeded.mapId(), groups, Map.of()));

        assertLastRequest(jsonRequest(POST, groupsPath(), """
                [{"id": "%s", "name": "Outdoors"},
                 {"name": "Transit", "caption": "Bus and rail", "ordering_key": 2, "legend_visibility": "show",
                  "visibility_interaction": "default"}]""".formatted(seeded.layerGroupId())));
        List<LayerGroup> answered = reply.getBody(List.class);
        assertThat(answered).extracting(LayerGroup::name).containsExactly("Outdoors", "Transit");
    }

    @Test
    void deleteAnswersNoBody() throws Exception {
        Message reply = reply(call("felt:layerGroups/delete?mapId=" + seeded.mapId() + "&layerGroupId="
                                   + seeded.layerGroupId()));

        assertLastBodilessRequest(feltRequest(DELETE, groupsPath() + "/" + seeded.layerGroupId()));
        assertThat(reply.getBody()).isNull();
        assertThat(reply.getHeader(FeltConstants.HTTP_STATUS)).isEqualTo(204);
    }
}
