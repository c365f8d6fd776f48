package dev.camelfelt.felt;

import java.time.Duration;
import java.util.Map;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.camelfelt.felt.model.Layer;
import dev.camelfelt.felt.model.Source;
import dev.camelfelt.felt.processing.FeltProcessingTimeoutException;
import dev.camelfelt.felt.processing.FeltSourceSyncFailedException;
import dev.camelfelt.felt.processing.FeltUploadFailedException;
import org.apache.camel.Message;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** layers/upload (from a URL), layers/refresh and sources/create, sync wait until Felt has finished, without a thread. */
class ProcessingWaitTest extends SimulatedFeltTestSupport {

    private static final String FAST = "&waitInitialDelay=0&waitDelay=5";
    private static final String POSTGRES = "{\"name\": \"%s\", \"connection\": {\"type\": \"postgresql\", \"host\": \"db\","
                                           + " \"database\": \"gis\", \"user\": \"felt\", \"password\": \"s3cret\"}}";

    @Test
    void uploadFromAUrlWaitsUntilTheLayerIsCompleted() throws Exception {
        Message reply = reply(call("felt:layers/upload?mapId=" + seeded.mapId() + "&name=Quakes"
                                   + "&importUrl=https://example.com/quakes.geojson" + FAST));

        Layer layer = reply.getBody(Layer.class);
        assertThat(layer.status()).isEqualTo("completed");
        assertThat(layer.name()).isEqualTo("Quakes");
        assertThat(reply.getHeader(FeltConstants.LAYER_ID)).isEqualTo(layer.id());
        assertThat(reply.getHeader(FeltConstants.LAYER_GROUP_ID, String.class)).isNotBlank();
        assertThat(simulator.wireMock().getAllServeEvents()).extracting(ServeEvent::getRequest)
                .extracting(request -> request.getMethod() + " " + request.getUrl())
                .containsExactly(
                        "GET /api/v2/maps/" + seeded.mapId() + "/layers/" + layer.id(),
                        "GET /api/v2/maps/" + seeded.mapId() + "/layers/" + layer.id(),
                        "POST /api/v2/maps/" + seeded.mapId() + "/upload");
    }

    @Test
    void uploadFailsWithTheIdsWhenFeltFailsTheLayer() throws Exception {
        simulator.failLayersNamed("Broken");

        FeltUploadFailedException e = failure(call("felt:layers/upload?mapId=" + seeded.mapId() + "&name=Broken"
                                                   + "&importUrl=https://example.com/broken.csv" + FAST),
                FeltUploadFailedException.class);

        String layerId = simulator.map(seeded.mapId()).orElseThrow().layers().stream()
                .filter(layer -> layer.name().equals("Broken")).findFirst().orElseThrow().id();
        assertThat(e.getLayerId()).isEqualTo(layerId);
        assertThat(e.getMapId()).isEqualTo(seeded.mapId());
        assertThat(e).hasMessage("Felt failed to process layer " + layerId + " (map " + seeded.mapId() + ", layer group "
                                 + e.getLayerGroupId() + ")");
    }

    @Test
    void uploadTimesOutAfterTheWaitTimeoutHeader() throws Exception {
        FeltProcessingTimeoutException e = failure(call("felt:layers/upload?mapId=" + seeded.mapId() + "&name=Slow"
                                                        + "&importUrl=https://example.com/slow.csv" + FAST, null,
                Map.of(FeltConstants.WAIT_TIMEOUT, Duration.ofMillis(1))), FeltProcessingTimeoutException.class);

        assertThat(e.getMessage()).startsWith("Felt layer ").contains("(map " + seeded.mapId())
                .contains("was still processing after 0 s; Felt goes on with it");
    }

    @Test
    void refreshOfAUrlLayerWaitsForIt() throws Exception {
        Layer imported = template.requestBody("felt:layers/upload?mapId=" + seeded.mapId() + "&name=Quakes"
                                              + "&importUrl=https://example.com/quakes.geojson" + FAST, null, Layer.class);

        Message reply = reply(call("felt:layers/refresh?mapId=" + seeded.mapId() + "&layerId=" + imported.id() + FAST));

        assertThat(reply.getBody(Layer.class).status()).isEqualTo("completed");
        assertThat(simulator.wireMock().getAllServeEvents()).extracting(event -> event.getRequest().getUrl())
                .contains("/api/v2/maps/" + seeded.mapId() + "/layers/" + imported.id() + "/refresh");
    }

    @Test
    void sourceCreateWaitsForTheSync() throws Exception {
        Message reply = reply(call("felt:sources/create?waitInitialDelay=0&waitDelay=5", POSTGRES.formatted("Warehouse"), Map.of()));

        Source source = reply.getBody(Source.class);
        assertThat(source.syncStatus()).isEqualTo("completed");
        assertThat(source.datasets()).hasSize(1);
        assertThat(reply.getHeader(FeltConstants.SOURCE_ID)).isEqualTo(source.id());
    }

    @Test
    void sourceSyncFailsWithTheSourceId() throws Exception {
        Source source = template.requestBody("felt:sources/create?waitInitialDelay=0&waitDelay=5", POSTGRES.formatted("Warehouse"),
                Source.class);
        simulator.failSyncsOfSource(source.id());

        FeltSourceSyncFailedException e = failure(call("felt:sources/sync?sourceId=" + source.id() + FAST),
                FeltSourceSyncFailedException.class);

        assertThat(e.getSourceId()).isEqualTo(source.id());
        assertThat(e).hasMessage("Felt failed to sync source " + source.id());
    }
}
