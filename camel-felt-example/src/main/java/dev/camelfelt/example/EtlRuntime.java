package dev.camelfelt.example;

import org.apache.camel.CamelContext;

/** Boots the Camel that holds the ETL route of one DSL, and shuts it down. */
interface EtlRuntime extends AutoCloseable {

    /** Starts Camel with the ETL route; {@link #close()} shuts it down, also when starting failed. */
    CamelContext start() throws Exception;

    @Override
    void close() throws Exception;
}
