package dev.camelfelt.felt.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The IDE metadata of the starter documents every option of the component, as its Camel metadata describes it. */
class ConfigurationMetadataTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void describesEveryComponentOption() throws IOException {
        JsonNode component = read("META-INF/dev/camelfelt/felt/felt.json").path("componentProperties");
        Map<String, JsonNode> properties = springProperties();

        assertThat(component.size()).isGreaterThan(40);
        component.properties().forEach(entry -> {
            String name = "camel.component.felt." + entry.getKey().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
            assertThat(properties).as(name).containsKey(name);
            assertThat(properties.get(name).path("description").asText())
                    .as(name).startsWith(entry.getValue().path("description").asText().replaceAll("\\.$", ""));
        });
    }

    @Test
    void marksTheTokenSecretAndGivesDefaultsAndValues() throws IOException {
        Map<String, JsonNode> properties = springProperties();

        assertThat(properties.get("camel.component.felt.api-token").path("description").asText())
                .contains("A secret: keep it out of files");
        assertThat(properties.get("camel.component.felt.wait-max-delay").path("type").asText()).isEqualTo("java.time.Duration");
        assertThat(properties.get("camel.component.felt.wait-max-delay").path("defaultValue").asText()).isEqualTo("30s");
        assertThat(properties.get("camel.component.felt.max-retries").path("defaultValue").asInt()).isEqualTo(3);
        assertThat(properties.get("camel.component.felt.enabled").path("type").asText()).isEqualTo("java.lang.Boolean");
        JsonNode formatHint = null;
        for (JsonNode hint : read("META-INF/spring-configuration-metadata.json").path("hints")) {
            if (hint.path("name").asText().equals("camel.component.felt.format")) {
                formatHint = hint;
            }
        }
        assertThat(formatHint).isNotNull();
        assertThat(formatHint.path("values").findValuesAsText("value")).contains("geojson", "csv");
    }

    private static Map<String, JsonNode> springProperties() throws IOException {
        Map<String, JsonNode> properties = new HashMap<>();
        read("META-INF/spring-configuration-metadata.json").path("properties")
                .forEach(property -> properties.put(property.path("name").asText(), property));
        return properties;
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = ConfigurationMetadataTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return JSON.readTree(in);
        }
    }
}
