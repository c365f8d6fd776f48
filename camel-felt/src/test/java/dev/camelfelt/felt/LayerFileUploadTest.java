package dev.camelfelt.felt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.camelfelt.felt.model.Layer;
import dev.camelfelt.felt.model.UploadResponse;
import dev.camelfelt.felt.processing.FeltProcessingTimeoutException;
import dev.camelfelt.felt.processing.FeltUploadFailedException;
import dev.camelfelt.felt.simulator.FeltLayer;
import dev.camelfelt.felt.simulator.ReceivedUpload;
import dev.camelfelt.felt.simulator.StorageFailure;
import dev.camelfelt.felt.upload.FeltFileUploadException;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * layers/upload and layers/refresh with the data in the body: Felt's call, the file posted to the storage Felt names
 * (its pre-signed fields first), then the wait until Felt has processed the layer.
 */
class LayerFileUploadTest extends SimulatedFeltTestSupport {

    private static final String FAST = "&waitInitialDelay=0&waitDelay=5";
    private static final String PARKS = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-122.42, 37.77]}, "properties": {"name": "Dolores"}},
              {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-122.48, 37.77]}, "properties": {"name": "Golden Gate"}}
            ]}""";
    private static final List<String> FORM_FIELDS = List.of("key", "success_action_status", "x-amz-algorithm",
            "x-amz-credential", "x-amz-date", "policy", "x-amz-signature", "file");

    @TempDir
    Path dir;

    private String upload(String options) {
        return "felt:layers/upload?mapId=" + seeded.mapId() + "&name=Parks" + FAST + options;
    }

    private Path parks() throws Exception {
        return Files.writeString(dir.resolve("parks.geojson"), PARKS);
    }

    private FeltLayer simulatedLayer(String layerId) {
        return simulator.map(seeded.mapId()).orElseThrow().layer(layerId).orElseThrow();
    }

    /** Felt's side of the traffic, oldest first, as "METHOD url". */
    private static List<String> feltCalls() {
        List<String> calls = new ArrayList<>();
        simulator.wireMock().getAllServeEvents().forEach(event -> calls.add(0, event.getRequest().getMethod() + " "
                                                                                + event.getRequest().getUrl()));
        return calls;
    }

    private static List<LoggedRequest> storagePosts() {
        return simulator.storage().wireMock().getAllServeEvents().stream().map(ServeEvent::getRequest).toList();
    }

    @Test
    void uploadsAPathAfterThePresignedFieldsAndWaitsUntilFeltHasProcessedIt() throws Exception {
        Message reply = reply(call(upload(""), parks(), Map.of()));

        Layer layer = reply.getBody(Layer.class);
        assertThat(layer.status()).isEqualTo("completed");
        assertThat(layer.name()).isEqualTo("Parks");
        assertThat(reply.getHeader(FeltConstants.LAYER_ID)).isEqualTo(layer.id());
        List<ReceivedUpload> stored = simulator.storage().uploads();
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).fieldNames()).isEqualTo(FORM_FIELDS);
        assertThat(stored.get(0).fileName()).isEqualTo("parks.geojson");
        assertThat(new String(stored.get(0).content(), StandardCharsets.UTF_8)).isEqualTo(PARKS);
        assertThat(stored.get(0).layerId()).isEqualTo(layer.id());
        LoggedRequest post = storagePosts().get(0);
        assertThat(post.containsHeader("Authorization")).isFalse();
        assertThat(post.getHeader("Content-Length")).isEqualTo(String.valueOf(post.getBody().length));
        assertThat(simulatedLayer(layer.id()).features()).hasSize(2);
        assertThat(feltCalls()).containsExactly(
                "POST /api/v2/maps/" + seeded.mapId() + "/upload",
                "GET /api/v2/maps/" + seeded.mapId() + "/layers/" + layer.id(),
                "GET /api/v2/maps/" + seeded.mapId() + "/layers/" + layer.id());
        LoggedRequest uploadCall = simulator.wireMock().getAllServeEvents().get(2).getRequest();
        assertThat(uploadCall.getBodyAsString()).isEqualTo("{\"name\":\"Parks\"}");
        assertThat(uploadCall.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
    }

    @Test
    void withoutANameTheLayerIsNamedAfterTheFile() throws Exception {
        Message reply = reply(call("felt:layers/upload?mapId=" + seeded.mapId() + FAST, parks(), Map.of()));

        assertThat(reply.getBody(Layer.class).name()).isEqualTo("parks");
        assertThat(simulator.wireMock().getAllServeEvents()).last().satisfies(
                event -> assertThat(event.getRequest().getBodyAsString()).isEqualTo("{\"name\":\"parks\"}"));
    }

    @Test
    void aByteArrayIsUploadedUnderTheFileNameHeader() throws Exception {
        Message reply = reply(call(upload(""), PARKS.getBytes(StandardCharsets.UTF_8),
                Map.of(Exchange.FILE_NAME, "incoming/parks.geojson")));

        assertThat(reply.getBody(Layer.class).status()).isEqualTo("completed");
        assertThat(simulator.storage().uploads()).singleElement().satisfies(stored -> {
            assertThat(stored.fileName()).isEqualTo("parks.geojson");
            assertThat(stored.content()).isEqualTo(PARKS.getBytes(StandardCharsets.UTF_8));
        });
    }

    @Test
    void aStreamIsUploadedWholeAndItsTemporaryCopyDeleted() throws Exception {
        long temporaryBefore = temporaryUploadFiles();

        Message reply = reply(call(upload(""), new ByteArrayInputStream(PARKS.getBytes(StandardCharsets.UTF_8)),
                Map.of(Exchange.FILE_NAME, "parks.geojson")));

        assertThat(simulatedLayer(reply.getBody(Layer.class).id()).features()).hasSize(2);
        assertThat(simulator.storage().uploads().get(0).content()).isEqualTo(PARKS.getBytes(StandardCharsets.UTF_8));
        assertThat(temporaryUploadFiles()).isEqualTo(temporaryBefore);
    }

    private static long temporaryUploadFiles() throws Exception {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(file -> file.getFileName().toString().startsWith("camel-felt-upload-")).count();
        }
    }

    @Test
    void aFileConsumersFilesAreUploadedAsTheyArrive() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("file:" + inbox + "?initialDelay=0&delay=10").to(upload("")).to("mock:uploaded");
            }
        });
        MockEndpoint uploaded = getMockEndpoint("mock:uploaded");
        uploaded.expectedMessageCount(1);
        // polling, uploading and waiting on a busy machine can take longer than the mock's default 10 s
        uploaded.setResultWaitTime(60_000);

        Files.writeString(inbox.resolve("parks.geojson"), PARKS);

        uploaded.assertIsSatisfied();
        assertThat(uploaded.getReceivedExchanges().get(0).getMessage().getBody(Layer.class).status()).isEqualTo("completed");
        assertThat(simulator.storage().uploads()).singleElement()
                .satisfies(stored -> assertThat(stored.fileName()).isEqualTo("parks.geojson"));
    }

    @Test
    void aListOfFilesIsZippedIntoOneUpload() throws Exception {
        Path readme = Files.writeString(dir.resolve("readme.txt"), "City parks, 2026");

        Message reply = reply(call(upload(""), List.of(parks(), readme.toFile()), Map.of()));

        ReceivedUpload stored = simulator.storage().uploads().get(0);
        assertThat(stored.fileName()).isEqualTo("parks.zip");
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(stored.content()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(entries).containsExactly(Map.entry("parks.geojson", PARKS), Map.entry("readme.txt", "City parks, 2026"));
        assertThat(simulatedLayer(reply.getBody(Layer.class).id()).features()).hasSize(2);
    }

    @Test
    void withoutWaitingTheAnswerIsFeltsUploadResponseOnceTheFileIsStored() throws Exception {
        Message reply = reply(call(upload("&waitForCompletion=false"), parks(), Map.of()));

        UploadResponse response = reply.getBody(UploadResponse.class);
        assertThat(response.layerId()).isEqualTo(reply.getHeader(FeltConstants.LAYER_ID));
        assertThat(simulator.storage().uploads()).hasSize(1);
        assertThat(feltCalls()).containsExactly("POST /api/v2/maps/" + seeded.mapId() + "/upload");
    }

    @Test
    void aResetTransferIsSentAgainFromTheStart() throws Exception {
        simulator.storage().failNext(StorageFailure.CONNECTION_RESET, 1);

        Message reply = reply(call(upload(""), parks(), Map.of()));

        assertThat(reply.getBody(Layer.class).status()).isEqualTo("completed");
        assertThat(storagePosts()).hasSize(2);
        assertThat(simulator.storage().uploads()).singleElement()
                .satisfies(stored -> assertThat(stored.content()).isEqualTo(PARKS.getBytes(StandardCharsets.UTF_8)));
        assertThat(retryWaits).containsExactly(Duration.ofSeconds(1));
        assertThat(feltCalls()).filteredOn(call -> call.endsWith("/upload")).hasSize(1);
    }

    @Test
    void storageThatKeepsFailingFailsTheExchangeNamingTheLayerAndTheAttempts() throws Exception {
        simulator.storage().failNext(StorageFailure.SERVER_ERROR, 3);

        FeltFileUploadException e = failure(call(upload(""), parks(), Map.of()), FeltFileUploadException.class);

        assertThat(simulator.storage().uploads()).isEmpty();
        String layerId = simulator.map(seeded.mapId()).orElseThrow().layers().stream()
                .filter(layer -> layer.name().equals("Parks")).findFirst().orElseThrow().id();
        assertThat(e.getLayerId()).isEqualTo(layerId);
        assertThat(e.getMapId()).isEqualTo(seeded.mapId());
        assertThat(e.getAttempts()).isEqualTo(3);
        assertThat(e.getMessage()).startsWith("felt:layers/upload: the file parks.geojson for layer " + layerId
                                              + " of map " + seeded.mapId() + " did not reach Felt's storage at 127.0.0.1"
                                              + " (3 attempts): The upload of parks.geojson to 127.0.0.1 failed after 3"
                                              + " attempts: The storage host 127.0.0.1 answered 503 (")
                .contains("SlowDown");
        assertThat(retryWaits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(feltCalls()).containsExactly("POST /api/v2/maps/" + seeded.mapId() + "/upload");
    }

    @Test
    void anExpiredFormIsRenewedOnceAndTheLayerLeftWithoutDataDeleted() throws Exception {
        simulator.storage().failNext(StorageFailure.POLICY_EXPIRED, 1);

        Message reply = reply(call(upload(""), parks(), Map.of()));

        Layer layer = reply.getBody(Layer.class);
        assertThat(layer.status()).isEqualTo("completed");
        assertThat(simulator.map(seeded.mapId()).orElseThrow().layers()).extracting(FeltLayer::name)
                .containsOnlyOnce("Parks");
        List<String> calls = feltCalls();
        // the abandoned layer's deletion is not waited for: it may come before or after the second call
        assertThat(calls).filteredOn(call -> call.startsWith("POST ")).containsExactly(
                "POST /api/v2/maps/" + seeded.mapId() + "/upload", "POST /api/v2/maps/" + seeded.mapId() + "/upload");
        assertThat(calls).filteredOn(call -> call.startsWith("DELETE ")).singleElement().asString()
                .startsWith("DELETE /api/v2/maps/" + seeded.mapId() + "/layers/").doesNotEndWith(layer.id());
        assertThat(simulator.storage().uploads()).singleElement()
                .satisfies(stored -> assertThat(stored.layerId()).isEqualTo(layer.id()));
    }

    @Test
    void aFormRefusedTwiceFailsTheExchange() throws Exception {
        simulator.storage().failNext(StorageFailure.POLICY_EXPIRED, 2);

        FeltFileUploadException e = failure(call(upload(""), parks(), Map.of()), FeltFileUploadException.class);

        assertThat(e.getAttempts()).isEqualTo(2);
        assertThat(e.getMessage()).contains("(2 attempts): The storage host 127.0.0.1 refused the upload of parks.geojson: 403")
                .contains("Policy expired");
        assertThat(feltCalls()).filteredOn(call -> call.endsWith("/upload")).hasSize(2);
    }

    @Test
    void aLayerFeltFailsToProcessFailsWithItsIds() throws Exception {
        simulator.failLayersNamed("Parks");

        FeltUploadFailedException e = failure(call(upload(""), parks(), Map.of()), FeltUploadFailedException.class);

        assertThat(e.getMapId()).isEqualTo(seeded.mapId());
        assertThat(simulator.storage().uploads()).singleElement()
                .satisfies(stored -> assertThat(stored.layerId()).isEqualTo(e.getLayerId()));
    }

    @Test
    void theWaitTimeoutHeaderBoundsTheWaitAfterTheFileIsStored() throws Exception {
        FeltProcessingTimeoutException e = failure(call(upload(""), parks(),
                Map.of(FeltConstants.WAIT_TIMEOUT, Duration.ofMillis(1))), FeltProcessingTimeoutException.class);

        assertThat(e.getMessage()).contains("was still processing after 0 s");
        assertThat(simulator.storage().uploads()).hasSize(1);
    }

    @Test
    void refreshSendsTheNewFileForTheSameLayerAndWaits() throws Exception {
        Layer first = template.requestBody(upload(""), parks().toFile(), Layer.class);
        Path more = Files.writeString(dir.resolve("parks-2026.geojson"), PARKS.replace("]}", ", {\"type\": \"Feature\","
                + " \"geometry\": {\"type\": \"Point\", \"coordinates\": [-122.4, 37.8]}, \"properties\": {}}]}"));

        Message reply = reply(call("felt:layers/refresh?mapId=" + seeded.mapId() + "&layerId=" + first.id() + FAST, more,
                Map.of()));

        assertThat(reply.getBody(Layer.class).id()).isEqualTo(first.id());
        assertThat(reply.getBody(Layer.class).status()).isEqualTo("completed");
        assertThat(simulator.storage().uploads()).extracting(ReceivedUpload::layerId).containsExactly(first.id(), first.id());
        assertThat(simulatedLayer(first.id()).features()).hasSize(3);
        assertThat(feltCalls()).contains("POST /api/v2/maps/" + seeded.mapId() + "/layers/" + first.id() + "/refresh");
    }

    @Test
    void refreshRenewsAnExpiredFormWithASecondRefreshAndDeletesNothing() throws Exception {
        Layer first = template.requestBody(upload(""), parks().toFile(), Layer.class);
        simulator.storage().failNext(StorageFailure.POLICY_EXPIRED, 1);

        Message reply = reply(call("felt:layers/refresh?mapId=" + seeded.mapId() + "&layerId=" + first.id() + FAST,
                parks(), Map.of()));

        assertThat(reply.getBody(Layer.class).id()).isEqualTo(first.id());
        assertThat(reply.getBody(Layer.class).status()).isEqualTo("completed");
        assertThat(feltCalls()).filteredOn(call -> call.endsWith("/refresh")).hasSize(2);
        assertThat(feltCalls()).noneMatch(call -> call.startsWith("DELETE "));
        assertThat(simulator.storage().uploads()).extracting(ReceivedUpload::layerId).containsExactly(first.id(), first.id());
    }

    @Test
    void aRefreshFeltFailsToProcessFailsWithTheLayersIds() throws Exception {
        Layer first = template.requestBody(upload(""), parks().toFile(), Layer.class);
        simulator.failLayer(first.id());

        FeltUploadFailedException e = failure(call("felt:layers/refresh?mapId=" + seeded.mapId() + "&layerId="
                                                   + first.id() + FAST, parks(), Map.of()), FeltUploadFailedException.class);

        assertThat(e.getLayerId()).isEqualTo(first.id());
        assertThat(e.getMapId()).isEqualTo(seeded.mapId());
        assertThat(simulator.storage().uploads()).hasSize(2);
    }

    @Test
    void aByteArrayWithoutAFileNameFailsBeforeAnyCall() throws Exception {
        IllegalArgumentException e = failure(call(upload(""), new byte[] {1, 2, 3}, Map.of()),
                IllegalArgumentException.class);

        assertThat(e).hasMessage("felt:layers/upload needs the CamelFileName header to upload a byte[] body: Felt tells"
                                 + " the format from the file name");
        assertThat(simulator.wireMock().getAllServeEvents()).isEmpty();
    }

    @Test
    void withAnImportUrlTheBodyIsNotSent() throws Exception {
        Message reply = reply(call(upload("&importUrl=https://example.com/parks.geojson"), parks(), Map.of()));

        assertThat(reply.getBody(Layer.class).status()).isEqualTo("completed");
        assertThat(simulator.wireMock().getAllServeEvents()).last().satisfies(event -> assertThat(
                event.getRequest().getBodyAsString()).isEqualTo("{\"name\":\"Parks\",\"import_url\":"
                                                                + "\"https://example.com/parks.geojson\"}"));
        assertThat(storagePosts()).isEmpty();
    }

    @Test
    void withoutDataTheUploadFailsBeforeAnyCall() throws Exception {
        IllegalArgumentException e = failure(call(upload(""), null, Map.of()), IllegalArgumentException.class);

        assertThat(e).hasMessage("felt:layers/upload needs data: a file body (a File, Path, GenericFile, InputStream,"
                                 + " byte[] or List of files) or the importUrl option");
        assertThat(simulator.wireMock().getAllServeEvents()).isEmpty();
    }

    @Test
    void anotherCallsAnswerIsNoData() throws Exception {
        IllegalArgumentException e = failure(call(upload(""), 42, Map.of()), IllegalArgumentException.class);

        assertThat(e).hasMessage("felt:layers/upload cannot upload a body of type java.lang.Integer: give a File, Path,"
                                 + " GenericFile, InputStream, byte[] or List of files, or set the importUrl option");
        assertThat(simulator.wireMock().getAllServeEvents()).isEmpty();
    }

    @Test
    void aMissingFileFailsBeforeAnyCall() throws Exception {
        Path missing = dir.resolve("missing.geojson");

        IllegalArgumentException e = failure(call(upload(""), missing, Map.of()), IllegalArgumentException.class);

        assertThat(e).hasMessage("felt:layers/upload: The body names " + missing + ", which is not a readable file");
        assertThat(simulator.wireMock().getAllServeEvents()).isEmpty();
    }

    @Test
    void aListHoldingSomethingElseThanFilesFailsBeforeAnyCall() throws Exception {
        IllegalArgumentException e = failure(call(upload(""), List.of(parks(), "text"), Map.of()),
                IllegalArgumentException.class);

        assertThat(e).hasMessage("felt:layers/upload cannot zip element 1 of the List body (java.lang.String): a List"
                                 + " holds files (File, Path or GenericFile)");
        assertThat(simulator.wireMock().getAllServeEvents()).isEmpty();
    }

    @Test
    void aStreamOfManyBuffersArrivesByteForByte() throws Exception {
        ByteArrayOutputStream large = new ByteArrayOutputStream();
        for (int i = 0; i < 20_000; i++) {
            large.write(PARKS.getBytes(StandardCharsets.UTF_8), 0, 16);
        }

        reply(call(upload("&waitForCompletion=false"), new ByteArrayInputStream(large.toByteArray()),
                Map.of(Exchange.FILE_NAME, "large.csv")));

        assertThat(simulator.storage().uploads().get(0).content()).isEqualTo(large.toByteArray());
    }
}
