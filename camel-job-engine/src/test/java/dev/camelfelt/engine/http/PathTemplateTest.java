package dev.camelfelt.engine.http;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PathTemplateTest {

    private final PathTemplate layer = PathTemplate.of("/maps/{map_id}/layers/{layer_id}/export");

    @Test
    void namesItsVariablesInOrder() {
        assertThat(layer.variables()).containsExactly("map_id", "layer_id");
    }

    @Test
    void expandsEachVariableAsOneEncodedSegmentKeepingTheTextAround() {
        assertThat(layer.expand(Map.of("map_id", "m1", "layer_id", "a/b c")))
                .isEqualTo("/maps/m1/layers/a%2Fb%20c/export");
        assertThat(PathTemplate.of("/user").expand(Map.of())).isEqualTo("/user");
        assertThat(PathTemplate.of("/maps/{map_id}").expand(Map.of("map_id", "m1"))).isEqualTo("/maps/m1");
    }

    @Test
    void aMissingValueIsNamed() {
        assertThatIllegalArgumentException().isThrownBy(() -> layer.expand(Map.of("map_id", "m1")))
                .withMessage("No value for {layer_id} in /maps/{map_id}/layers/{layer_id}/export");
    }
}
