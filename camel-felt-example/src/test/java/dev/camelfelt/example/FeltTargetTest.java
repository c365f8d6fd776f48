package dev.camelfelt.example;

import java.util.Map;

import dev.camelfelt.felt.FeltConfiguration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeltTargetTest {

    @Test
    void feltComTakesTheTemplateFromTheEnvironment() {
        Map<String, String> environment = Map.of("FELT_TEMPLATE_MAP_ID", "mapFromEnv", "FELT_LAYER_ID", "layerFromEnv");

        FeltTarget target = FeltTarget.feltCom(environment::get, name -> null);

        assertThat(target.camelProperties())
                .containsExactly(Map.entry("felt.template-map-id", "mapFromEnv"),
                        Map.entry("felt.layer-id", "layerFromEnv"));
    }

    @Test
    void systemPropertiesOverrideTheEnvironment() {
        Map<String, String> environment = Map.of("FELT_TEMPLATE_MAP_ID", "mapFromEnv", "FELT_LAYER_ID", "layerFromEnv");
        Map<String, String> properties = Map.of("felt.template-map-id", "mapFromProperty");

        FeltTarget target = FeltTarget.feltCom(environment::get, properties::get);

        assertThat(target.templateMapId()).isEqualTo("mapFromProperty");
        assertThat(target.layerId()).isEqualTo("layerFromEnv");
    }

    @Test
    void feltComWithoutTheTemplateSaysWhatToSet() {
        Map<String, String> environment = Map.of("FELT_TEMPLATE_MAP_ID", "mapFromEnv");

        assertThatThrownBy(() -> FeltTarget.feltCom(environment::get, name -> null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("FELT_TEMPLATE_MAP_ID and FELT_LAYER_ID");
    }

    @Test
    void theComponentTalksToTheTargetsFeltWithItsToken() {
        FeltTarget target = new FeltTarget("the simulator", "http://127.0.0.1:1", "secret-token", "m", "l");

        FeltConfiguration configuration = target.component().getConfiguration();

        assertThat(configuration.getBaseUrl()).isEqualTo("http://127.0.0.1:1");
        assertThat(configuration.getApiToken()).isEqualTo("secret-token");
        assertThat(target.camelProperties()).doesNotContainValue("secret-token");
    }

    @Test
    void feltComKeepsTheComponentsDefaults() {
        Map<String, String> environment = Map.of("FELT_TEMPLATE_MAP_ID", "mapFromEnv", "FELT_LAYER_ID", "layerFromEnv");

        FeltConfiguration configuration = FeltTarget.feltCom(environment::get, name -> null).component()
                .getConfiguration();

        assertThat(configuration.getBaseUrl()).isEqualTo("https://felt.com");
        assertThat(configuration.getApiToken()).isNull();
    }

    @Test
    void theTokenNeverShowsInTheDescription() {
        FeltTarget target = new FeltTarget("the simulator", "http://127.0.0.1:1", "secret-token", "m", "l");

        assertThat(target).hasToString("the simulator");
    }
}
