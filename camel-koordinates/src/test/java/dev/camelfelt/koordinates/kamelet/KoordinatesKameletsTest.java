package dev.camelfelt.koordinates.kamelet;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import dev.camelfelt.koordinates.KoordinatesConstants;
import dev.camelfelt.koordinates.model.Export;
import dev.camelfelt.koordinates.simulator.KoordinatesSimulator;
import dev.camelfelt.koordinates.simulator.KoordinatesSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Message;
import org.apache.camel.component.kamelet.KameletComponent;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs a YAML route through each Kamelet of the camel-koordinates jar against the simulator. */
class KoordinatesKameletsTest {

    @RegisterExtension
    static final KoordinatesSimulatorExtension KOORDINATES = new KoordinatesSimulatorExtension(
            KoordinatesSimulator.builder().pollsUntilComplete(1));

    @TempDir
    Path downloads;

    private KoordinatesSimulator simulator;
    private CamelContext camel;

    @BeforeEach
    void startRoutes() throws Exception {
        simulator = KOORDINATES.simulator();
        camel = new DefaultCamelContext();
        camel.getComponent("kamelet", KameletComponent.class).setLocation("classpath:kamelets");
        Properties properties = new Properties();
        properties.setProperty("koordinates.base-url", simulator.baseUrl());
        properties.setProperty("koordinates.api-key", simulator.apiKey());
        properties.setProperty("koordinates.download-directory", downloads.toString());
        camel.getPropertiesComponent().setOverrideProperties(properties);
        PluginHelper.getRoutesLoader(camel).loadRoutes(
                ResourceHelper.resolveMandatoryResource(camel, "classpath:kamelet/koordinates-kamelet-routes.yaml"));
        camel.start();
    }

    @AfterEach
    void stopRoutes() {
        camel.stop();
    }

    @Test
    void exportActionDownloadsTheCroppedLayerIntoTheDirectory() throws Exception {
        MockEndpoint exported = camel.getEndpoint("mock:exported", MockEndpoint.class);
        exported.expectedMessageCount(1);

        // the incoming body is not a request for Koordinates: the Kamelet sends its properties instead
        camel.createProducerTemplate().sendBody("direct:export", "a message from an earlier step");

        exported.assertIsSatisfied();
        Message message = exported.getReceivedExchanges().get(0).getMessage();
        File file = message.getBody(File.class);
        assertThat(file.toPath()).isEqualTo(downloads.resolve("kx-canterbury-airports-nz-airports.geojson"));
        assertThat(Files.readString(file.toPath())).contains("Hokitika").doesNotContain("Auckland");
        assertThat(simulator.exports()).singleElement().satisfies(export -> {
            assertThat((long) export.id()).isEqualTo(message.getHeader(KoordinatesConstants.EXPORT_ID));
            assertThat(export.layerIds()).containsExactly(50772);
        });
    }

    @Test
    void exportSourceEmitsTheExportCreatedWithExportsCreateOnceItCompleted() throws Exception {
        MockEndpoint ended = camel.getEndpoint("mock:ended", MockEndpoint.class);
        ended.expectedMessageCount(1);

        Export created = camel.createProducerTemplate().requestBody("koordinates:exports/create?items=50804&format=kml"
                + "&baseUrl=" + simulator.baseUrl() + "&apiKey=" + simulator.apiKey(), null, Export.class);

        ended.assertIsSatisfied();
        Message message = ended.getReceivedExchanges().get(0).getMessage();
        assertThat(message.getHeader(KoordinatesConstants.EXPORT_ID)).isEqualTo(created.id());
        assertThat(message.getHeader(KoordinatesConstants.EXPORT_STATE)).isEqualTo("complete");
        assertThat(message.getBody(File.class).toPath()).isEqualTo(downloads.resolve("kx-chatham-islands-huts-KML.zip"));
    }
}
