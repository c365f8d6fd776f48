package dev.camelfelt.felt.simulator;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.camelfelt.felt.simulator.FeltTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FeltSimulatorExtensionTest {

    @RegisterExtension
    static FeltSimulatorExtension felt = new FeltSimulatorExtension(FeltSimulator.builder().pollsUntilComplete(1));

    private static String mapCreatedByFirstTest;

    @Test
    @Order(1)
    void resolvesTheSimulatorAsAParameter(FeltSimulator simulator) {
        assertThat(simulator).isSameAs(felt.simulator());
        mapCreatedByFirstTest = json(new FeltTestClient(simulator).post("/api/v2/maps", "{}")).get("id").asText();
        assertThat(simulator.map(mapCreatedByFirstTest)).isPresent();
    }

    @Test
    @Order(2)
    void resetsTheSimulatorBeforeEachTest() {
        assertThat(mapCreatedByFirstTest).isNotNull();
        assertThat(felt.simulator().map(mapCreatedByFirstTest)).isEmpty();
        assertThat(felt.simulator().wireMock().getAllServeEvents()).isEmpty();
    }

    @Test
    @Order(3)
    void failsATestWhoseTrafficBrokeTheContract() {
        FeltSimulatorExtension extension = new FeltSimulatorExtension();
        ExtensionContext context = fakeContext();
        extension.beforeAll(context);
        extension.beforeEach(context);
        FeltSimulator simulator = extension.simulator();
        simulator.wireMock().stubFor(get(urlPathEqualTo("/api/v2/library")).atPriority(1).willReturn(okJson("{}")));
        new FeltTestClient(simulator).get("/api/v2/library");

        assertThatThrownBy(() -> extension.afterEach(context))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("1 Felt API contract violation(s) in probe():")
                .hasMessageContaining("missing required properties");

        extension.afterAll(context);
        assertThat(simulator.wireMock().isRunning()).isFalse();
        assertThatThrownBy(extension::simulator).isInstanceOf(IllegalStateException.class);
    }

    @Nested
    class NestedTests {

        @Test
        void shareTheOuterClassesSimulator(FeltSimulator simulator) {
            assertThat(simulator).isSameAs(felt.simulator());
            SeededMap template = simulator.templateMap();
            String layerPath = "/api/v2/maps/" + template.mapId() + "/layers/" + template.layerId();
            FeltTestClient client = new FeltTestClient(simulator);
            String exportId = json(client.post(layerPath + "/custom_export", "{\"output_format\": \"csv\"}"))
                    .get("export_request_id").asText();

            assertThat(json(client.get(layerPath + "/custom_exports/" + exportId)).get("status").asText()).isEqualTo("in_progress");
            assertThat(json(client.get(layerPath + "/custom_exports/" + exportId)).get("status").asText()).isEqualTo("completed");
        }
    }

    /** A context with just what the extension reads: a unique id and a display name. */
    private static ExtensionContext fakeContext() {
        return (ExtensionContext) Proxy.newProxyInstance(ExtensionContext.class.getClassLoader(),
                new Class<?>[] {ExtensionContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getUniqueId" -> "[engine:probe]";
                    case "getDisplayName" -> "probe()";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
