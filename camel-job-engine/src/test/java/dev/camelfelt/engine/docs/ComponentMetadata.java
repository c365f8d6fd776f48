package dev.camelfelt.engine.docs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The component's metadata file that the Camel component plugin generates: its syntax, options and headers. */
final class ComponentMetadata {

    private final JsonNode root;

    private ComponentMetadata(JsonNode root) {
        this.root = root;
    }

    static ComponentMetadata read(Path file) throws IOException {
        return new ComponentMetadata(new ObjectMapper().readTree(file.toFile()));
    }

    String title() {
        return root.path("component").path("title").asText();
    }

    String scheme() {
        return root.path("component").path("scheme").asText();
    }

    String artifactId() {
        return root.path("component").path("artifactId").asText();
    }

    String syntax() {
        return root.path("component").path("syntax").asText();
    }

    List<CatalogOption> componentOptions() {
        return options(root.path("componentProperties"));
    }

    List<CatalogOption> pathParameters() {
        return options(root.path("properties")).stream().filter(option -> isPath(option.name())).toList();
    }

    List<CatalogOption> queryParameters() {
        return options(root.path("properties")).stream().filter(option -> !isPath(option.name())).toList();
    }

    List<CatalogOption> headers() {
        return options(root.path("headers"));
    }

    private boolean isPath(String name) {
        return "path".equals(root.path("properties").path(name).path("kind").asText());
    }

    /** The entries in the metadata's own order, which groups them as the component declares them. */
    private static List<CatalogOption> options(JsonNode entries) {
        List<CatalogOption> options = new ArrayList<>();
        entries.properties().forEach(entry -> {
            JsonNode option = entry.getValue();
            List<String> enums = new ArrayList<>();
            option.path("enum").forEach(value -> enums.add(value.asText()));
            options.add(new CatalogOption(entry.getKey(), option.path("group").asText(),
                    option.path("description").asText(),
                    option.hasNonNull("defaultValue") ? option.path("defaultValue").asText() : null,
                    option.path("javaType").asText(), option.path("required").asBoolean(), List.copyOf(enums),
                    option.hasNonNull("constantName") ? option.path("constantName").asText() : null));
        });
        return options;
    }
}
