package dev.camelfelt.springboot.generator;

/** Writes the {@code @ConfigurationProperties} class that Spring Boot binds {@code camel.component.<scheme>.*} to. */
public final class ConfigurationPropertiesSource {

    private ConfigurationPropertiesSource() {
    }

    /**
     * The Java source of the class.
     *
     * @param model the starter's model
     * @return the source text
     */
    public static String of(StarterModel model) {
        String className = simpleName(model.configurationClass());
        StringBuilder fields = new StringBuilder();
        StringBuilder accessors = new StringBuilder();
        for (StarterOption option : model.options()) {
            String type = option.javaType();
            String name = option.name();
            String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            String deprecated = option.deprecated() ? "    @Deprecated\n" : "";
            fields.append("    /**\n     * ").append(JavaText.javadoc(option.description())).append("\n     */\n")
                    .append(deprecated)
                    .append("    private ").append(type).append(' ').append(name).append(";\n\n");
            accessors.append(deprecated)
                    .append("    public ").append(type).append(" get").append(capitalized).append("() {\n")
                    .append("        return ").append(name).append(";\n    }\n\n")
                    .append(deprecated)
                    .append("    public void set").append(capitalized).append('(').append(type).append(' ')
                    .append(name).append(") {\n")
                    .append("        this.").append(name).append(" = ").append(name).append(";\n    }\n\n");
        }
        return "package " + model.packageName() + ";\n\n"
                + "import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;\n"
                + "import org.springframework.boot.context.properties.ConfigurationProperties;\n\n"
                + "/**\n * " + JavaText.javadoc(model.description()) + "\n *\n"
                + " * <p>The options of the " + model.scheme() + " component under {@code " + model.prefix()
                + ".*}; an option left unset keeps the component's default. Generated from the component's metadata"
                + " when the starter is built.\n */\n"
                + "@ConfigurationProperties(prefix = \"" + model.prefix() + "\")\n"
                + "public class " + className + " extends ComponentConfigurationPropertiesCommon {\n\n"
                + fields + accessors.toString().stripTrailing() + "\n}\n";
    }

    static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
