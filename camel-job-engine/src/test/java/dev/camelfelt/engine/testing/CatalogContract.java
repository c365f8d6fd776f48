package dev.camelfelt.engine.testing;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.spi.UriParam;

import static org.assertj.core.api.Assertions.assertThat;

/** What every component's generated catalog JSON must say of its options and headers. */
public final class CatalogContract {

    private CatalogContract() {
    }

    /** Every {@code @UriParam} of the configuration, its own and those it inherits from the engine, is an endpoint option. */
    public static void assertEveryOptionListed(Class<?> configuration, JsonNode metadata) {
        List<String> options = new ArrayList<>();
        for (Class<?> type = configuration; type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(UriParam.class)) {
                    options.add(field.getName());
                }
            }
        }
        assertThat(options).isNotEmpty();
        options.forEach(option -> assertThat(metadata.path("properties").has(option)).as(option).isTrue());
    }

    /** Every component and endpoint option has a description. */
    public static void assertEveryOptionDescribed(JsonNode metadata) {
        for (String group : List.of("componentProperties", "properties")) {
            metadata.path(group).properties().forEach(option -> assertThat(
                    option.getValue().path("description").asText()).as(group + "." + option.getKey()).isNotBlank());
        }
    }

    /** Every String constant of {@code constants} is a header of the catalog, described and named after its constant. */
    public static void assertEveryHeaderListedWithADescription(Class<?> constants, JsonNode metadata)
            throws IllegalAccessException {
        List<Field> fields = new ArrayList<>();
        for (Field field : constants.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                fields.add(field);
            }
        }
        JsonNode headers = metadata.path("headers");

        assertThat(fields).hasSize(headers.size());
        for (Field constant : fields) {
            JsonNode header = headers.path((String) constant.get(null));
            assertThat(header.isMissingNode()).as(constant.getName()).isFalse();
            assertThat(header.path("description").asText()).as(constant.getName()).isNotBlank();
            assertThat(header.path("constantName").asText()).isEqualTo(constants.getName() + "#" + constant.getName());
        }
    }

    /**
     * The endpoint is said to be async, as it is, and no option is filled from the registry on its own. The generator
     * once cached AsyncEndpoint across the modules of a build, and said false for the second component.
     */
    public static void assertAsyncAndNothingAutowired(JsonNode metadata) {
        assertThat(metadata.path("component").path("async").asBoolean()).as("async").isTrue();
        assertThat(metadata.findValues("autowired")).as("autowired options").noneMatch(JsonNode::asBoolean);
    }
}
