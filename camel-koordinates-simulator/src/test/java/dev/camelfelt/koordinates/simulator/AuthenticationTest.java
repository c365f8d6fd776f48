package dev.camelfelt.koordinates.simulator;

import static dev.camelfelt.koordinates.simulator.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuthenticationTest {

    @RegisterExtension
    static KoordinatesSimulatorExtension koordinates = new KoordinatesSimulatorExtension(
            KoordinatesSimulator.builder().apiKey("0123456789abcdef0123456789abcdef"));

    @Test
    void theKeyMustBeSentAsAuthorizationKey(KoordinatesSimulator simulator) {
        ApiClient client = new ApiClient(simulator);

        HttpResponse<String> missing = client.withAuthorization(null).get("exports/");
        HttpResponse<String> bearer = client.withAuthorization("Bearer " + simulator.apiKey()).get("exports/");
        HttpResponse<String> wrong = client.withAuthorization("key nope").get("exports/");
        HttpResponse<String> right = client.get("exports/");

        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(json(missing).get("error").asText()).contains("Authorization: key <token>");
        assertThat(bearer.statusCode()).isEqualTo(401);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(simulator.apiKey()).isEqualTo("0123456789abcdef0123456789abcdef");
    }
}
