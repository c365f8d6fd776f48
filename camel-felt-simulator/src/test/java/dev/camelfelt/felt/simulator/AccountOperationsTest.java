package dev.camelfelt.felt.simulator;

import static dev.camelfelt.felt.simulator.FeltTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The current user and embed tokens. */
class AccountOperationsTest {

    @RegisterExtension
    static FeltSimulatorExtension felt = new FeltSimulatorExtension();

    @Test
    void showsTheCurrentUser() {
        assertThat(new FeltTestClient(felt.simulator()).get("/api/v2/user").body()).isEqualTo(
                "{\"id\":\"Ey8bhHb0QWOYBsbEvQ6jgq\",\"name\":\"Sim Ulator\",\"email\":\"sim.ulator@example.com\"}");
    }

    @Test
    void createsAnEmbedTokenForAViewer() {
        FeltTestClient client = new FeltTestClient(felt.simulator());
        String path = "/api/v2/maps/" + felt.simulator().templateMap().mapId() + "/embed_token";

        JsonNode token = json(client.postWithoutBody(path + "?user_email=viewer%40example.com"));

        assertThat(token.get("token").asText()).startsWith("embed-");
        assertThat(Instant.parse(token.get("expires_at").asText())).isAfter(Instant.now());
        assertThat(json(client.postWithoutBody(path)).at("/errors/0/source/pointer").asText()).isEqualTo("/user_email");
        assertThat(client.postWithoutBody("/api/v2/maps/NoSuchMap0000000000000/embed_token?user_email=a%40b.c").statusCode())
                .isEqualTo(404);
    }
}
