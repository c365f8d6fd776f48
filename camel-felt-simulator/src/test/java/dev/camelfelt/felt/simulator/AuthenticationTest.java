package dev.camelfelt.felt.simulator;

import static dev.camelfelt.felt.simulator.FeltTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AuthenticationTest {

    @RegisterExtension
    static FeltSimulatorExtension felt = new FeltSimulatorExtension();

    static Stream<SpecOperation> operations() {
        return FeltApiContract.load().operations().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void rejectsEveryOperationWithoutAToken(SpecOperation operation) {
        HttpResponse<String> response = send(new FeltTestClient(felt.simulator()).withAuthorization(null), operation);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"errors\":[{\"title\":\"Unauthorized\","
                + "\"detail\":\"Missing API token: send the header 'Authorization: Bearer <token>'\","
                + "\"source\":{\"header\":\"authorization\"}}]}");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void rejectsEveryOperationWithAWrongToken(SpecOperation operation) {
        HttpResponse<String> response = send(new FeltTestClient(felt.simulator()).withAuthorization("Bearer not-the-token"), operation);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"errors\":[{\"title\":\"Unauthorized\",\"detail\":\"Invalid API token\","
                + "\"source\":{\"header\":\"authorization\"}}]}");
    }

    @Test
    void rejectsATokenSentWithAnotherScheme() {
        FeltTestClient client = new FeltTestClient(felt.simulator()).withAuthorization("Basic " + felt.simulator().token());

        HttpResponse<String> response = client.get("/api/v2/library");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).at("/errors/0/source/header").asText()).isEqualTo("authorization");
    }

    @Test
    void checksTheTokenBeforeTheInput() {
        FeltTestClient client = new FeltTestClient(felt.simulator()).withAuthorization(null);

        assertThat(client.get("/api/v2/library?source=bogus").statusCode()).isEqualTo(401);
        assertThat(felt.simulator().map(felt.simulator().templateMap().mapId())).isPresent();
    }

    @Test
    void acceptsTheSchemeInAnyCase() {
        FeltTestClient client = new FeltTestClient(felt.simulator()).withAuthorization("bearer " + felt.simulator().token());

        assertThat(client.get("/api/v2/library").statusCode()).isEqualTo(200);
    }

    private static HttpResponse<String> send(FeltTestClient client, SpecOperation operation) {
        SeededMap template = felt.simulator().templateMap();
        String path = operation.pathTemplate()
                .replace("{map_id}", template.mapId())
                .replace("{layer_id}", template.layerId())
                .replace("{layer_group_id}", template.layerGroupId())
                .replace("{export_id}", "AnyExport0000000000000")
                .replaceAll("\\{[a-z_]+_id}", "AnyId00000000000000000");
        return switch (operation.method()) {
            case "GET" -> client.get(path);
            case "DELETE" -> client.delete(path);
            default -> client.post(path, "{}");
        };
    }
}
