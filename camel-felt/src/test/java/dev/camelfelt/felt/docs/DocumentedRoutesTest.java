package dev.camelfelt.felt.docs;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import dev.camelfelt.felt.FeltComponent;
import dev.camelfelt.felt.FeltConstants;
import dev.camelfelt.felt.model.FeltMap;
import dev.camelfelt.felt.model.Layer;
import dev.camelfelt.felt.simulator.FeltSimulator;
import dev.camelfelt.felt.simulator.FeltSimulatorExtension;
import dev.camelfelt.felt.simulator.SeededMap;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Runs the routes the docs show, in each DSL they show them in, against the simulator. */
class DocumentedRoutesTest {

    @RegisterExtension
    static final FeltSimulatorExtension FELT =
            new FeltSimulatorExtension(FeltSimulator.builder().pollsUntilComplete(1));

    @TempDir
    Path exports;

    @TempDir
    Path state;

    @TempDir
    Path inbox;

    private CamelContext camel;

    @AfterEach
    void stopCamel() throws Exception {
        if (camel != null) {
            camel.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"java", "yaml", "xml"})
    void duplicatesAMapAndExportsOneOfItsLayers(String dsl) throws Exception {
        start(dsl.equals("java") ? new DocumentedRoutes.CopyParks() : null, "docs/copy-parks." + dsl);

        File geoJson = camel.createProducerTemplate().requestBody("direct:copy-parks", null, File.class);

        assertThat(geoJson).hasParent(exports.toFile());
        assertThat(geoJson.getName()).endsWith("City Parks.geojson");
        assertThat(FELT.simulator().customExports()).singleElement().satisfies(export -> {
            assertThat(export.outputFormat()).isEqualTo("geojson");
            assertThat(export.mapId()).isNotEqualTo(template().mapId());
        });
    }

    @Test
    void consumesTheExportsThatEndAndKeepsTrackOfThemInAFile() throws Exception {
        start(new DocumentedRoutes.ConsumeExports(), null);

        camel.createProducerTemplate().requestBody("felt:export/create?format=geojson&mapId=" + template().mapId()
                + "&layerId=" + template().layerId() + "&jobStore=#exportJobs", (Object) null);

        awaitAnExport();
        assertThat(state.resolve("felt-exports.state")).isNotEmptyFile();
    }

    @Test
    void uploadsTheFilesDroppedInAnInboxAsLayers() throws Exception {
        start(new DocumentedRoutes.UploadInbox(), null);

        Files.writeString(inbox.resolve("piers.geojson"), "{\"type\": \"FeatureCollection\", \"features\": [{\"type\":"
                + " \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [-122.39, 37.79]}, \"properties\": {}}]}");

        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(inbox.resolve(".uploaded/piers.geojson")));
        assertThat(FELT.simulator().map(template().mapId()).orElseThrow().layers())
                .filteredOn(layer -> layer.name().equals("piers")).singleElement()
                .satisfies(layer -> {
                    assertThat(layer.status()).isEqualTo("completed");
                    assertThat(layer.features()).hasSize(1);
                });
    }

    @Test
    void exportsNightlyAndConsumesTheExports() throws Exception {
        start(new DocumentedRoutes.NightlyExport(), null);

        awaitAnExport();
        assertThat(FELT.simulator().customExports()).singleElement()
                .satisfies(export -> assertThat(export.outputFormat()).isEqualTo("gpkg"));
    }

    @Test
    void exportsTheFeaturesAFilterKeeps() throws Exception {
        start(new DocumentedRoutes.SmallParks(), null);

        camel.createProducerTemplate().requestBodyAndHeaders("direct:small-parks", null, Map.of(
                FeltConstants.MAP_ID, template().mapId(), FeltConstants.LAYER_ID, template().layerId()), File.class);

        assertThat(FELT.simulator().customExports()).singleElement()
                .satisfies(export -> assertThat(export.filters()).containsExactly("acres", "lt", 50000));
    }

    @Test
    void publishesALayer() throws Exception {
        start(new DocumentedRoutes.Publish(), null);

        Layer layer = camel.createProducerTemplate().requestBodyAndHeaders("direct:publish", null, Map.of(
                FeltConstants.MAP_ID, template().mapId(), FeltConstants.LAYER_ID, template().layerId()), Layer.class);

        assertThat(layer.id()).isEqualTo(template().layerId());
    }

    @Test
    void createsAMapFromAMapBody() throws Exception {
        start(new DocumentedRoutes.CreateMap(), null);

        FeltMap map = camel.createProducerTemplate().requestBody("direct:create-map", null, FeltMap.class);

        assertThat(FELT.simulator().map(map.id())).hasValueSatisfying(created -> {
            assertThat(created.title()).isEqualTo("Field survey");
            assertThat(created.basemap()).isEqualTo("satellite");
        });
    }

    @Test
    void handlesAMissingMap() throws Exception {
        start(new DocumentedRoutes.ErrorHandling(), null);

        Exchange exchange = camel.createProducerTemplate().send("direct:get-map",
                e -> e.getMessage().setHeader(FeltConstants.MAP_ID, "NoSuchMap0000000000000"));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class))
                .hasMessageContaining("NoSuchMap0000000000000");
    }

    private void start(RoutesBuilder javaRoutes, String routesFile) throws Exception {
        FeltSimulator felt = FELT.simulator();
        camel = new DefaultCamelContext();
        FeltComponent component = camel.getComponent("felt", FeltComponent.class);
        component.getConfiguration().setBaseUrl(felt.baseUrl());
        component.getConfiguration().setApiToken(felt.token());
        Properties properties = new Properties();
        properties.put("template.map", template().mapId());
        properties.put("felt.map-id", template().mapId());
        properties.put("felt.layer-id", template().layerId());
        properties.put("felt.export-directory", exports.toString());
        properties.put("felt.inbox", inbox.toString());
        properties.put("felt.state-file", state.resolve("felt-exports.state").toString());
        // fast polls
        properties.put("felt.poll-delay", "50");
        camel.getPropertiesComponent().setInitialProperties(properties);
        if (javaRoutes != null) {
            camel.addRoutes(javaRoutes);
        } else {
            PluginHelper.getRoutesLoader(camel).loadRoutes(
                    PluginHelper.getResourceLoader(camel).resolveResource("classpath:" + routesFile));
        }
        camel.start();
    }

    private void awaitAnExport() {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            try (Stream<Path> files = Files.list(exports)) {
                return files.anyMatch(file -> !file.getFileName().toString().startsWith("."));
            } catch (IOException e) {
                return false;
            }
        });
    }

    private static SeededMap template() {
        return FELT.simulator().templateMap();
    }
}
