package dev.camelfelt.example;

import org.apache.camel.builder.RouteConfigurationBuilder;

/**
 * Leaves a failed ETL to the application to report, in one line, instead of Camel's log of the exhausted exchange
 * with its message history and stack trace. It applies to the route of the Java and YAML DSLs; spring/felt-etl.xml
 * declares the same route configuration.
 */
public class EtlErrorHandling extends RouteConfigurationBuilder {

    @Override
    public void configuration() {
        // the ETL never redelivers, and a default error handler without redeliveries logs the exhausted exchange
        // even with logExhausted(false); no error handler hands the exception to the caller and logs nothing
        routeConfiguration().errorHandler(noErrorHandler());
    }
}
