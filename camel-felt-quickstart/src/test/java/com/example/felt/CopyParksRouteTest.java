package com.example.felt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

import dev.camelfelt.felt.simulator.FeltSimulator;
import dev.camelfelt.felt.simulator.FeltSimulatorExtension;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Runs the application's YAML routes and application.properties against the Felt simulator. */
class CopyParksRouteTest {

    @RegisterExtension
    static final FeltSimulatorExtension FELT =
            new FeltSimulatorExtension(FeltSimulator.builder().pollsUntilComplete(1));

    @TempDir
    Path exports;

    private Optional<Path> parks() throws IOException {
        try (Stream<Path> files = Files.list(exports)) {
            return files.filter(file -> file.getFileName().toString().endsWith("City Parks.geojson")).findFirst();
        }
    }

    @Test
    void copiesTheTemplateMapAndExportsItsParks() throws Exception {
        FeltSimulator felt = FELT.simulator();
        Main main = new Main();
        // the simulator instead of felt.com, and fast polls
        main.addOverrideProperty("camel.component.felt.base-url", felt.baseUrl());
        main.addOverrideProperty("camel.component.felt.api-token", felt.token());
        main.addOverrideProperty("felt.template-map-id", felt.templateMap().mapId());
        main.addOverrideProperty("felt.export-directory", exports.toString());
        main.addOverrideProperty("felt.poll-delay", "10");
        main.start();
        try {
            // the file is named after the export and the layer: <export id>-City Parks.geojson
            await().atMost(Duration.ofSeconds(30)).until(() -> parks().isPresent());

            assertThat(Files.readString(parks().orElseThrow())).contains("FeatureCollection");
            assertThat(felt.customExports()).singleElement().satisfies(export -> {
                assertThat(export.outputFormat()).isEqualTo("geojson");
                assertThat(export.mapId()).isNotEqualTo(felt.templateMap().mapId());
            });
        } finally {
            main.stop();
        }
    }
}
