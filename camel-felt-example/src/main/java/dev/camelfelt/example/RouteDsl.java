package dev.camelfelt.example;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The DSL the ETL route is loaded from; all three describe the same route. */
public enum RouteDsl {
    JAVA("the Java DSL"),
    YAML("the YAML DSL"),
    SPRING("Spring XML");

    private final String description;

    RouteDsl(String description) {
        this.description = description;
    }

    /** The DSL named by {@code --dsl=NAME}, else by the {@code dsl} system property; Java when neither is given. */
    public static RouteDsl select(String[] args, String property) {
        String name = ExampleFlags.value(args, "dsl", property);
        return name == null || name.isBlank() ? JAVA : named(name);
    }

    private static RouteDsl named(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown DSL '" + name + "': use " + Arrays.stream(values())
                    .map(dsl -> dsl.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        }
    }

    /**
     * The Camel that runs the route of this DSL, and only that one: Camel Main for the Java and YAML DSLs, a Spring
     * application context for Spring XML.
     *
     * @param beans      the beans the route uses, by name
     * @param properties Camel properties that override application.properties
     */
    EtlRuntime runtime(Map<String, Object> beans, Map<String, String> properties) {
        return switch (this) {
            case JAVA -> new CamelMainEtlRuntime(routes -> routes.addRoutesBuilder(new EtlRoutes()), beans, properties);
            case YAML -> new CamelMainEtlRuntime(
                    routes -> routes.withRoutesIncludePattern("classpath:routes/felt-etl.yaml"), beans, properties);
            case SPRING -> new SpringXmlEtlRuntime(beans, properties);
        };
    }

    @Override
    public String toString() {
        return description;
    }
}
