package dev.camelfelt.felt.simulator;

import static dev.camelfelt.felt.simulator.FeltTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sources: create and sync over polls, show, update, delete, credentials, and layers added from a source. */
class SourceOperationsTest {

    static final String POSTGRES = "{\"name\": \"Warehouse\", \"connection\": {\"type\": \"postgresql\", \"host\": "
            + "\"db.example.com\", \"port\": 5432, \"database\": \"gis\", \"user\": \"felt\", \"password\": \"s3cret\"}}";

    @RegisterExtension
    static FeltSimulatorExtension felt = new FeltSimulatorExtension();

    private FeltTestClient client;

    @BeforeEach
    void setUp() {
        client = new FeltTestClient(felt.simulator());
    }

    @Test
    void createsASourceThatSyncsOverPollsAndHidesItsPassword() {
        HttpResponse<String> response = client.post("/api/v2/sources", POSTGRES);

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode reference = json(response);
        String sourceId = reference.get("id").asText();
        assertThat(reference.get("type").asText()).isEqualTo("source_reference");
        assertThat(reference.get("connection_type").asText()).isEqualTo("postgresql");
        assertThat(reference.get("sync_status").asText()).isEqualTo("syncing");
        assertThat(reference.at("/permissions/type").asText()).isEqualTo("workspace_editors");

        assertThat(pollUntilSynced(sourceId)).isEqualTo("completed");
        JsonNode source = json(client.get("/api/v2/sources/" + sourceId));
        assertThat(source.get("type").asText()).isEqualTo("source");
        assertThat(source.get("connection").toString()).isEqualTo(
                "{\"type\":\"postgresql\",\"host\":\"db.example.com\",\"port\":5432,\"database\":\"gis\",\"user\":\"felt\"}");
        assertThat(source.get("last_synced_at").isNumber()).isTrue();
        assertThat(source.at("/datasets/0/name").asText()).isEqualTo("Warehouse dataset");
        assertThat(response.body()).doesNotContain("s3cret");
        assertThat(json(client.get("/api/v2/sources")).findValuesAsText("id")).containsExactly(sourceId);
    }

    @Test
    void syncsAgainAndFailsWhenTestsAskForIt() {
        String sourceId = json(client.post("/api/v2/sources", POSTGRES)).get("id").asText();
        pollUntilSynced(sourceId);
        felt.simulator().failSyncsOfSource(sourceId);

        HttpResponse<String> sync = client.postWithoutBody("/api/v2/sources/" + sourceId + "/sync");

        assertThat(sync.statusCode()).isEqualTo(202);
        assertThat(json(sync).get("sync_status").asText()).isEqualTo("syncing");
        assertThat(pollUntilSynced(sourceId)).isEqualTo("failed");

        felt.simulator().failSyncsOfSourcesNamed("Broken");
        String brokenId = json(client.post("/api/v2/sources", POSTGRES.replace("Warehouse", "Broken"))).get("id").asText();
        assertThat(pollUntilSynced(brokenId)).isEqualTo("failed");
    }

    @Test
    void updatesAndDeletesASource() {
        String sourceId = json(client.post("/api/v2/sources", POSTGRES)).get("id").asText();

        JsonNode updated = json(client.post("/api/v2/sources/" + sourceId + "/update", "{\"name\": \"Lake\", "
                + "\"connection\": {\"type\": \"postgresql\", \"host\": \"lake.example.com\", \"password\": \"new\"}, "
                + "\"permissions\": {\"type\": \"source_owner\"}}"));

        assertThat(updated.get("name").asText()).isEqualTo("Lake");
        assertThat(updated.at("/permissions/type").asText()).isEqualTo("source_owner");
        assertThat(json(client.get("/api/v2/sources/" + sourceId)).at("/connection/host").asText()).isEqualTo("lake.example.com");
        assertThat(client.delete("/api/v2/sources/" + sourceId).statusCode()).isEqualTo(204);
        assertThat(client.get("/api/v2/sources/" + sourceId).statusCode()).isEqualTo(404);
        assertThat(client.postWithoutBody("/api/v2/sources/" + sourceId + "/sync").statusCode()).isEqualTo(404);
    }

    @Test
    void managesCredentialsWithSensitiveValuesRedacted() {
        String sourceId = json(client.post("/api/v2/sources", POSTGRES)).get("id").asText();
        String credentialsPath = "/api/v2/sources/" + sourceId + "/credentials";

        HttpResponse<String> created = client.post(credentialsPath, "{\"name\": \"API key\", \"use_case\": "
                + "\"source_authentication\", \"credential\": {\"type\": \"custom_headers\", \"headers\": [{\"name\": "
                + "\"X-Api-Key\", \"value\": \"k3y\", \"sensitive\": true}, {\"name\": \"X-Team\", \"value\": \"gis\", "
                + "\"sensitive\": false}]}}");

        assertThat(created.statusCode()).isEqualTo(202);
        JsonNode credential = json(created);
        String credentialId = credential.get("id").asText();
        assertThat(credential.get("source_id").asText()).isEqualTo(sourceId);
        assertThat(credential.at("/credential/headers/0/value").asText()).isEqualTo("felt:redacted");
        assertThat(credential.at("/credential/headers/1/value").asText()).isEqualTo("gis");

        JsonNode updated = json(client.post(credentialsPath + "/" + credentialId + "/update", "{\"name\": \"Key\"}"));
        assertThat(updated.get("name").asText()).isEqualTo("Key");
        assertThat(updated.get("use_case").asText()).isEqualTo("source_authentication");
        assertThat(client.delete(credentialsPath + "/" + credentialId).statusCode()).isEqualTo(204);
        assertThat(client.delete(credentialsPath + "/" + credentialId).statusCode()).isEqualTo(404);
    }

    @Test
    void addsALayerFromASourceThatProcessesLikeAnUpload() {
        String sourceId = json(client.post("/api/v2/sources", POSTGRES)).get("id").asText();
        pollUntilSynced(sourceId);
        String datasetId = json(client.get("/api/v2/sources/" + sourceId)).at("/datasets/0/id").asText();
        String mapPath = "/api/v2/maps/" + felt.simulator().templateMap().mapId();

        HttpResponse<String> added = client.post(mapPath + "/add_source_layer", "{\"from\": \"dataset\", \"dataset_id\": \""
                + datasetId + "\"}");

        assertThat(added.statusCode()).isEqualTo(202);
        JsonNode accepted = json(added);
        assertThat(accepted.get("status").asText()).isEqualTo("accepted");
        String groupUrl = accepted.at("/links/layer_group").asText();
        assertThat(groupUrl).startsWith(felt.simulator().baseUrl() + mapPath + "/layer_groups/");
        JsonNode group = json(client.get(groupUrl.substring(felt.simulator().baseUrl().length())));
        String layerId = group.at("/layers/0/id").asText();
        assertThat(group.at("/layers/0/name").asText()).isEqualTo("Warehouse dataset");
        String status = "processing";
        for (int poll = 0; poll <= FeltSimulator.DEFAULT_POLLS_UNTIL_COMPLETE && status.equals("processing"); poll++) {
            status = json(client.get(mapPath + "/layers/" + layerId)).get("status").asText();
        }
        assertThat(status).isEqualTo("completed");
        assertThat(client.post(mapPath + "/add_source_layer", "{\"from\": \"sql\", \"source_id\": \"" + sourceId
                + "\", \"query\": \"select * from parks\"}").statusCode()).isEqualTo(202);
        assertThat(client.post(mapPath + "/add_source_layer", "{\"from\": \"sql\", \"source_id\": "
                + "\"NoSuchSource0000000000\", \"query\": \"select 1\"}").statusCode()).isEqualTo(422);
    }

    private String pollUntilSynced(String sourceId) {
        for (int poll = 0; poll <= FeltSimulator.DEFAULT_POLLS_UNTIL_COMPLETE + 1; poll++) {
            String status = json(client.get("/api/v2/sources/" + sourceId)).get("sync_status").asText();
            if (!status.equals("syncing")) {
                return status;
            }
        }
        throw new AssertionError("Source " + sourceId + " still syncing");
    }
}
