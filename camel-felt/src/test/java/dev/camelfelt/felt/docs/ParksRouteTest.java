package dev.camelfelt.felt.docs;

import java.io.File;
import java.nio.file.Path;

import dev.camelfelt.felt.FeltComponent;
import dev.camelfelt.felt.simulator.FeltSimulator;
import dev.camelfelt.felt.simulator.FeltSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

// tag::parks-test[]
class ParksRouteTest {

    // tag::extension[]
    @RegisterExtension
    static final FeltSimulatorExtension FELT =
            new FeltSimulatorExtension(FeltSimulator.builder().pollsUntilComplete(1));
    // end::extension[]

    @TempDir
    Path downloads;

    @Test
    void exportsTheParks() throws Exception {
        try (CamelContext camel = new DefaultCamelContext()) {
            // tag::point-component[]
            FeltSimulator felt = FELT.simulator();
            FeltComponent component = camel.getComponent("felt", FeltComponent.class);
            component.getConfiguration().setBaseUrl(felt.baseUrl());
            component.getConfiguration().setApiToken(felt.token());
            // end::point-component[]
            camel.start();

            File geoJson = camel.createFluentProducerTemplate()
                    .to("felt:export?format=geojson&unzip=true&downloadDirectory=" + downloads
                        + "&mapId=" + felt.templateMap().mapId() + "&layerId=" + felt.templateMap().layerId())
                    .request(File.class);

            assertThat(geoJson).exists();
            assertThat(geoJson.getName()).endsWith("City Parks.geojson");
            assertThat(felt.customExports()).singleElement()
                    .satisfies(export -> assertThat(export.outputFormat()).isEqualTo("geojson"));
        }
    }
}
// end::parks-test[]
