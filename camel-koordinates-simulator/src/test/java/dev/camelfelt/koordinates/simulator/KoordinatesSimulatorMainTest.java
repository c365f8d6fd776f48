package dev.camelfelt.koordinates.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KoordinatesSimulatorMainTest {

    @Test
    void printsTheBaseUrlTheKeyAndTheSeededIds() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (KoordinatesSimulator simulator = KoordinatesSimulatorMain.configure(
                new String[] { "--port", "0", "--api-key", "standalone-key", "--polls", "2", "--lifetime", "PT5M" })
                .build()) {
            KoordinatesSimulatorMain.describe(simulator, new PrintStream(out, true, StandardCharsets.UTF_8));

            String printed = out.toString(StandardCharsets.UTF_8);
            assertThat(printed).contains("base URL:    " + simulator.baseUrl(), "API key:     standalone-key",
                    "vector 50772: NZ Airports  " + simulator.apiUrl() + "layers/50772/",
                    "table 51001: NZ Airport Codes", "crop layer 2: NZ Regions (simplified), crop features 442 Canterbury",
                    "camel.component.koordinates.base-url=" + simulator.baseUrl()
                    + " and camel.component.koordinates.api-key=standalone-key");
        }
    }

    @Test
    void rejectsAnUnknownOption() {
        assertThatThrownBy(() -> KoordinatesSimulatorMain.configure(new String[] { "--colour", "red" }))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Unknown option --colour");
    }
}
