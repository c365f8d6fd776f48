package dev.camelfelt.koordinates;

import java.time.Duration;

import dev.camelfelt.koordinates.export.KoordinatesExportGoneException;
import dev.camelfelt.koordinates.simulator.KoordinatesSimulator;
import dev.camelfelt.koordinates.simulator.KoordinatesSimulatorExtension;
import dev.camelfelt.koordinates.simulator.SimulatedExport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An export whose lifetime is over before it is downloaded: the simulator's exports here live for no time at all, so
 * the poll that finds one complete is the last moment it exists, and the download that follows finds it gone.
 */
class ExportLifetimeTest extends CamelTestSupport {

    private static final String API = "/services/api/v1";

    @RegisterExtension
    static final KoordinatesSimulatorExtension KOORDINATES = new KoordinatesSimulatorExtension(
            KoordinatesSimulator.builder().pollsUntilComplete(2).exportLifetime(Duration.ZERO));

    @Override
    protected void bindToRegistry(Registry registry) {
        KoordinatesComponent component = new KoordinatesComponent();
        component.getConfiguration().setBaseUrl(KOORDINATES.simulator().baseUrl());
        component.getConfiguration().setApiKey(KOORDINATES.simulator().apiKey());
        registry.bind("koordinates", component);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:export").to("koordinates:export?items=50772&crs=EPSG:2193&format=gpkg"
                                         + "&waitInitialDelay=5&waitDelay=5&waitBackoffMultiplier=1").to("mock:downloaded");
            }
        };
    }

    @Test
    void anExportGoneBeforeItIsDownloadedFailsWithItsId() throws Exception {
        getMockEndpoint("mock:downloaded").expectedMessageCount(0);

        Exchange exchange = template.send("direct:export", e -> { });

        SimulatedExport export = KOORDINATES.simulator().exports().get(0);
        assertThat(exchange.getException()).isInstanceOf(KoordinatesExportGoneException.class);
        KoordinatesExportGoneException gone = (KoordinatesExportGoneException) exchange.getException();
        assertThat(gone.getExportId()).isEqualTo(export.id());
        assertThat(gone.getMessage()).isEqualTo("Koordinates export " + export.id() + " cannot be downloaded any more:"
                                                + " GET " + API + "/exports/" + export.id() + "/download/ failed"
                                                + " with HTTP 410: {\"error\":\"The export has expired or been"
                                                + " removed.\"}");
        assertThat(export.state()).isEqualTo("gone");
        assertThat(export.polls()).isEqualTo(2);
        var api = KOORDINATES.simulator().wireMock();
        api.verify(1, postRequestedFor(urlEqualTo(API + "/exports/validate/")));
        api.verify(1, postRequestedFor(urlEqualTo(API + "/exports/")));
        api.verify(2, getRequestedFor(urlEqualTo(API + "/exports/" + export.id() + "/")));
        // asked for once: a gone export is not asked for again
        api.verify(1, getRequestedFor(urlEqualTo(API + "/exports/" + export.id() + "/download/")));
        KOORDINATES.simulator().storage().verify(0, anyRequestedFor(anyUrl()));
        assertThat(KOORDINATES.simulator().downloadsServed()).isZero();
        getMockEndpoint("mock:downloaded").assertIsSatisfied();
    }
}
