package dev.camelfelt.example;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.camel.main.Main;

/** The DSL the ETL route is loaded from; all three describe the same route. */
public enum RouteDsl {
    JAVA,
    YAML,
    XML;

    /** The DSL named by {@code --dsl=NAME}, else by the {@code dsl} system property; Java when neither is given. */
    public static RouteDsl select(String[] args, String property) {
        String name = Arrays.stream(args)
                .filter(arg -> arg.startsWith("--dsl="))
                .map(arg -> arg.substring("--dsl=".length()))
                .reduce((first, last) -> last)
                .orElse(property);
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

    /** Makes Camel Main load the route of this DSL, and only that one. */
    void addRoutes(Main main) {
        switch (this) {
            case JAVA -> main.configure().addRoutesBuilder(new EtlRoutes());
            case YAML -> main.configure().withRoutesIncludePattern("classpath:routes/felt-etl.yaml");
            case XML -> main.configure().withRoutesIncludePattern("classpath:routes/felt-etl.xml");
        }
    }
}
