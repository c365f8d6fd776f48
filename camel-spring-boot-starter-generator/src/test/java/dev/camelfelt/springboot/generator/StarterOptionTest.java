package dev.camelfelt.springboot.generator;

import java.util.List;

import org.apache.camel.tooling.model.ComponentModel.ComponentOptionModel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StarterOptionTest {

    @Test
    void bindsPrimitivesAsWrappersSoThatAnUnsetOptionStaysNull() {
        StarterOption option = StarterOption.of("camel.component.felt", option("maxRetries", "integer", "int", 3));

        assertThat(option.propertyName()).isEqualTo("camel.component.felt.max-retries");
        assertThat(option.javaType()).isEqualTo("java.lang.Integer");
        assertThat(option.defaultValue()).isEqualTo(3);
    }

    @Test
    void keepsDurationsAndBindsEnumsAndBeansAsText() {
        assertThat(StarterOption.of("p", option("maxDelay", "duration", "java.time.Duration", "30s")).javaType())
                .isEqualTo("java.time.Duration");
        ComponentOptionModel format = option("format", "enum", "dev.camelfelt.felt.model.ExportFormat", null);
        format.setEnums(List.of("csv", "geojson"));
        assertThat(StarterOption.of("p", format)).satisfies(option -> {
            assertThat(option.javaType()).isEqualTo("java.lang.String");
            assertThat(option.enums()).containsExactly("csv", "geojson");
        });
        assertThat(StarterOption.of("p", option("httpClient", "object", "org.example.Client", null)).description())
                .isEqualTo("What it does. A reference to a bean of type org.example.Client, such as #myBean.");
    }

    @Test
    void marksSecrets() {
        ComponentOptionModel token = option("apiToken", "string", "java.lang.String", null);
        token.setSecret(true);

        assertThat(StarterOption.of("camel.component.felt", token).description()).isEqualTo(
                "What it does. A secret: keep it out of files, e.g. camel.component.felt.api-token=${ENVIRONMENT_VARIABLE}.");
    }

    private static ComponentOptionModel option(String name, String type, String javaType, Object defaultValue) {
        ComponentOptionModel option = new ComponentOptionModel();
        option.setName(name);
        option.setType(type);
        option.setJavaType(javaType);
        option.setDefaultValue(defaultValue);
        option.setDescription("What it does");
        return option;
    }
}
