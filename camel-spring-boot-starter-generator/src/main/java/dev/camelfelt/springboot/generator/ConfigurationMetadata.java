package dev.camelfelt.springboot.generator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes Spring Boot's configuration metadata ({@code META-INF/spring-configuration-metadata.json}), from which IDEs
 * complete and document the properties.
 */
public final class ConfigurationMetadata {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ConfigurationMetadata() {
    }

    /**
     * The metadata of the starter's properties.
     *
     * @param model the starter's model
     * @return the JSON document
     */
    public static ObjectNode of(StarterModel model) {
        ObjectNode root = JSON.createObjectNode();
        root.putArray("groups").addObject()
                .put("name", model.prefix())
                .put("type", model.configurationClass())
                .put("sourceType", model.configurationClass())
                .put("description", model.description());
        ArrayNode properties = root.putArray("properties");
        addSwitch(properties, model, ".enabled",
                "Whether to enable auto configuration of the " + model.scheme() + " component.");
        addSwitch(properties, model, ".customizer.enabled",
                "Whether the properties are applied to the " + model.scheme() + " component.");
        ArrayNode hints = root.putArray("hints");
        for (StarterOption option : model.options()) {
            ObjectNode property = properties.addObject()
                    .put("name", option.propertyName())
                    .put("type", option.javaType())
                    .put("sourceType", model.configurationClass())
                    .put("description", option.description());
            if (option.defaultValue() != null) {
                property.set("defaultValue", JSON.valueToTree(option.defaultValue()));
            }
            if (option.deprecated()) {
                property.putObject("deprecation").put("level", "warning");
            }
            if (!option.enums().isEmpty()) {
                ArrayNode values = hints.addObject().put("name", option.propertyName()).putArray("values");
                option.enums().forEach(value -> values.addObject().put("value", value));
            }
        }
        return root;
    }

    /** The switches Camel Spring Boot's common component properties add, both on by default. */
    private static void addSwitch(ArrayNode properties, StarterModel model, String suffix, String description) {
        properties.addObject()
                .put("name", model.prefix() + suffix)
                .put("type", "java.lang.Boolean")
                .put("sourceType", model.configurationClass())
                .put("description", description + " This is enabled by default.")
                .put("defaultValue", true);
    }
}
