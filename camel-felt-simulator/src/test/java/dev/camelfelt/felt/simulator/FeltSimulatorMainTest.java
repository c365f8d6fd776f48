package dev.camelfelt.felt.simulator;

import static dev.camelfelt.felt.simulator.FeltTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The standalone simulator's start-up, run in-process on a free port. */
class FeltSimulatorMainTest {

    @Test
    void printsWhereItListensItsTokenAndTheSeededIdsThenServes() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        try (FeltSimulator simulator = FeltSimulatorMain.start(new String[] {"--port", "0", "--token", "demo", "--polls", "0"},
                new PrintStream(printed, true, StandardCharsets.UTF_8))) {
            String output = printed.toString(StandardCharsets.UTF_8);
            Matcher baseUrl = Pattern.compile("base URL: +(http://127\\.0\\.0\\.1:\\d+)\n").matcher(output);
            assertThat(baseUrl.find()).isTrue();
            assertThat(baseUrl.group(1)).isEqualTo(simulator.baseUrl());
            assertThat(output).contains(
                    "  token:          demo\n",
                    "  upload storage: " + simulator.storage().baseUrl() + "\n",
                    "  map:            1oRg6XlhyAlqjmnihAXPtJ (Bay Area Parks)\n",
                    "  layer group:    uAMe2zTkxJ0THmUVTwqcaj\n",
                    "  layer:          5dV913Ye2MkYkdSQ7BSHGO (City Parks, 5 features, export-ready)\n",
                    "camel.component.felt.base-url=" + simulator.baseUrl() + " and camel.component.felt.api-token=demo");

            FeltTestClient client = new FeltTestClient(baseUrl.group(1), "Bearer demo");
            assertThat(json(client.get("/api/v2/maps/1oRg6XlhyAlqjmnihAXPtJ")).get("title").asText()).isEqualTo("Bay Area Parks");
            String layerPath = "/api/v2/maps/1oRg6XlhyAlqjmnihAXPtJ/layers/5dV913Ye2MkYkdSQ7BSHGO";
            String exportId = json(client.post(layerPath + "/custom_export", "{\"output_format\": \"csv\"}"))
                    .get("export_request_id").asText();
            assertThat(json(client.get(layerPath + "/custom_exports/" + exportId)).get("status").asText()).isEqualTo("completed");
            assertThat(simulator.contractViolations()).isEmpty();
        }
    }

    /** The README shows the start-up output; it must stay what the simulator prints, ports aside. */
    @Test
    void printsWhatTheReadmeShows() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        Matcher block = Pattern.compile("<!-- standalone-simulator-output -->\n```\n(.*?)```\n<!-- end -->", Pattern.DOTALL)
                .matcher(readme);
        assertThat(block.find()).as("README.md shows the standalone simulator's output").isTrue();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        try (FeltSimulator simulator = FeltSimulatorMain.start(new String[] {"--port", "0"},
                new PrintStream(printed, true, StandardCharsets.UTF_8))) {
            assertThat(withoutPorts(printed.toString(StandardCharsets.UTF_8))).isEqualTo(withoutPorts(block.group(1)));
        }
    }

    @Test
    void rejectsUnknownOptionsAndBadValues() {
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> FeltSimulatorMain.start(new String[] {"--verbose", "yes"}, out))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Unknown option --verbose");
        assertThatThrownBy(() -> FeltSimulatorMain.start(new String[] {"--port", "eighty"}, out))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("--port takes a number, not 'eighty'");
        assertThatThrownBy(() -> FeltSimulatorMain.start(new String[] {"--port"}, out))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Missing a value after --port");
    }

    private static String withoutPorts(String text) {
        return text.replaceAll("127\\.0\\.0\\.1:\\d+", "127.0.0.1:PORT");
    }
}
