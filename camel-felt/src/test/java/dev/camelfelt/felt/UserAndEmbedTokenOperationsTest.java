package dev.camelfelt.felt;

import dev.camelfelt.felt.model.EmbedToken;
import dev.camelfelt.felt.model.User;
import org.apache.camel.Message;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.http.RequestMethod.GET;
import static com.github.tomakehurst.wiremock.http.RequestMethod.POST;
import static org.assertj.core.api.Assertions.assertThat;

/** felt:user/get and felt:maps/embedToken, checked against the simulator and Felt's OpenAPI description. */
class UserAndEmbedTokenOperationsTest extends SimulatedFeltTestSupport {

    @Test
    void userGetAnswersTheTokensUser() throws Exception {
        Message reply = reply(call("felt:user/get"));

        assertLastBodilessRequest(feltRequest(GET, "/api/v2/user"));
        assertThat(reply.getBody(User.class)).isEqualTo(new User("Ey8bhHb0QWOYBsbEvQ6jgq", "Sim Ulator",
                "sim.ulator@example.com"));
    }

    @Test
    void embedTokenSendsTheViewersEmail() throws Exception {
        Message reply = reply(call("felt:maps/embedToken?mapId=" + seeded.mapId() + "&userEmail=viewer@example.com"));

        assertLastBodilessRequest(feltRequest(POST, "/api/v2/maps/" + seeded.mapId()
                                                    + "/embed_token?user_email=viewer%40example.com"));
        EmbedToken token = reply.getBody(EmbedToken.class);
        assertThat(token.token()).startsWith("embed-");
        assertThat(token.expiresAt()).isNotBlank();
    }

    @Test
    void embedTokenNeedsTheEmailBeforeAnyCall() throws Exception {
        Exception e = failure(call("felt:maps/embedToken?mapId=" + seeded.mapId()), IllegalArgumentException.class);

        assertThat(e).hasMessage("felt:maps/embedToken needs the userEmail option");
        assertThat(simulator.wireMock().getAllServeEvents()).isEmpty();
    }
}
