package dev.camelfelt.koordinates;

import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.FailedToCreateRouteException;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad input fails with a message naming the option or header, before any call. */
class InputValidationTest extends KoordinatesTestSupport {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "koordinates:exports/get|koordinates:exports/get needs exportId: set the exportId option or the"
            + " CamelKoordinatesExportId header",
            "koordinates:exports/get?exportId=abc|The exportId of koordinates:exports/get must be a number, not 'abc'",
            "koordinates:cropFeatures/get?cropLayerId=2|koordinates:cropFeatures/get needs cropFeatureId: set the"
            + " cropFeatureId option or the CamelKoordinatesCropFeatureId header",
            "koordinates:exports/create?formats=vector:gpkg|koordinates:exports/create needs items: set the items option to"
            + " layer or table IDs or URLs, or send an export request as the body",
            "koordinates:exports/create?items=50772|koordinates:exports/create needs formats: set the format option"
            + " (one of shp, gpkg, csv, kml, filegdb, mapinfo, mif, dwg, pdf, geotiff, jpeg, jp2, jp2_lossless, kea,"
            + " erdas, aaigrid) or formats, e.g. vector:application/x-zipped-shp,table:text/csv",
            "koordinates:exports/validate?items=50772&format=kml&extent=442|The extent option names crop feature 442"
            + " but no crop layer: write cropLayerId/cropFeatureId, or set the cropLayerId option or the"
            + " CamelKoordinatesCropLayerId header",
            "koordinates:exports/validate?items=50772&format=kml&extent=Canterbury|The extent option must be GeoJSON, a"
            + " crop feature URL or a crop feature ID, not 'Canterbury'" })
    void failsBeforeAnyCall(String uri, String message) throws Exception {
        Exchange exchange = call(uri, null, Map.of());

        assertThat(failure(exchange, IllegalArgumentException.class)).hasMessage(message);
        assertThat(apiRequests()).isEmpty();
    }

    @Test
    void aRouteWithoutAKeyDoesNotStart() {
        KoordinatesComponent component = context.getComponent("koordinates", KoordinatesComponent.class);
        component.getConfiguration().setApiKey(null);

        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:nokey").to("koordinates:exports/list");
            }
        })).isInstanceOf(FailedToCreateRouteException.class).rootCause()
                .hasMessage("No Koordinates API key: set the apiKey option or the KOORDINATES_API_KEY environment"
                            + " variable");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "koordinates:exports/list?baseUrl=&host=|No Koordinates site: set the host option (e.g. data.linz.govt.nz)"
            + " or the baseUrl option (e.g. http://127.0.0.1:8080)",
            "koordinates:exports/list?baseUrl=&host=https://data.linz.govt.nz|The host option is a host name such as"
            + " data.linz.govt.nz, not 'https://data.linz.govt.nz'; use baseUrl for a scheme or port",
            "koordinates:exports/frobnicate|Unknown koordinates operation exports/frobnicate; valid ones are"
            + " exports/list, exports/get, exports/create, exports/validate, exports/cancel, exports/formats,"
            + " cropLayers/list, cropLayers/get, cropFeatures/list, cropFeatures/get, export",
            "koordinates:export?items=50772&format=geotiff&rasterResolutionMultiplier=17|The rasterResolutionMultiplier"
            + " option must be 1 to 16, not 17",
            "koordinates:export?items=50772&format=pdf&pageSize=a5|The pageSize option cannot be a5: use one of a4, a3,"
            + " letter",
            "koordinates:exports/create?items=50772&format=gpkg&formats=vector:text/csv|Set the format or the formats"
            + " option of koordinates:exports/create, not both",
            "koordinates:exports/validate?format=geopdf|Unknown export format 'geopdf'; known ones are shp, gpkg, csv,"
            + " kml, filegdb, mapinfo, mif, dwg, pdf, geotiff, jpeg, jp2, jp2_lossless, kea, erdas, aaigrid",
            "koordinates:exports/validate?items=layer-1|The items option has 'layer-1', which is neither a layer ID,"
            + " tables/<id> nor an API URL",
            "koordinates:exports/get?exportId=1&waitTimeout=0s|The waitTimeout option of koordinates:exports/get must"
            + " be positive, not PT0S",
            "koordinates:export?items=50772&format=kml&extent=RAW({\"type\": \"Point\", \"coordinates\": [172.5,"
            + " -43.5]})|The extent option must be a GeoJSON Polygon or MultiPolygon or a crop feature URL, not a Point" })
    void aBadEndpointDoesNotStart(String uri, String message) {
        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:bad").to(uri);
            }
        })).isInstanceOf(FailedToCreateRouteException.class).rootCause().hasMessage(message);
    }

    @Test
    void theHostGivesTheSitesApiRoot() throws Exception {
        KoordinatesEndpoint endpoint = context.getEndpoint("koordinates:exports/list?baseUrl=&host=data.linz.govt.nz",
                KoordinatesEndpoint.class);

        assertThat(endpoint.getServiceUrl()).isEqualTo("https://data.linz.govt.nz/services/api/v1");
    }
}
