package dev.camelfelt.example;

import org.apache.camel.builder.RouteConfigurationBuilder;

/**
 * Leaves a failed ETL to the application to report, in one line, instead of Camel's log of the exhausted exchange
 * with its message history and stack trace. It applies to the route of every DSL.
 */
public class EtlErrorHandling extends RouteConfigurationBuilder {

    @Override
    public void configuration() {
        routeConfiguration().errorHandler(defaultErrorHandler().logExhausted(false));
    }
}
