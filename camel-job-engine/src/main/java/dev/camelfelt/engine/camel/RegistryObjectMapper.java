package dev.camelfelt.engine.camel;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;

/** The JSON mapper a component's requests and answers go through. */
public final class RegistryObjectMapper {

    private RegistryObjectMapper() {
    }

    /**
     * Like camel-jackson: a single ObjectMapper in the registry is the application's choice; otherwise one that
     * tolerates fields the service adds later.
     */
    public static ObjectMapper of(CamelContext camel) {
        ObjectMapper registered = camel.getRegistry().findSingleByType(ObjectMapper.class);
        return registered != null
                ? registered : new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
