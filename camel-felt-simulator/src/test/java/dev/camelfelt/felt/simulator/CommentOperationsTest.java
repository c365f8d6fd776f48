package dev.camelfelt.felt.simulator;

import static dev.camelfelt.felt.simulator.FeltTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Comments: export as JSON, GeoJSON or CSV, resolve, delete. */
class CommentOperationsTest {

    @RegisterExtension
    static FeltSimulatorExtension felt = new FeltSimulatorExtension();

    private FeltTestClient client;
    private String commentsPath;
    private String commentId;

    @BeforeEach
    void setUp() {
        client = new FeltTestClient(felt.simulator());
        commentsPath = "/api/v2/maps/" + felt.simulator().templateMap().mapId() + "/comments";
        commentId = felt.simulator().templateMap().commentId();
    }

    @Test
    void exportsAsJsonByDefault() {
        JsonNode comments = json(client.get(commentsPath + "/export"));

        assertThat(comments.size()).isEqualTo(2);
        assertThat(comments.get(0).toString()).isEqualTo("{\"id\":\"" + commentId + "\",\"author_name\":\"Ada Park\","
                + "\"text\":\"Is the \\\"Golden Gate\\\" entry fee, or free?\",\"created_at\":\"2025-03-14T09:30:00Z\","
                + "\"resolved\":false,\"longitude\":-122.4862,\"latitude\":37.7694}");
        assertThat(json(client.get(commentsPath + "/export?format=json"))).isEqualTo(comments);
    }

    @Test
    void exportsAsGeoJsonAndCsv() {
        JsonNode geoJson = json(client.get(commentsPath + "/export?format=geojson"));
        assertThat(geoJson.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(geoJson.at("/features/0/geometry/coordinates").toString()).isEqualTo("[-122.4862,37.7694]");
        assertThat(geoJson.at("/features/1/properties/resolved").asBoolean()).isTrue();

        HttpResponse<String> csv = client.get(commentsPath + "/export?format=csv");
        assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
        assertThat(csv.body()).startsWith("id,author_name,text,created_at,resolved,longitude,latitude\n" + commentId
                + ",\"Ada Park\",\"Is the \"\"Golden Gate\"\" entry fee, or free?\",2025-03-14T09:30:00Z,false,-122.4862,37.7694\n");
        assertThat(client.get(commentsPath + "/export?format=xml").statusCode()).isEqualTo(422);
    }

    @Test
    void resolvesAndDeletesAComment() {
        HttpResponse<String> resolved = client.postWithoutBody(commentsPath + "/" + commentId + "/resolve");

        assertThat(resolved.body()).isEqualTo("{\"comment_id\":\"" + commentId + "\"}");
        assertThat(felt.simulator().map(felt.simulator().templateMap().mapId()).orElseThrow().comment(commentId)
                .orElseThrow().resolved()).isTrue();
        assertThat(client.delete(commentsPath + "/" + commentId).statusCode()).isEqualTo(204);
        assertThat(json(client.get(commentsPath + "/export")).size()).isEqualTo(1);
        assertThat(client.delete(commentsPath + "/" + commentId).statusCode()).isEqualTo(404);
        assertThat(client.postWithoutBody(commentsPath + "/" + commentId + "/resolve").statusCode()).isEqualTo(404);
    }
}
