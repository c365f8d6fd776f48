package dev.camelfelt.felt;

import java.util.Map;

import dev.camelfelt.felt.model.Layer;
import dev.camelfelt.felt.model.LayerGroup;
import dev.camelfelt.felt.model.LayerLibrary;
import dev.camelfelt.felt.model.PublishParams;
import org.apache.camel.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.http.RequestMethod.GET;
import static com.github.tomakehurst.wiremock.http.RequestMethod.POST;
import static dev.camelfelt.felt.FeltJson.LAYER_GROUP_ID;
import static dev.camelfelt.felt.FeltJson.LAYER_ID;
import static dev.camelfelt.felt.FeltJson.MAP_ID;
import static dev.camelfelt.felt.FeltJson.OTHER_LAYER_GROUP_ID;
import static dev.camelfelt.felt.FeltJson.OTHER_LAYER_ID;
import static dev.camelfelt.felt.FeltJson.OTHER_MAP_ID;
import static org.assertj.core.api.Assertions.assertThat;

class LibraryOperationsTest extends FeltTestSupport {

    @Test
    void listListsTheWorkspaceLibraryByDefault() throws Exception {
        felt.stubFor(get(urlPathEqualTo("/api/v2/library")).willReturn(okJson(FeltJson.library())));

        Message reply = reply(call("felt:library/list"));

        assertOnlyBodilessRequest(feltRequest(GET, "/api/v2/library?source=workspace")
                .withQueryParam("source", equalTo("workspace")));
        LayerLibrary library = reply.getBody(LayerLibrary.class);
        assertThat(library.type()).isEqualTo("layer_library");
        assertThat(library.layers()).extracting(Layer::id).containsExactly(LAYER_ID);
        assertThat(library.layerGroups()).extracting(LayerGroup::id).containsExactly(LAYER_GROUP_ID);
        assertThat(library.layerGroups().get(0).layers()).extracting(Layer::name).containsExactly("Rivers");
        assertThat(reply.getHeader(FeltConstants.HTTP_STATUS)).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = { "workspace", "felt", "all" })
    void listSendsTheSourceOption(String source) throws Exception {
        felt.stubFor(get(urlPathEqualTo("/api/v2/library")).willReturn(okJson(FeltJson.library())));

        reply(call("felt:library/list?source=" + source));

        assertOnlyBodilessRequest(feltRequest(GET, "/api/v2/library?source=" + source)
                .withQueryParam("source", equalTo(source)));
    }

    @Test
    void publishLayerBuildsTheBodyFromTheNameOption() throws Exception {
        String url = "/api/v2/maps/" + MAP_ID + "/layers/" + LAYER_ID + "/publish";
        felt.stubFor(post(urlEqualTo(url))
                .willReturn(okJson(FeltJson.layer(MAP_ID, LAYER_ID, "Fire perimeters 2024"))));

        Message reply = reply(call("felt:library/publishLayer?mapId=" + MAP_ID + "&layerId=" + LAYER_ID
                                   + "&name=Fire perimeters 2024"));

        assertOnlyRequest(jsonRequest(POST, url, "{\"name\": \"Fire perimeters 2024\"}"));
        Layer layer = reply.getBody(Layer.class);
        assertThat(layer.id()).isEqualTo(LAYER_ID);
        assertThat(layer.name()).isEqualTo("Fire perimeters 2024");
        assertThat(layer.geometryType()).isEqualTo("Polygon");
        assertThat(reply.getHeader(FeltConstants.HTTP_STATUS)).isEqualTo(200);
    }

    @Test
    void publishLayerTakesTheHeadersOverTheOptionsAndSendsAParamsBody() throws Exception {
        String url = "/api/v2/maps/" + OTHER_MAP_ID + "/layers/" + OTHER_LAYER_ID + "/publish";
        felt.stubFor(post(urlEqualTo(url)).willReturn(okJson(FeltJson.layer(OTHER_MAP_ID, OTHER_LAYER_ID, "Rivers"))));

        Message reply = reply(call("felt:library/publishLayer?mapId=" + MAP_ID + "&layerId=" + LAYER_ID
                                   + "&name=Ignored", new PublishParams("Rivers"),
                Map.of(FeltConstants.MAP_ID, OTHER_MAP_ID, FeltConstants.LAYER_ID, OTHER_LAYER_ID)));

        assertOnlyRequest(jsonRequest(POST, url, "{\"name\": \"Rivers\"}"));
        assertThat(reply.getBody(Layer.class).id()).isEqualTo(OTHER_LAYER_ID);
    }

    @Test
    void publishLayerWithoutANameKeepsTheLayerName() throws Exception {
        String url = "/api/v2/maps/" + MAP_ID + "/layers/" + LAYER_ID + "/publish";
        felt.stubFor(post(urlEqualTo(url)).willReturn(okJson(FeltJson.layer(MAP_ID, LAYER_ID, "Fire perimeters"))));

        reply(call("felt:library/publishLayer?mapId=" + MAP_ID + "&layerId=" + LAYER_ID));

        assertOnlyRequest(jsonRequest(POST, url, "{}"));
    }

    @Test
    void publishLayerGroupBuildsTheBodyFromTheNameOption() throws Exception {
        String url = "/api/v2/maps/" + MAP_ID + "/layer_groups/" + LAYER_GROUP_ID + "/publish";
        felt.stubFor(post(urlEqualTo(url))
                .willReturn(okJson(FeltJson.layerGroup(MAP_ID, LAYER_GROUP_ID, "Hydrology"))));

        Message reply = reply(call("felt:library/publishLayerGroup?mapId=" + MAP_ID
                                   + "&layerGroupId=" + LAYER_GROUP_ID + "&name=Hydrology"));

        assertOnlyRequest(jsonRequest(POST, url, "{\"name\": \"Hydrology\"}"));
        LayerGroup group = reply.getBody(LayerGroup.class);
        assertThat(group.id()).isEqualTo(LAYER_GROUP_ID);
        assertThat(group.name()).isEqualTo("Hydrology");
        assertThat(group.layers()).extracting(Layer::id).containsExactly(OTHER_LAYER_ID);
        assertThat(reply.getHeader(FeltConstants.HTTP_STATUS)).isEqualTo(200);
    }

    @Test
    void publishLayerGroupTakesTheHeadersOverTheOptionsAndSendsAJsonStringBody() throws Exception {
        String url = "/api/v2/maps/" + OTHER_MAP_ID + "/layer_groups/" + OTHER_LAYER_GROUP_ID + "/publish";
        felt.stubFor(post(urlEqualTo(url)).willReturn(okJson(
                FeltJson.layerGroup(OTHER_MAP_ID, OTHER_LAYER_GROUP_ID, "Watersheds"))));

        reply(call("felt:library/publishLayerGroup?mapId=" + MAP_ID + "&layerGroupId=" + LAYER_GROUP_ID,
                "{\"name\": \"Watersheds\"}",
                Map.of(FeltConstants.MAP_ID, OTHER_MAP_ID, FeltConstants.LAYER_GROUP_ID, OTHER_LAYER_GROUP_ID)));

        assertOnlyRequest(jsonRequest(POST, url, "{\"name\": \"Watersheds\"}"));
    }
}
