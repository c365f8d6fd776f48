package dev.camelfelt.koordinates.docs;

import dev.camelfelt.koordinates.KoordinatesComponent;
import dev.camelfelt.koordinates.model.Export;
import dev.camelfelt.koordinates.simulator.KoordinatesSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The simulator set-up that docs/koordinates-component.adoc shows, in a test. */
class SimulatorSnippetTest {

    // tag::extension[]
    @RegisterExtension
    static final KoordinatesSimulatorExtension KOORDINATES = new KoordinatesSimulatorExtension();
    // end::extension[]

    @Test
    void pointsTheComponentAtTheSimulator() throws Exception {
        try (CamelContext camel = new DefaultCamelContext()) {
            KoordinatesComponent component = camel.getComponent("koordinates", KoordinatesComponent.class);
            // tag::point-component[]
            component.getConfiguration().setBaseUrl(KOORDINATES.simulator().baseUrl());
            component.getConfiguration().setApiKey(KOORDINATES.simulator().apiKey());
            // end::point-component[]
            camel.start();

            Export export = camel.createProducerTemplate()
                    .requestBody("koordinates:exports/create?items=50804&format=kml", null, Export.class);

            assertThat(KOORDINATES.simulator().exports()).singleElement()
                    .satisfies(created -> assertThat((long) created.id()).isEqualTo(export.id()));
        }
    }
}
