package dev.camelfelt.example;

import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;

/** Boots the Camel that holds the route of one pipeline in one DSL, and shuts it down. */
interface EtlRuntime extends AutoCloseable {

    /** Starts Camel with the route; {@link #close()} shuts it down, also when starting failed. */
    CamelContext start() throws Exception;

    @Override
    void close() throws Exception;

    /**
     * Starts Camel, sends one message to the route's endpoint, shuts Camel down and returns the route's answer; throws
     * the exception that stopped the route, such as a FeltApiException.
     */
    default <T> T runOnce(String endpoint, Class<T> answer) throws Exception {
        try (EtlRuntime runtime = this) {
            return runtime.start().createFluentProducerTemplate().to(endpoint).request(answer);
        } catch (CamelExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
