package dev.camelfelt.springboot.generator;

/**
 * Writes the auto-configuration that hands the bound properties to the component, through Camel Spring Boot's own
 * component customizer.
 */
public final class AutoConfigurationSource {

    private AutoConfigurationSource() {
    }

    /**
     * The Java source of the class.
     *
     * @param model the starter's model
     * @return the source text
     */
    public static String of(StarterModel model) {
        String className = ConfigurationPropertiesSource.simpleName(model.autoConfigurationClass());
        String configuration = ConfigurationPropertiesSource.simpleName(model.configurationClass());
        String component = ConfigurationPropertiesSource.simpleName(model.componentClass());
        return "package " + model.packageName() + ";\n\n"
                + "import " + model.componentClass() + ";\n"
                + "import org.apache.camel.Component;\n"
                + "import org.apache.camel.spi.ComponentCustomizer;\n"
                + "import org.apache.camel.spring.boot.CamelAutoConfiguration;\n"
                + "import org.apache.camel.spring.boot.ComponentConfigurationProperties;\n"
                + "import org.apache.camel.spring.boot.util.CamelPropertiesHelper;\n"
                + "import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;\n"
                + "import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;\n"
                + "import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;\n"
                + "import org.springframework.boot.autoconfigure.AutoConfiguration;\n"
                + "import org.springframework.boot.context.properties.EnableConfigurationProperties;\n"
                + "import org.springframework.context.ApplicationContext;\n"
                + "import org.springframework.context.annotation.Bean;\n"
                + "import org.springframework.context.annotation.Conditional;\n"
                + "import org.springframework.context.annotation.Lazy;\n\n"
                + "/**\n * Configures the " + model.scheme() + " component from {@code " + model.prefix()
                + ".*}; {@code " + model.prefix() + ".enabled=false} turns it off. Generated from the component's"
                + " metadata when the starter is built.\n */\n"
                + "@AutoConfiguration(after = CamelAutoConfiguration.class)\n"
                + "@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)\n"
                + "@EnableConfigurationProperties({ComponentConfigurationProperties.class, " + configuration
                + ".class})\n"
                + "@ConditionalOnHierarchicalProperties({\"camel.component\", \"" + model.prefix() + "\"})\n"
                + "public class " + className + " {\n\n"
                + "    private final ApplicationContext applicationContext;\n"
                + "    private final " + configuration + " configuration;\n\n"
                + "    /**\n     * Creates the auto-configuration.\n     *\n"
                + "     * @param applicationContext the application context, whose properties may turn the customizer off\n"
                + "     * @param configuration the bound properties\n     */\n"
                + "    public " + className + "(ApplicationContext applicationContext, " + configuration
                + " configuration) {\n"
                + "        this.applicationContext = applicationContext;\n"
                + "        this.configuration = configuration;\n    }\n\n"
                + "    /**\n     * Copies the properties that are set onto the component when Camel creates it.\n     *\n"
                + "     * @return the customizer\n     */\n"
                + "    @Lazy\n    @Bean\n"
                + "    public ComponentCustomizer configure" + component + "() {\n"
                + "        return new ComponentCustomizer() {\n"
                + "            @Override\n"
                + "            public void configure(String name, Component target) {\n"
                + "                CamelPropertiesHelper.copyProperties(target.getCamelContext(), configuration, target);\n"
                + "            }\n\n"
                + "            @Override\n"
                + "            public boolean isEnabled(String name, Component target) {\n"
                + "                return HierarchicalPropertiesEvaluator.evaluate(applicationContext,\n"
                + "                        \"camel.component.customizer\", \"" + model.prefix() + ".customizer\")\n"
                + "                        && target instanceof " + component + ";\n"
                + "            }\n        };\n    }\n}\n";
    }
}
