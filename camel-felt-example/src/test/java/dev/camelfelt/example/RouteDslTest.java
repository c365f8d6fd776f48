package dev.camelfelt.example;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RouteDslTest {

    @Test
    void javaByDefault() {
        assertThat(RouteDsl.select(new String[0], null)).isEqualTo(RouteDsl.JAVA);
    }

    @Test
    void theArgumentWinsOverTheSystemProperty() {
        assertThat(RouteDsl.select(new String[] {"--dsl=Spring"}, "yaml")).isEqualTo(RouteDsl.SPRING);
        assertThat(RouteDsl.select(new String[0], "yaml")).isEqualTo(RouteDsl.YAML);
    }

    @Test
    void anUnknownDslNamesTheKnownOnes() {
        assertThatThrownBy(() -> RouteDsl.select(new String[] {"--dsl=groovy"}, null))
                .hasMessage("Unknown DSL 'groovy': use java, yaml, spring");
    }
}
