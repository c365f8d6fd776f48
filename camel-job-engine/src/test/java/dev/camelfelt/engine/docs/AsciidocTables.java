package dev.camelfelt.engine.docs;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Renders the component's options and headers as the AsciiDoc tables of a Camel component page. */
final class AsciidocTables {

    private static final Pattern PACKAGE_PREFIX = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+(?=[A-Z])");
    private static final String TABLE_START = "[width=\"100%\",cols=\"2,5,^1,2\",options=\"header\"]\n|===\n"
                                              + "| Name | Description | Default | Type\n";
    private static final String TABLE_END = "|===\n";

    private final ComponentMetadata metadata;

    AsciidocTables(ComponentMetadata metadata) {
        this.metadata = metadata;
    }

    String componentOptions() {
        List<CatalogOption> options = metadata.componentOptions();
        return "The " + metadata.title() + " component supports " + options.size()
               + " options, which are listed below.\n\n" + optionTable(options);
    }

    String endpointOptions() {
        List<CatalogOption> path = metadata.pathParameters();
        List<CatalogOption> query = metadata.queryParameters();
        return "The " + metadata.title() + " endpoint is configured using URI syntax:\n\n----\n" + metadata.syntax()
               + "\n----\n\nwith the following path and query parameters:\n\n"
               + "=== Path Parameters (" + path.size() + " parameters)\n\n" + optionTable(path)
               + "\n=== Query Parameters (" + query.size() + " parameters)\n\n" + optionTable(query);
    }

    String headers() {
        List<CatalogOption> headers = metadata.headers();
        String rows = headers.stream()
                .map(header -> "| `" + header.name() + "` (" + header.group() + ") +\nConstant: `"
                               + constantField(header.constantName()) + "` | " + description(header) + " | "
                               + text(header.defaultValue()) + " | " + type(header.javaType()) + "\n")
                .collect(Collectors.joining());
        return "The " + metadata.title() + " component supports " + headers.size()
               + " message headers, which are listed below.\n\n" + TABLE_START + rows + TABLE_END;
    }

    private static String optionTable(List<CatalogOption> options) {
        String rows = options.stream()
                .map(option -> "| *" + option.name() + "* (" + option.group() + ") | " + description(option) + " | "
                               + text(option.defaultValue()) + " | " + type(option.javaType()) + "\n")
                .collect(Collectors.joining());
        return TABLE_START + rows + TABLE_END;
    }

    private static String description(CatalogOption option) {
        StringBuilder text = new StringBuilder();
        if (option.required()) {
            text.append("*Required* ");
        }
        text.append(text(option.description()));
        if (!option.enums().isEmpty()) {
            text.append(" There are ").append(option.enums().size()).append(" enums and the value can be one of: ")
                    .append(String.join(", ", option.enums()));
        }
        return text.toString();
    }

    /** Short class names, e.g. {@code StateRepository<String, String>}. */
    private static String type(String javaType) {
        return text(PACKAGE_PREFIX.matcher(javaType).replaceAll(""));
    }

    private static String constantField(String constantName) {
        return constantName == null ? "" : constantName.substring(constantName.indexOf('#') + 1);
    }

    /** Keeps a cell's text literal: a pipe would end the cell and braces would name an attribute. */
    private static String text(String value) {
        return value == null ? "" : value.replace("|", "\\|").replace("{", "\\{");
    }
}
