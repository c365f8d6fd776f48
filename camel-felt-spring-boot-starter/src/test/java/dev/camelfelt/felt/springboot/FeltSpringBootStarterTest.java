package dev.camelfelt.felt.springboot;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import dev.camelfelt.felt.FeltComponent;
import dev.camelfelt.felt.FeltConstants;
import dev.camelfelt.felt.model.FeltMap;
import dev.camelfelt.felt.simulator.FeltSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
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
 * Boots a Spring Boot application with the starter against the Felt simulator: the component is configured from
 * {@code application.properties}, a YAML route and a Java route call Felt, and the token is never logged.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(classes = FeltStarterTestApplication.class)
class FeltSpringBootStarterTest {

    private static final String TOKEN = applicationProperty("camel.component.felt.api-token");
    private static final FeltSimulator FELT = FeltSimulator.builder().token(TOKEN).pollsUntilComplete(1).build();
    @TempDir
    static Path downloads;

    @Autowired
    private CamelContext camelContext;

    @Autowired
    private ProducerTemplate producer;

    @DynamicPropertySource
    static void pointTheComponentAtTheSimulator(DynamicPropertyRegistry registry) {
        registry.add("camel.component.felt.base-url", FELT::baseUrl);
        registry.add("felt.test.download-directory", downloads::toString);
    }

    @AfterEach
    void contractHeld() {
        assertThat(FELT.contractViolations()).isEmpty();
    }

    @AfterAll
    static void stopSimulator() {
        FELT.close();
    }

    @Test
    void configuresTheComponentFromApplicationProperties() {
        FeltComponent felt = camelContext.getComponent("felt", FeltComponent.class);

        assertThat(felt.getConfiguration().getBaseUrl()).isEqualTo(FELT.baseUrl());
        assertThat(felt.getConfiguration().getMaxRetries()).isEqualTo(1);
        assertThat(felt.getConfiguration().getWaitTimeout()).hasMinutes(2);
    }

    @Test
    void runsTheYamlRoute() {
        String templateMap = FELT.templateMap().mapId();

        FeltMap copy = producer.requestBodyAndHeader("direct:duplicate-map", null, FeltConstants.MAP_ID, templateMap,
                FeltMap.class);

        assertThat(copy.id()).isNotEqualTo(templateMap);
        assertThat(FELT.map(copy.id())).hasValueSatisfying(map -> assertThat(map.title()).isEqualTo("Parks from YAML"));
    }

    @Test
    void runsTheJavaRoute() {
        File geoJson = producer.requestBodyAndHeaders("direct:export-parks", null, Map.of(
                FeltConstants.MAP_ID, FELT.templateMap().mapId(), FeltConstants.LAYER_ID, FELT.templateMap().layerId()),
                File.class);

        // named after the export too, so that two exports of the same layer never overwrite each other
        assertThat(FELT.customExports()).singleElement().satisfies(export -> {
            assertThat(export.outputFormat()).isEqualTo("geojson");
            assertThat(geoJson).exists().hasName(export.id() + "-City Parks.geojson").hasParent(downloads.toFile());
        });
    }

    @Test
    void neverLogsTheToken(CapturedOutput output) {
        producer.requestBodyAndHeader("direct:duplicate-map", null, FeltConstants.MAP_ID, FELT.templateMap().mapId());

        // the application started and routed within this capture, at DEBUG for Camel and the component
        assertThat(output.getAll()).contains("felt-spring-boot-test").contains("Duplicated the map as")
                .doesNotContain(TOKEN);
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
