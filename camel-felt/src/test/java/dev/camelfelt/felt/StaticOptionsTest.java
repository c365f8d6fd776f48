package dev.camelfelt.felt;

import org.apache.camel.FailedToCreateRouteException;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.camelfelt.felt.FeltJson.LAYER_ID;
import static dev.camelfelt.felt.FeltJson.MAP_ID;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Options that are wrong whatever the exchange keep the route from starting, with a message naming them. */
class StaticOptionsTest extends FeltTestSupport {

    private static final String IDS = "mapId=" + MAP_ID + "&layerId=" + LAYER_ID;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "export?format=shp | The format option of felt:export cannot be shp: use one of csv, gpkg, geojson,"
                                 + " geotiff, pmtiles",
            "export/create?format=SHP | The format option of felt:export/create cannot be SHP: use one of csv, gpkg,"
                                        + " geojson, geotiff, pmtiles",
            "library/list?source=everything | The source option of felt:library/list cannot be everything: use one of"
                                              + " workspace, felt, all",
            "maps/create?publicAccess=public | The publicAccess option of felt:maps/create cannot be public: use one"
                                               + " of private, view_only, view_and_comment, view_comment_and_edit" })
    void anEnumOptionOutsideItsValuesNamesTheOptionAndListsThem(String uri, String message) {
        assertThatThrownBy(() -> context.getEndpoint("felt:" + uri + "&" + IDS))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .rootCause()
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
        assertNoRequests();
    }

    @ParameterizedTest
    @ValueSource(strings = { "format=GeoJSON", "format=gpkg" })
    void anEnumValueIsAcceptedInAnyCase(String format) throws Exception {
        route("felt:export?" + IDS + "&" + format);

        assertNoRequests();
    }

    @ParameterizedTest
    @ValueSource(strings = { "acres lt 50000", "{\"acres\": 50000}" })
    void filtersThatAreNotAJsonArrayKeepTheRouteFromStarting(String filters) {
        assertThatThrownBy(() -> route("felt:export?" + IDS + "&format=geojson&filters=RAW(" + filters + ")"))
                .isInstanceOf(FailedToCreateRouteException.class)
                .rootCause()
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The filters option must be a JSON array such as [\"acres\",\"lt\",50000]");
        assertNoRequests();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "export?waitTimeout=0s | The waitTimeout option of felt:export must be positive, not PT0S",
            "export?waitMaxDelay=0ms | The waitMaxDelay option of felt:export must be positive, not PT0S",
            "export?waitBackoffMultiplier=0.5 | The waitBackoffMultiplier option of felt:export must be at least 1, not 0.5",
            "export?maxRedeliveries=0 | The maxRedeliveries option of felt:export must be at least 1, not 0",
            "export?leaseDuration=0s | The leaseDuration option of felt:export must be positive, not PT0S",
            "maps/get?responseTimeout=0s | The responseTimeout option of felt:maps/get must be positive, not PT0S",
            "maps/get?maxRetries=-1 | The maxRetries option of felt:maps/get must be at least 0, not -1",
            "export?downloadAttempts=0 | The downloadAttempts option of felt:export must be at least 1, not 0" })
    void aDurationOrACountOutOfRangeKeepsTheRouteFromStarting(String uri, String message) {
        assertThatThrownBy(() -> route("felt:" + uri + "&" + IDS + "&format=csv"))
                .isInstanceOf(FailedToCreateRouteException.class)
                .rootCause()
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
        assertNoRequests();
    }
}
