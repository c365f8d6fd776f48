package dev.camelfelt.koordinates.springboot;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A Spring Boot application with the starter: a Java route here, a YAML route under {@code camel/}. */
@SpringBootApplication
public class KoordinatesStarterTestApplication {

    @Bean
    RouteBuilder exportRoute() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:export-airports").routeId("export-airports-java")
                        .to("koordinates:export?items=50772&crs=EPSG:2193&format=gpkg&unzip=true&waitInitialDelay=10&waitDelay=10"
                                + "&downloadDirectory={{koordinates.test.download-directory}}")
                        .log("Exported ${header.CamelFileName}");
            }
        };
    }
}
