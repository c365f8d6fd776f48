package dev.camelfelt.felt.springboot;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A Spring Boot application with the starter: a Java route here, a YAML route under {@code camel/}. */
@SpringBootApplication
public class FeltStarterTestApplication {

    @Bean
    RouteBuilder exportRoute() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:export-parks").routeId("export-parks-java")
                        .to("felt:export?format=geojson&unzip=true&initialDelay=10&delay=10"
                                + "&downloadDirectory={{felt.test.download-directory}}")
                        .log("Exported ${header.CamelFileName}");
            }
        };
    }
}
