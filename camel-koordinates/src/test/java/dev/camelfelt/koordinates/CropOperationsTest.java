package dev.camelfelt.koordinates;

import java.util.List;
import java.util.Map;

import dev.camelfelt.koordinates.model.CropFeature;
import dev.camelfelt.koordinates.model.CropLayer;
import org.apache.camel.Message;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.http.RequestMethod.GET;
import static org.assertj.core.api.Assertions.assertThat;

/** The crop layer and crop feature operations, with the exact requests they sent. */
class CropOperationsTest extends KoordinatesTestSupport {

    @Test
    void cropLayersList() throws Exception {
        Message reply = reply(call("koordinates:cropLayers/list"));

        List<?> layers = reply.getBody(List.class);
        assertThat(layers).singleElement().isInstanceOfSatisfying(CropLayer.class, layer -> {
            assertThat(layer.id()).isEqualTo(2);
            assertThat(layer.features()).isEqualTo(simulator().apiUrl() + "exports/croplayers/2/cropfeatures/");
            assertThat(layer.extent().path("type").asText()).isEqualTo("MultiPolygon");
        });
        assertRequests(apiRequest(GET, "/exports/croplayers/"));
    }

    @Test
    void cropLayersGet() throws Exception {
        Message reply = reply(call("koordinates:cropLayers/get", null, Map.of(KoordinatesConstants.CROP_LAYER_ID, "2")));

        assertThat(reply.getBody(CropLayer.class).name()).isEqualTo("NZ Regions (simplified)");
        assertRequests(apiRequest(GET, "/exports/croplayers/2/"));
    }

    @Test
    void cropFeaturesListWithoutGeometry() throws Exception {
        Message reply = reply(call("koordinates:cropFeatures/list?cropLayerId=2"));

        List<?> features = reply.getBody(List.class);
        assertThat(features).hasSize(3).allSatisfy(feature -> assertThat(((CropFeature) feature).geometry()).isNull());
        assertRequests(apiRequest(GET, "/exports/croplayers/2/cropfeatures/"));
    }

    @Test
    void cropFeaturesGetWithGeometry() throws Exception {
        Message reply = reply(call("koordinates:cropFeatures/get?cropLayerId=2&cropFeatureId=443"));

        CropFeature auckland = reply.getBody(CropFeature.class);
        assertThat(auckland.name()).isEqualTo("Auckland");
        assertThat(auckland.url()).isEqualTo(simulator().apiUrl() + "exports/croplayers/2/cropfeatures/443/");
        assertThat(auckland.geometry().path("type").asText()).isEqualTo("MultiPolygon");
        assertRequests(apiRequest(GET, "/exports/croplayers/2/cropfeatures/443/"));
    }
}
