package dev.camelfelt.example;

import java.util.LinkedHashMap;
import java.util.Map;

/** Runs the ETL once: starts Camel with the route of one DSL, sends it one message, and stops. */
public final class FeltEtlJob {

    /** Where the ETL route of every DSL starts. */
    public static final String ENDPOINT = "direct:felt-etl";

    private final FeltTarget target;
    private final RouteDsl dsl;
    private final boolean springBoot;
    private final Map<String, String> properties;

    /** @param properties Camel properties that override application.properties, e.g. felt.export-directory */
    public FeltEtlJob(FeltTarget target, RouteDsl dsl, Map<String, String> properties) {
        this(target, dsl, false, properties);
    }

    /**
     * @param springBoot whether the route runs in a Spring Boot application, whose starter configures the felt
     *                   component from properties, rather than on Camel Main or Spring with the component as a bean
     * @param properties Camel properties that override application.properties, e.g. felt.export-directory
     */
    public FeltEtlJob(FeltTarget target, RouteDsl dsl, boolean springBoot, Map<String, String> properties) {
        this.target = target;
        this.dsl = dsl;
        this.springBoot = springBoot;
        this.properties = Map.copyOf(properties);
    }

    /** Runs the ETL; throws the exception that stopped it, such as a FeltApiException. */
    public EtlSummary run() throws Exception {
        Map<String, String> camelProperties = new LinkedHashMap<>(target.camelProperties());
        camelProperties.putAll(properties);
        return runtime(camelProperties).runOnce(ENDPOINT, EtlSummary.class);
    }

    private EtlRuntime runtime(Map<String, String> camelProperties) {
        if (springBoot) {
            Map<String, String> springProperties = new LinkedHashMap<>(target.componentProperties());
            springProperties.putAll(camelProperties);
            return new SpringBootEtlRuntime(dsl, Map.of("mapLayers", new MapLayers()), springProperties);
        }
        return dsl.runtime(Map.of("felt", target.component(), "mapLayers", new MapLayers()), camelProperties);
    }
}
