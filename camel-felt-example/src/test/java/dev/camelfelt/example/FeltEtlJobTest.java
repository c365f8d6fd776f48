package dev.camelfelt.example;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelfelt.felt.client.FeltNotFoundException;
import dev.camelfelt.felt.simulator.ExportStatus;
import dev.camelfelt.felt.simulator.FeltLayer;
import dev.camelfelt.felt.simulator.FeltMap;
import dev.camelfelt.felt.simulator.FeltSimulator;
import dev.camelfelt.felt.simulator.FeltSimulatorExtension;
import dev.camelfelt.felt.simulator.SeededMap;
import org.apache.camel.FailedToCreateRouteException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Runs the ETL of each DSL against the simulator and checks what it left there and on disk. */
class FeltEtlJobTest {

    @RegisterExtension
    static final FeltSimulatorExtension FELT =
            new FeltSimulatorExtension(FeltSimulator.builder().pollsUntilComplete(1));

    @TempDir
    Path exports;

    /** Each DSL on its own runtime, and the Java and YAML DSLs in a Spring Boot application as well. */
    static Stream<Arguments> variants() {
        return Stream.of(
                Arguments.of(RouteDsl.JAVA, false),
                Arguments.of(RouteDsl.YAML, false),
                Arguments.of(RouteDsl.SPRING, false),
                Arguments.of(RouteDsl.JAVA, true),
                Arguments.of(RouteDsl.YAML, true));
    }

    @ParameterizedTest(name = "{0}, Spring Boot: {1}")
    @MethodSource("variants")
    void copiesTheTemplateMapExportsItsLayerAndPublishesIt(RouteDsl dsl, boolean springBoot) throws Exception {
        FeltSimulator simulator = FELT.simulator();
        SeededMap template = simulator.templateMap();

        EtlSummary summary;
        try (CapturedLog log = CapturedLog.open()) {
            summary = job(FeltTarget.simulator(simulator), dsl, springBoot).run();
            assertThat(log.lines()).anyMatch(line -> line.contains("Felt ETL done"))
                    .noneMatch(line -> line.contains(simulator.token()));
        }

        FeltMap copy = simulator.map(summary.newMapId()).orElseThrow();
        assertThat(copy.id()).isNotEqualTo(template.mapId());
        assertThat(copy.title()).isEqualTo("ETL copy of the template map");
        assertThat(copy.layer(summary.layerId())).map(FeltLayer::name).contains(template.layerName());

        assertThat(simulator.customExports()).singleElement().satisfies(export -> {
            assertThat(export.mapId()).isEqualTo(copy.id());
            assertThat(export.layerId()).isEqualTo(summary.layerId());
            assertThat(export.outputFormat()).isEqualTo("geojson");
            assertThat(export.status()).isEqualTo(ExportStatus.COMPLETED);
        });
        assertThat(summary.exportId()).isEqualTo(simulator.customExports().get(0).id());

        assertThat(summary.file()).isEqualTo(exports.resolve(copy.id())
                .resolve(summary.exportId() + "-" + template.layerName() + ".geojson"));
        JsonNode geoJson = new ObjectMapper().readTree(summary.file().toFile());
        assertThat(geoJson.path("type").asText()).isEqualTo("FeatureCollection");
        assertThat(geoJson.path("features")).hasSize(template.featureCount());
        assertThat(summary.featureCount()).isEqualTo(template.featureCount());
        assertThat(summary.fileSize()).isEqualTo(summary.file().toFile().length());

        simulator.wireMock().verify(1, postRequestedFor(urlPathEqualTo(
                "/api/v2/maps/" + copy.id() + "/layers/" + summary.layerId() + "/publish")));

        // the exported file went back into the copy as a new layer, which Felt processed
        assertThat(simulator.storage().uploads()).singleElement().satisfies(upload -> {
            assertThat(upload.mapId()).isEqualTo(copy.id());
            assertThat(upload.fileName()).isEqualTo(summary.file().getFileName().toString());
            assertThat(upload.content()).isEqualTo(Files.readAllBytes(summary.file()));
        });
        FeltLayer uploaded = simulator.map(copy.id()).orElseThrow().layer(summary.uploadedLayerId()).orElseThrow();
        assertThat(uploaded.name()).isEqualTo("Round trip of the exported layer");
        assertThat(uploaded.status()).isEqualTo("completed");
        assertThat(uploaded.features()).hasSize(template.featureCount());
        assertThat(summary.uploadedLayerStatus()).isEqualTo("completed");
        assertThat(simulator.contractViolations()).isEmpty();
    }

    @ParameterizedTest(name = "{0}, Spring Boot: {1}")
    @MethodSource("variants")
    void failsWithFeltsAnswerWhenTheTemplateMapDoesNotExist(RouteDsl dsl, boolean springBoot) {
        FeltSimulator simulator = FELT.simulator();
        FeltTarget target = FeltTarget.simulator(simulator);
        FeltTarget missingMap = new FeltTarget(target.description(), target.baseUrl(), target.apiToken(),
                "NoSuchMap0000000000000", target.layerId());

        try (CapturedLog log = CapturedLog.open()) {
            assertThatThrownBy(() -> job(missingMap, dsl, springBoot).run())
                    .isInstanceOf(FeltNotFoundException.class)
                    .hasMessageContaining("NoSuchMap0000000000000");
            // reporting the failure is left to the application
            assertThat(log.warningsAndErrors()).isEmpty();
        }
        assertThat(simulator.customExports()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(RouteDsl.class)
    void failsWithCamelsAnswerWhenTheRouteCannotStart(RouteDsl dsl) {
        FeltTarget target = FeltTarget.simulator(FELT.simulator());
        FeltEtlJob job = new FeltEtlJob(target, dsl,
                Map.of("felt.export-directory", exports.toString(), "felt.copy-title", "{{no.such.setting}}"));

        try (CapturedLog log = CapturedLog.open()) {
            assertThatThrownBy(job::run)
                    .isInstanceOf(FailedToCreateRouteException.class)
                    .hasMessageContaining("no.such.setting");
            assertThat(log.warningsAndErrors()).isEmpty();
        }
    }

    @Test
    void theSpringXmlRouteDoesNotRunInSpringBoot() {
        assertThatThrownBy(() -> job(FeltTarget.simulator(FELT.simulator()), RouteDsl.SPRING, true).run())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The Spring XML route runs in a Spring context of its own: with --spring-boot use"
                        + " --dsl=java or --dsl=yaml");
    }

    private FeltEtlJob job(FeltTarget target, RouteDsl dsl, boolean springBoot) {
        return new FeltEtlJob(target, dsl, springBoot, Map.of("felt.export-directory", exports.toString()));
    }
}
