package dev.camelfelt.felt;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelfelt.felt.model.AddSourceLayerAccepted;
import dev.camelfelt.felt.model.AddSourceLayerParams;
import dev.camelfelt.felt.model.Source;
import dev.camelfelt.felt.model.SourceCredential;
import dev.camelfelt.felt.model.SourceCredentialParams;
import dev.camelfelt.felt.model.SourceParams;
import dev.camelfelt.felt.model.SourceReference;
import org.apache.camel.Message;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.http.RequestMethod.DELETE;
import static com.github.tomakehurst.wiremock.http.RequestMethod.GET;
import static com.github.tomakehurst.wiremock.http.RequestMethod.POST;
import static org.assertj.core.api.Assertions.assertThat;

/** felt:sources/* and felt:maps/addSourceLayer, checked against the simulator and Felt's OpenAPI description. */
class SourcesOperationsTest extends SimulatedFeltTestSupport {

    private static final String CONNECTION = "{\"type\": \"postgresql\", \"host\": \"db.example.com\", \"database\": \"gis\","
                                             + " \"user\": \"felt\", \"password\": \"s3cret\"}";
    private static final String HEADERS = "{\"type\": \"custom_headers\", \"headers\": [{\"name\": \"X-Api-Key\","
                                          + " \"value\": \"k3y\", \"sensitive\": true}]}";

    @Test
    void createSendsTheSourceAndAnswersItSyncing() throws Exception {
        SourceParams params = new SourceParams("Warehouse", new ObjectMapper().readTree(CONNECTION), null);

        Message reply = reply(call("felt:sources/create?waitForCompletion=false", params, Map.of()));

        assertLastRequest(jsonRequest(POST, "/api/v2/sources", "{\"name\": \"Warehouse\", \"connection\": " + CONNECTION + "}"));
        SourceReference source = reply.getBody(SourceReference.class);
        assertThat(source.syncStatus()).isEqualTo("syncing");
        assertThat(source.connectionType()).isEqualTo("postgresql");
        assertThat(reply.getHeader(FeltConstants.HTTP_STATUS)).isEqualTo(202);
    }

    @Test
    void listPassesTheWorkspace() throws Exception {
        String sourceId = create();

        Message reply = reply(call("felt:sources/list?workspaceId=kq3VWmNtSNGvDuXoTs2Buv"));

        assertLastBodilessRequest(feltRequest(GET, "/api/v2/sources?workspace_id=kq3VWmNtSNGvDuXoTs2Buv"));
        List<SourceReference> sources = reply.getBody(List.class);
        assertThat(sources).extracting(SourceReference::id).containsExactly(sourceId);
    }

    @Test
    void getAnswersTheSourceWithoutItsPassword() throws Exception {
        String sourceId = create();

        Message reply = reply(call("felt:sources/get?sourceId=" + sourceId));

        assertLastBodilessRequest(feltRequest(GET, "/api/v2/sources/" + sourceId));
        Source source = reply.getBody(Source.class);
        assertThat(source.name()).isEqualTo("Warehouse");
        assertThat(source.connection().has("password")).isFalse();
    }

    @Test
    void updateRenamesFromTheNameOption() throws Exception {
        String sourceId = create();

        Message reply = reply(call("felt:sources/update?name=Lake", null, Map.of(FeltConstants.SOURCE_ID, sourceId)));

        assertLastRequest(jsonRequest(POST, "/api/v2/sources/" + sourceId + "/update", "{\"name\": \"Lake\"}"));
        assertThat(reply.getBody(SourceReference.class).name()).isEqualTo("Lake");
    }

    @Test
    void syncAnswersTheSourceSyncing() throws Exception {
        String sourceId = create();

        Message reply = reply(call("felt:sources/sync?waitForCompletion=false&sourceId=" + sourceId));

        assertLastBodilessRequest(feltRequest(POST, "/api/v2/sources/" + sourceId + "/sync"));
        assertThat(reply.getBody(SourceReference.class).syncStatus()).isEqualTo("syncing");
    }

    @Test
    void deleteAnswersNoBody() throws Exception {
        String sourceId = create();

        Message reply = reply(call("felt:sources/delete?sourceId=" + sourceId));

        assertLastBodilessRequest(feltRequest(DELETE, "/api/v2/sources/" + sourceId));
        assertThat(reply.getHeader(FeltConstants.HTTP_STATUS)).isEqualTo(204);
    }

    @Test
    void credentialsAreCreatedUpdatedAndDeleted() throws Exception {
        String sourceId = create();
        SourceCredentialParams params = new SourceCredentialParams("API key", "source_authentication",
                new ObjectMapper().readTree(HEADERS));

        Message created = reply(call("felt:sources/createCredential?sourceId=" + sourceId, params, Map.of()));

        assertLastRequest(jsonRequest(POST, "/api/v2/sources/" + sourceId + "/credentials",
                "{\"name\": \"API key\", \"use_case\": \"source_authentication\", \"credential\": " + HEADERS + "}"));
        SourceCredential credential = created.getBody(SourceCredential.class);
        assertThat(credential.credential().at("/headers/0/value").asText()).isEqualTo("felt:redacted");

        SourceCredential updated = template.requestBodyAndHeader("felt:sources/updateCredential?sourceId=" + sourceId,
                "{\"name\": \"Key\"}", FeltConstants.CREDENTIAL_ID, credential.id(), SourceCredential.class);
        assertLastRequest(jsonRequest(POST, "/api/v2/sources/" + sourceId + "/credentials/" + credential.id() + "/update",
                "{\"name\": \"Key\"}"));
        assertThat(updated.name()).isEqualTo("Key");

        template.requestBody("felt:sources/deleteCredential?sourceId=" + sourceId + "&credentialId=" + credential.id(),
                (Object) null);
        assertLastBodilessRequest(feltRequest(DELETE, "/api/v2/sources/" + sourceId + "/credentials/" + credential.id()));
    }

    @Test
    void addSourceLayerSendsTheQuery() throws Exception {
        String sourceId = create();

        Message reply = reply(call("felt:maps/addSourceLayer?mapId=" + seeded.mapId(),
                AddSourceLayerParams.sql(sourceId, "select * from parks"), Map.of()));

        assertLastRequest(jsonRequest(POST, "/api/v2/maps/" + seeded.mapId() + "/add_source_layer",
                "{\"from\": \"sql\", \"source_id\": \"" + sourceId + "\", \"query\": \"select * from parks\"}"));
        AddSourceLayerAccepted accepted = reply.getBody(AddSourceLayerAccepted.class);
        assertThat(accepted.status()).isEqualTo("accepted");
        assertThat(accepted.links().layerGroup()).contains("/api/v2/maps/" + seeded.mapId() + "/layer_groups/");
        assertThat(reply.getHeader(FeltConstants.HTTP_STATUS)).isEqualTo(202);
    }

    @Test
    void addSourceLayerNeedsABodyBeforeAnyCall() throws Exception {
        Exception e = failure(call("felt:maps/addSourceLayer?mapId=" + seeded.mapId()), IllegalArgumentException.class);

        assertThat(e).hasMessage("felt:maps/addSourceLayer needs a body: a AddSourceLayerParams, a Map, a JsonNode or a"
                                 + " JSON object String");
        assertThat(simulator.wireMock().getAllServeEvents()).isEmpty();
    }

    private String create() {
        return template.requestBody("felt:sources/create?waitForCompletion=false", "{\"name\": \"Warehouse\", \"connection\": " + CONNECTION + "}",
                SourceReference.class).id();
    }
}
