package dev.camelfelt.engine.docs;

import java.util.List;

/** One option or header of the component, as the generated metadata describes it. */
record CatalogOption(String name, String group, String description, String defaultValue, String javaType,
                     boolean required, List<String> enums, String constantName) {
}
