package dev.camelfelt.koordinates.springboot;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Properties;

import dev.camelfelt.koordinates.KoordinatesComponent;
import dev.camelfelt.koordinates.model.Export;
import dev.camelfelt.koordinates.simulator.KoordinatesSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Boots a Spring Boot application with the starter against the Koordinates simulator: the component is configured
 * from {@code application.properties}, a YAML route and a Java route call Koordinates, and the API key is never logged.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(classes = KoordinatesStarterTestApplication.class)
class KoordinatesSpringBootStarterTest {

    private static final String API_KEY = applicationProperty("camel.component.koordinates.api-key");
    private static final KoordinatesSimulator KOORDINATES =
            KoordinatesSimulator.builder().apiKey(API_KEY).pollsUntilComplete(1).build();
    @TempDir
    static Path downloads;

    @Autowired
    private CamelContext camelContext;

    @Autowired
    private ProducerTemplate producer;

    @DynamicPropertySource
    static void pointTheComponentAtTheSimulator(DynamicPropertyRegistry registry) {
        registry.add("camel.component.koordinates.base-url", KOORDINATES::baseUrl);
        registry.add("koordinates.test.download-directory", downloads::toString);
    }

    @AfterAll
    static void stopSimulator() {
        KOORDINATES.close();
    }

    @Test
    void configuresTheComponentFromApplicationProperties() {
        KoordinatesComponent koordinates = camelContext.getComponent("koordinates", KoordinatesComponent.class);

        assertThat(koordinates.getConfiguration().getBaseUrl()).isEqualTo(KOORDINATES.baseUrl());
        assertThat(koordinates.getConfiguration().getMaxRetries()).isEqualTo(1);
        assertThat(koordinates.getConfiguration().getWaitTimeout()).hasMinutes(2);
    }

    @Test
    void runsTheYamlRoute() {
        Export export = producer.requestBody("direct:create-export", null, Export.class);

        assertThat(KOORDINATES.exports()).anySatisfy(created -> assertThat((long) created.id()).isEqualTo(export.id()));
    }

    @Test
    void runsTheJavaRoute() {
        File file = producer.requestBody("direct:export-airports", null, File.class);

        assertThat(file).exists().hasParent(downloads.toFile());
    }

    @Test
    void neverLogsTheApiKey(CapturedOutput output) {
        producer.requestBody("direct:create-export", (Object) null);

        // the application started and routed within this capture, at DEBUG for Camel and the component
        assertThat(output.getAll()).contains("koordinates-spring-boot-test").contains("Created export")
                .doesNotContain(API_KEY);
    }

    private static String applicationProperty(String name) {
        try {
            Properties properties = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
            return properties.getProperty(name);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
