package dev.camelfelt.example;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import dev.camelfelt.felt.FeltComponent;
import dev.camelfelt.felt.simulator.FeltSimulator;
import dev.camelfelt.felt.simulator.SeededMap;

/**
 * The Felt the ETL talks to and the template map it copies. A null base URL or token leaves the component's
 * defaults: https://felt.com and the FELT_API_TOKEN environment variable.
 */
public record FeltTarget(String description, String baseUrl, String apiToken, String templateMapId, String layerId) {

    static final String TOKEN_VARIABLE = "FELT_API_TOKEN";
    static final String TEMPLATE_MAP_VARIABLE = "FELT_TEMPLATE_MAP_ID";
    static final String LAYER_VARIABLE = "FELT_LAYER_ID";
    static final String TEMPLATE_MAP_PROPERTY = "felt.template-map-id";
    static final String LAYER_PROPERTY = "felt.layer-id";

    /** The embedded simulator and its seeded template map. */
    public static FeltTarget simulator(FeltSimulator simulator) {
        SeededMap template = simulator.templateMap();
        return new FeltTarget("the embedded Felt simulator at " + simulator.baseUrl(), simulator.baseUrl(),
                simulator.token(), template.mapId(), template.layerId());
    }

    /**
     * felt.com, with the template map and layer from the system properties {@value #TEMPLATE_MAP_PROPERTY} and
     * {@value #LAYER_PROPERTY}, else the environment variables {@value #TEMPLATE_MAP_VARIABLE} and
     * {@value #LAYER_VARIABLE}.
     */
    public static FeltTarget feltCom(UnaryOperator<String> environment, UnaryOperator<String> systemProperties) {
        String mapId = setting(systemProperties.apply(TEMPLATE_MAP_PROPERTY), environment.apply(TEMPLATE_MAP_VARIABLE));
        String layerId = setting(systemProperties.apply(LAYER_PROPERTY), environment.apply(LAYER_VARIABLE));
        if (mapId == null || layerId == null) {
            throw new IllegalStateException(TOKEN_VARIABLE + " is set, so the example runs against felt.com and needs"
                    + " a map to copy and one of its layers: set " + TEMPLATE_MAP_VARIABLE + " and " + LAYER_VARIABLE
                    + " (or -D" + TEMPLATE_MAP_PROPERTY + " and -D" + LAYER_PROPERTY + "), or unset " + TOKEN_VARIABLE
                    + " to run against the embedded simulator");
        }
        return new FeltTarget("felt.com with template map " + mapId + " and layer " + layerId, null, null, mapId,
                layerId);
    }

    /** felt.com with the token of FELT_API_TOKEN, for a pipeline that copies no template map. */
    public static FeltTarget feltCom() {
        return new FeltTarget("felt.com", null, null, null, null);
    }

    private static String setting(String property, String variable) {
        String value = property != null && !property.isBlank() ? property : variable;
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The felt component, pointed at this target. */
    FeltComponent component() {
        FeltComponent component = new FeltComponent();
        if (baseUrl != null) {
            component.getConfiguration().setBaseUrl(baseUrl);
        }
        if (apiToken != null) {
            component.getConfiguration().setApiToken(apiToken);
        }
        return component;
    }

    /** The properties by which Camel's Spring Boot starter points the felt component at this target. */
    Map<String, String> componentProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        if (baseUrl != null) {
            properties.put("camel.component.felt.base-url", baseUrl);
        }
        if (apiToken != null) {
            properties.put("camel.component.felt.api-token", apiToken);
        }
        return properties;
    }

    /** The Camel properties that point the route at this target's template map and layer. */
    Map<String, String> camelProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(TEMPLATE_MAP_PROPERTY, templateMapId);
        properties.put(LAYER_PROPERTY, layerId);
        return properties;
    }

    @Override
    public String toString() {
        // the token never reaches a log
        return description;
    }
}
