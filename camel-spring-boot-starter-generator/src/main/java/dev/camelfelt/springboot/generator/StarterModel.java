package dev.camelfelt.springboot.generator;

import java.util.List;
import java.util.Locale;

import org.apache.camel.tooling.model.ComponentModel;

/**
 * What a starter is generated from: the component's scheme and class, and its options as Spring Boot properties.
 *
 * @param scheme           the component's scheme, e.g. {@code felt}
 * @param componentClass   the component's class
 * @param title            the component's title
 * @param description      the component's description
 * @param packageName      the package of the generated classes
 * @param simpleName       the prefix of the generated classes' names, e.g. {@code Felt}
 * @param options          the component's options
 */
public record StarterModel(String scheme, String componentClass, String title, String description,
                           String packageName, String simpleName, List<StarterOption> options) {

    /**
     * Reads the component's metadata.
     *
     * @param component the component model of the component's JSON
     * @return the model of its starter
     */
    public static StarterModel of(ComponentModel component) {
        String prefix = prefix(component.getScheme());
        String javaType = component.getJavaType();
        int dot = javaType.lastIndexOf('.');
        String simpleName = javaType.substring(dot + 1).replaceFirst("Component$", "");
        List<StarterOption> options = component.getComponentOptions().stream()
                .map(option -> StarterOption.of(prefix, option))
                .toList();
        return new StarterModel(component.getScheme(), javaType, component.getTitle(), component.getDescription(),
                javaType.substring(0, dot) + ".springboot", simpleName, options);
    }

    /**
     * The prefix of the component's Spring Boot properties.
     *
     * @return e.g. {@code camel.component.felt}
     */
    public String prefix() {
        return prefix(scheme);
    }

    /**
     * The generated configuration properties class.
     *
     * @return its fully qualified name
     */
    public String configurationClass() {
        return packageName + "." + simpleName + "ComponentConfiguration";
    }

    /**
     * The generated auto-configuration class.
     *
     * @return its fully qualified name
     */
    public String autoConfigurationClass() {
        return packageName + "." + simpleName + "ComponentAutoConfiguration";
    }

    private static String prefix(String scheme) {
        return "camel.component." + StarterOption.kebabCase(scheme).toLowerCase(Locale.ROOT);
    }
}
