package dev.camelfelt.felt.simulator;

import static dev.camelfelt.felt.simulator.FeltTestClient.FormPart.field;
import static dev.camelfelt.felt.simulator.FeltTestClient.FormPart.file;
import static dev.camelfelt.felt.simulator.FeltTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Uploads and refreshes: Felt's upload call, the form post to the storage host, and the layer's processing. */
class UploadOperationsTest {

    static final String GEOJSON = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"id\":\"f1\","
            + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[-122.4,37.8]},\"properties\":{\"name\":\"Pier 39\"}}]}";

    @RegisterExtension
    static FeltSimulatorExtension felt = new FeltSimulatorExtension();

    private FeltTestClient client;
    private String mapPath;

    @BeforeEach
    void setUp() {
        client = new FeltTestClient(felt.simulator());
        mapPath = "/api/v2/maps/" + felt.simulator().templateMap().mapId();
    }

    @Test
    void uploadsAFileThroughStorageAndProcessesItOverPolls() {
        HttpResponse<String> response = client.post(mapPath + "/upload", "{\"name\": \"Piers\", \"metadata\": "
                + "{\"source_name\": \"Port\"}}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode upload = json(response);
        String layerId = upload.get("layer_id").asText();
        assertThat(upload.get("type").asText()).isEqualTo("upload_response");
        assertThat(upload.get("url").asText()).isEqualTo("http://127.0.0.1:" + felt.simulator().storage().wireMock().port()
                + "/felt-uploads");
        assertThat(fieldNames(upload.get("presigned_attributes"))).containsExactly("key", "success_action_status",
                "x-amz-algorithm", "x-amz-credential", "x-amz-date", "policy", "x-amz-signature");
        assertThat(upload.at("/presigned_attributes/key").asText()).matches("uploads/[0-9A-Za-z]{22}/\\$\\{filename}");
        assertThat(layer(layerId).get("status").asText()).isEqualTo("uploading");
        JsonNode listed = json(client.get(mapPath + "/layers"));
        assertThat(listed.findValuesAsText("id")).contains(layerId);
        assertThat(json(client.get(mapPath + "/layer_groups/" + upload.get("layer_group_id").asText()))
                .at("/layers/0/id").asText()).isEqualTo(layerId);

        HttpResponse<String> stored = postFile(upload, "piers.geojson", GEOJSON.getBytes(StandardCharsets.UTF_8));

        assertThat(stored.statusCode()).isEqualTo(204);
        ReceivedUpload received = felt.simulator().storage().uploads().get(0);
        assertThat(received.layerId()).isEqualTo(layerId);
        assertThat(received.fileName()).isEqualTo("piers.geojson");
        assertThat(received.fieldNames()).endsWith("file").startsWith("key");
        List<String> statuses = new ArrayList<>();
        List<Double> progress = new ArrayList<>();
        for (int poll = 0; poll <= FeltSimulator.DEFAULT_POLLS_UNTIL_COMPLETE; poll++) {
            JsonNode layer = layer(layerId);
            statuses.add(layer.get("status").asText());
            progress.add(layer.get("progress").asDouble());
        }
        assertThat(statuses).containsExactly("processing", "processing", "processing", "completed");
        assertThat(progress).containsExactly(25.0, 50.0, 75.0, 100.0);
        JsonNode layer = layer(layerId);
        assertThat(layer.get("name").asText()).isEqualTo("Piers");
        assertThat(layer.get("geometry_type").asText()).isEqualTo("Point");
        assertThat(layer.at("/metadata/source_name").asText()).isEqualTo("Port");
        assertThat(felt.simulator().map(felt.simulator().templateMap().mapId()).orElseThrow().layer(layerId).orElseThrow()
                .features()).extracting(Feature::id).containsExactly("f1");
    }

    @Test
    void importsFromAUrlWithoutStorage() {
        JsonNode upload = json(client.post(mapPath + "/upload", "{\"name\": \"Quakes\", \"import_url\": "
                + "\"https://example.com/quakes.geojson\"}"));

        assertThat(upload.get("url").isNull()).isTrue();
        assertThat(upload.get("presigned_attributes").isNull()).isTrue();
        String layerId = upload.get("layer_id").asText();
        assertThat(layer(layerId).get("status").asText()).isEqualTo("processing");
        assertThat(pollUntilFinished(layerId)).isEqualTo("completed");
        assertThat(felt.simulator().storage().uploads()).isEmpty();
    }

    @Test
    void failsProcessingWhenTestsAskForIt() {
        felt.simulator().failLayersNamed("Broken");
        JsonNode upload = json(client.post(mapPath + "/upload", "{\"name\": \"Broken\"}"));
        postFile(upload, "broken.csv", "a,b\n".getBytes(StandardCharsets.UTF_8));

        assertThat(pollUntilFinished(upload.get("layer_id").asText())).isEqualTo("failed");
    }

    @Test
    void takesAZippedUpload() throws IOException {
        JsonNode upload = json(client.post(mapPath + "/upload", "{\"name\": \"Zipped\"}"));
        ByteArrayOutputStream archive = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(archive)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("piers.geojson"));
            zip.write(GEOJSON.getBytes(StandardCharsets.UTF_8));
        }

        assertThat(postFile(upload, "data.zip", archive.toByteArray()).statusCode()).isEqualTo(204);
        pollUntilFinished(upload.get("layer_id").asText());
        assertThat(layer(upload.get("layer_id").asText()).get("attributes").toString())
                .isEqualTo("[{\"name\":\"name\",\"type\":\"TEXT\"}]");
    }

    @Test
    void storageRefusesFieldsOutOfOrderAFileNotLastAndAnAuthorizationHeader() {
        JsonNode upload = json(client.post(mapPath + "/upload", "{\"name\": \"Piers\"}"));
        String url = upload.get("url").asText();
        List<FeltTestClient.FormPart> fields = presignedFields(upload);
        List<FeltTestClient.FormPart> swapped = new ArrayList<>(fields);
        swapped.set(1, fields.get(2));
        swapped.set(2, fields.get(1));
        swapped.add(file("a.geojson", new byte[] {1}));
        List<FeltTestClient.FormPart> fileFirst = new ArrayList<>(List.of(file("a.geojson", new byte[] {1})));
        fileFirst.addAll(fields);
        List<FeltTestClient.FormPart> tampered = new ArrayList<>(fields);
        tampered.set(5, field("policy", "forged"));
        tampered.add(file("a.geojson", new byte[] {1}));
        List<FeltTestClient.FormPart> valid = new ArrayList<>(fields);
        valid.add(file("a.geojson", new byte[] {1}));

        HttpResponse<String> outOfOrder = FeltTestClient.postForm(url, swapped, null);
        assertThat(outOfOrder.statusCode()).isEqualTo(400);
        assertThat(outOfOrder.body()).contains("<Code>InvalidArgument</Code>", "must come first, in the order given");
        assertThat(FeltTestClient.postForm(url, fileFirst, null).body()).contains("<Code>AccessDenied</Code>");
        assertThat(FeltTestClient.postForm(url, tampered, null).body()).contains("<Code>AccessDenied</Code>",
                "the field 'policy' differs");
        HttpResponse<String> withToken = FeltTestClient.postForm(url, valid, "Bearer " + felt.simulator().token());
        assertThat(withToken.statusCode()).isEqualTo(400);
        assertThat(withToken.body()).contains("Only one auth mechanism allowed");
        assertThat(felt.simulator().storage().uploads()).isEmpty();
        assertThat(layer(upload.get("layer_id").asText()).get("status").asText()).isEqualTo("uploading");
    }

    @Test
    void storageFailsTheNextUploadsWhenTold() {
        JsonNode upload = json(client.post(mapPath + "/upload", "{\"name\": \"Piers\"}"));
        felt.simulator().storage().failNext(StorageFailure.CONNECTION_RESET, 1);
        felt.simulator().storage().failNext(StorageFailure.SERVER_ERROR, 1);
        felt.simulator().storage().failNext(StorageFailure.POLICY_EXPIRED, 1);
        byte[] content = GEOJSON.getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> postFile(upload, "piers.geojson", content)).isInstanceOf(UncheckedIOException.class);
        assertThat(postFile(upload, "piers.geojson", content).statusCode()).isEqualTo(503);
        HttpResponse<String> expired = postFile(upload, "piers.geojson", content);
        assertThat(expired.statusCode()).isEqualTo(403);
        assertThat(expired.body()).contains("Policy expired");
        assertThat(postFile(upload, "piers.geojson", content).statusCode()).isEqualTo(204);
        assertThat(felt.simulator().storage().uploads()).hasSize(1);
    }

    @Test
    void refreshesAFileLayerThroughStorageAndAUrlLayerDirectly() {
        String layerPath = mapPath + "/layers/" + felt.simulator().templateMap().layerId();
        JsonNode refresh = json(client.postWithoutBody(layerPath + "/refresh"));

        assertThat(refresh.get("layer_id").asText()).isEqualTo(felt.simulator().templateMap().layerId());
        assertThat(refresh.get("url").asText()).startsWith(felt.simulator().storage().baseUrl());
        assertThat(json(client.get(layerPath)).get("status").asText()).isEqualTo("uploading");
        // still waiting for its file, the layer may be given a fresh form (one whose policy expired, say)
        JsonNode fresh = json(client.postWithoutBody(layerPath + "/refresh"));
        assertThat(fresh.get("presigned_attributes").get("key").asText())
                .isNotEqualTo(refresh.get("presigned_attributes").get("key").asText());
        assertThat(postFile(fresh, "parks.geojson", GEOJSON.getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(204);
        // its data being read, it may not
        assertThat(client.postWithoutBody(layerPath + "/refresh").statusCode()).isEqualTo(422);
        assertThat(pollUntilFinished(refresh.get("layer_id").asText())).isEqualTo("completed");

        String urlLayerId = json(client.post(mapPath + "/upload", "{\"name\": \"Quakes\", \"import_url\": "
                + "\"https://example.com/quakes.geojson\"}")).get("layer_id").asText();
        pollUntilFinished(urlLayerId);
        felt.simulator().failLayer(urlLayerId);
        JsonNode urlRefresh = json(client.postWithoutBody(mapPath + "/layers/" + urlLayerId + "/refresh"));
        assertThat(urlRefresh.get("url").isNull()).isTrue();
        assertThat(pollUntilFinished(urlLayerId)).isEqualTo("failed");
    }

    private JsonNode layer(String layerId) {
        return json(client.get(mapPath + "/layers/" + layerId));
    }

    private String pollUntilFinished(String layerId) {
        for (int poll = 0; poll <= FeltSimulator.DEFAULT_POLLS_UNTIL_COMPLETE + 1; poll++) {
            String status = layer(layerId).get("status").asText();
            if (!status.equals("processing")) {
                return status;
            }
        }
        throw new AssertionError("Layer " + layerId + " still processing");
    }

    static HttpResponse<String> postFile(JsonNode upload, String fileName, byte[] content) {
        List<FeltTestClient.FormPart> parts = presignedFields(upload);
        parts.add(file(fileName, content));
        return FeltTestClient.postForm(upload.get("url").asText(), parts, null);
    }

    private static List<FeltTestClient.FormPart> presignedFields(JsonNode upload) {
        List<FeltTestClient.FormPart> parts = new ArrayList<>();
        upload.get("presigned_attributes").properties()
                .forEach(entry -> parts.add(field(entry.getKey(), entry.getValue().asText())));
        return parts;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
