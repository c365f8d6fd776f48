package dev.camelfelt.springboot.generator;

import java.util.List;
import java.util.Locale;

import org.apache.camel.tooling.model.ComponentModel.ComponentOptionModel;

/**
 * One component option as a Spring Boot property: its Java name, the type Spring binds it to, and how IDEs describe
 * it.
 *
 * @param name        the option's name, e.g. {@code apiToken}
 * @param propertyName the Spring Boot property, e.g. {@code camel.component.felt.api-token}
 * @param javaType    the type of the configuration properties field
 * @param description what the option does, for IDEs and the field's Javadoc
 * @param defaultValue the component's default, or null
 * @param enums       the values an enum option takes, empty otherwise
 * @param deprecated  whether the component deprecates the option
 */
public record StarterOption(String name, String propertyName, String javaType, String description,
                            Object defaultValue, List<String> enums, boolean deprecated) {

    /**
     * Maps one option of the component's metadata. Enums and bean references are bound as text, which Camel
     * converts as it does for a URI; primitives become their wrappers, so that an unset property stays null and
     * leaves the component's own default in place.
     *
     * @param prefix the properties' prefix, e.g. {@code camel.component.felt}
     * @param option the option in the component's metadata
     * @return the option as a Spring Boot property
     */
    public static StarterOption of(String prefix, ComponentOptionModel option) {
        String type = switch (option.getType()) {
            case "boolean" -> "java.lang.Boolean";
            case "integer" -> "long".equals(option.getJavaType()) || "java.lang.Long".equals(option.getJavaType())
                    ? "java.lang.Long" : "java.lang.Integer";
            case "number" -> "float".equals(option.getJavaType()) || "java.lang.Float".equals(option.getJavaType())
                    ? "java.lang.Float" : "java.lang.Double";
            case "duration" -> "java.time.Duration".equals(option.getJavaType())
                    ? "java.time.Duration" : "java.lang.Long";
            default -> "java.lang.String";
        };
        String description = option.getDescription() == null ? "" : option.getDescription().strip();
        if (!description.isEmpty() && !description.endsWith(".")) {
            description += ".";
        }
        if ("object".equals(option.getType())) {
            description += " A reference to a bean of type " + option.getJavaType() + ", such as #myBean.";
        }
        String propertyName = prefix + "." + kebabCase(option.getName());
        if (option.isSecret()) {
            description += " A secret: keep it out of files, e.g. " + propertyName + "=${ENVIRONMENT_VARIABLE}.";
        }
        Object defaultValue = option.getDefaultValue();
        if (defaultValue instanceof String text && text.isEmpty()) {
            defaultValue = null;
        }
        List<String> enums = option.getEnums() == null ? List.of() : List.copyOf(option.getEnums());
        return new StarterOption(option.getName(), propertyName, type, description.strip(), defaultValue, enums,
                option.isDeprecated());
    }

    /**
     * Spring Boot's canonical form of a property name.
     *
     * @param camelCase a name such as {@code apiToken}
     * @return the name in kebab case, such as {@code api-token}
     */
    public static String kebabCase(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
