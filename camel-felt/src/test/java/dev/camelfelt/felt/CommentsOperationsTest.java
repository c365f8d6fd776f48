package dev.camelfelt.felt;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelfelt.felt.model.CommentResolved;
import org.apache.camel.Message;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.http.RequestMethod.DELETE;
import static com.github.tomakehurst.wiremock.http.RequestMethod.GET;
import static com.github.tomakehurst.wiremock.http.RequestMethod.POST;
import static org.assertj.core.api.Assertions.assertThat;

/** felt:comments/*: exports in three formats, resolve and delete, checked against the simulator. */
class CommentsOperationsTest extends SimulatedFeltTestSupport {

    private String commentsPath() {
        return "/api/v2/maps/" + seeded.mapId() + "/comments";
    }

    @Test
    void exportAnswersAListOfJsonByDefault() throws Exception {
        Message reply = reply(call("felt:comments/export?mapId=" + seeded.mapId()));

        assertLastBodilessRequest(feltRequest(GET, commentsPath() + "/export?format=json"));
        List<JsonNode> comments = reply.getBody(List.class);
        assertThat(comments).extracting(comment -> comment.get("id").asText()).startsWith(seeded.commentId());
    }

    @Test
    void exportAnswersAGeoJsonObject() throws Exception {
        Message reply = reply(call("felt:comments/export?mapId=" + seeded.mapId() + "&commentFormat=geojson"));

        assertLastBodilessRequest(feltRequest(GET, commentsPath() + "/export?format=geojson"));
        JsonNode collection = reply.getBody(JsonNode.class);
        assertThat(collection.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(collection.get("features").size()).isEqualTo(2);
    }

    @Test
    void exportAnswersCsvAsAString() throws Exception {
        Message reply = reply(call("felt:comments/export?mapId=" + seeded.mapId() + "&commentFormat=csv"));

        assertLastBodilessRequest(feltRequest(GET, commentsPath() + "/export?format=csv"));
        assertThat(reply.getBody()).isInstanceOf(String.class);
        assertThat(reply.getBody(String.class)).startsWith("id,author_name,text,created_at,resolved,longitude,latitude\n"
                                                           + seeded.commentId() + ",");
    }

    @Test
    void resolveAnswersTheCommentId() throws Exception {
        Message reply = reply(call("felt:comments/resolve?mapId=" + seeded.mapId() + "&commentId=" + seeded.commentId()));

        assertLastBodilessRequest(feltRequest(POST, commentsPath() + "/" + seeded.commentId() + "/resolve"));
        assertThat(reply.getBody(CommentResolved.class).commentId()).isEqualTo(seeded.commentId());
    }

    @Test
    void deleteAnswersNoBody() throws Exception {
        Message reply = reply(call("felt:comments/delete?mapId=" + seeded.mapId() + "&commentId=" + seeded.commentId()));

        assertLastBodilessRequest(feltRequest(DELETE, commentsPath() + "/" + seeded.commentId()));
        assertThat(reply.getHeader(FeltConstants.HTTP_STATUS)).isEqualTo(204);
    }
}
