package dev.camelfelt.felt;

import dev.camelfelt.felt.client.FeltApiException;
import dev.camelfelt.felt.client.FeltNotFoundException;
import dev.camelfelt.felt.client.FeltRateLimitException;
import dev.camelfelt.felt.client.FeltServerException;
import dev.camelfelt.felt.client.FeltUnauthorizedException;
import dev.camelfelt.felt.client.FeltValidationException;
import dev.camelfelt.felt.model.FeltError;
import dev.camelfelt.felt.model.FeltError.Source;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.camelfelt.felt.FeltJson.LAYER_GROUP_ID;
import static dev.camelfelt.felt.FeltJson.LAYER_ID;
import static dev.camelfelt.felt.FeltJson.MAP_ID;
import static dev.camelfelt.felt.FeltJson.errors;
import static org.assertj.core.api.Assertions.assertThat;

/** Felt's error statuses become exceptions a route can catch, carrying what Felt said. */
class ErrorResponsesTest extends FeltTestSupport {

    @Test
    void unauthorizedNamesTheAuthorizationHeader() throws Exception {
        String path = "/api/v2/maps/" + MAP_ID;
        felt.stubFor(get(urlEqualTo(path)).willReturn(jsonResponse(
                errors("Unauthorized", "Invalid API token", "{\"header\": \"authorization\"}"), 401)));

        FeltUnauthorizedException e = failure(call("felt:maps/get?mapId=" + MAP_ID), FeltUnauthorizedException.class);

        assertThat(e).hasMessage("GET " + path + ": 401 Unauthorized: Invalid API token (header authorization)");
        assertApiException(e, 401, "GET", path);
        assertThat(e.getErrors()).containsExactly(
                new FeltError("Unauthorized", "Invalid API token", new Source(null, null, "authorization")));
        assertThat(felt.getAllServeEvents()).hasSize(1);
    }

    @Test
    void forbiddenIsUnauthorizedToo() throws Exception {
        String path = "/api/v2/maps/" + MAP_ID + "/update";
        felt.stubFor(post(urlEqualTo(path)).willReturn(jsonResponse(
                errors("Forbidden", "This token cannot edit the map", "{\"header\": \"authorization\"}"), 403)));

        FeltUnauthorizedException e = failure(call("felt:maps/update?mapId=" + MAP_ID + "&title=Wildfires"),
                FeltUnauthorizedException.class);

        assertThat(e).hasMessage("POST " + path + ": 403 Forbidden: This token cannot edit the map"
                                 + " (header authorization)");
        assertApiException(e, 403, "POST", path);
        assertThat(felt.getAllServeEvents()).hasSize(1);
    }

    @Test
    void notFoundNamesTheParameter() throws Exception {
        String path = "/api/v2/maps/" + MAP_ID + "/duplicate";
        felt.stubFor(post(urlEqualTo(path)).willReturn(jsonResponse(
                errors("Not Found", "Map not found", "{\"parameter\": \"map_id\"}"), 404)));

        FeltNotFoundException e = failure(call("felt:maps/duplicate?mapId=" + MAP_ID + "&title=Copy"),
                FeltNotFoundException.class);

        assertThat(e).hasMessage("POST " + path + ": 404 Not Found: Map not found (parameter map_id)");
        assertApiException(e, 404, "POST", path);
        assertThat(e.getErrors()).containsExactly(
                new FeltError("Not Found", "Map not found", new Source(null, "map_id", null)));
        assertThat(felt.getAllServeEvents()).hasSize(1);
    }

    @Test
    void notFoundOnDelete() throws Exception {
        String path = "/api/v2/maps/" + MAP_ID;
        felt.stubFor(delete(urlEqualTo(path)).willReturn(jsonResponse(
                errors("Not Found", "Map not found", "{\"parameter\": \"map_id\"}"), 404)));

        FeltNotFoundException e = failure(call("felt:maps/delete?mapId=" + MAP_ID), FeltNotFoundException.class);

        assertThat(e).hasMessage("DELETE " + path + ": 404 Not Found: Map not found (parameter map_id)");
        assertThat(felt.getAllServeEvents()).hasSize(1);
    }

    @Test
    void validationErrorsNameTheirPointersAndAreAllKept() throws Exception {
        felt.stubFor(post(urlEqualTo("/api/v2/maps")).willReturn(jsonResponse("""
                {"errors": [
                  {"title": "Invalid value", "detail": "lat must be between -90 and 90",
                   "source": {"pointer": "/lat"}},
                  {"title": "Invalid value", "detail": "zoom must be between 0 and 23",
                   "source": {"pointer": "/zoom"}}
                ]}
                """, 422)));

        FeltValidationException e = failure(call("felt:maps/create?lat=123.4&zoom=30"),
                FeltValidationException.class);

        assertThat(e).hasMessage("POST /api/v2/maps: 422 Unprocessable Content: lat must be between -90 and 90"
                                 + " (pointer /lat); zoom must be between 0 and 23 (pointer /zoom)");
        assertApiException(e, 422, "POST", "/api/v2/maps");
        assertThat(e.getErrors()).containsExactly(
                new FeltError("Invalid value", "lat must be between -90 and 90", new Source("/lat", null, null)),
                new FeltError("Invalid value", "zoom must be between 0 and 23", new Source("/zoom", null, null)));
        assertThat(felt.getAllServeEvents()).hasSize(1);
    }

    @Test
    void rateLimitedAfterTheRetriesAreUsedUp() throws Exception {
        felt.stubFor(get(urlPathEqualTo("/api/v2/library")).willReturn(jsonResponse(
                errors("Too Many Requests", "Rate limit exceeded, slow down", "{\"pointer\": \"\"}"), 429)));

        FeltRateLimitException e = failure(call("felt:library/list?source=felt"), FeltRateLimitException.class);

        assertThat(e).hasMessage("GET /api/v2/library: 429 Too Many Requests:"
                                 + " Rate limit exceeded, slow down");
        assertApiException(e, 429, "GET", "/api/v2/library");
        assertThat(felt.getAllServeEvents()).hasSize(4);
        assertThat(retryWaits).hasSize(3);
    }

    @Test
    void serverErrorIsNotRetried() throws Exception {
        String path = "/api/v2/maps/" + MAP_ID + "/layer_groups/" + LAYER_GROUP_ID + "/publish";
        felt.stubFor(post(urlEqualTo(path)).willReturn(jsonResponse(
                errors("Internal Server Error", "Something went wrong", null), 500)));

        FeltServerException e = failure(call("felt:library/publishLayerGroup?mapId=" + MAP_ID
                                             + "&layerGroupId=" + LAYER_GROUP_ID), FeltServerException.class);

        assertThat(e).hasMessage("POST " + path + ": 500 Internal Server Error: Something went wrong");
        assertApiException(e, 500, "POST", path);
        assertThat(e.getErrors()).containsExactly(new FeltError("Internal Server Error", "Something went wrong", null));
        assertThat(felt.getAllServeEvents()).hasSize(1);
        assertThat(retryWaits).isEmpty();
    }

    @Test
    void serviceUnavailableAfterTheRetriesAreUsedUp() throws Exception {
        String path = "/api/v2/maps/" + MAP_ID + "/layers/" + LAYER_ID + "/get_export_link";
        felt.stubFor(get(urlEqualTo(path)).willReturn(jsonResponse(
                errors("Service Unavailable", "Exports are paused for maintenance", "{\"parameter\": \"layer_id\"}"),
                503)));

        FeltServerException e = failure(call("felt:export/link?mapId=" + MAP_ID + "&layerId=" + LAYER_ID),
                FeltServerException.class);

        assertThat(e).hasMessage("GET " + path + ": 503 Service Unavailable: Exports are paused for maintenance"
                                 + " (parameter layer_id)");
        assertApiException(e, 503, "GET", path);
        assertThat(felt.getAllServeEvents()).hasSize(4);
        assertThat(retryWaits).hasSize(3);
    }

    @Test
    void anErrorWithoutDetailsStillCarriesStatusAndPath() throws Exception {
        String path = "/api/v2/maps/" + MAP_ID;
        felt.stubFor(get(urlEqualTo(path)).willReturn(jsonResponse("{\"errors\": []}", 401)));

        FeltUnauthorizedException e = failure(call("felt:maps/get?mapId=" + MAP_ID), FeltUnauthorizedException.class);

        assertThat(e).hasMessage("GET " + path + ": 401 Unauthorized");
        assertThat(e.getErrors()).isEmpty();
    }

    private static void assertApiException(FeltApiException e, int status, String method, String path) {
        assertThat(e).isInstanceOf(FeltApiException.class);
        assertThat(e.getStatus()).isEqualTo(status);
        assertThat(e.getMethod()).isEqualTo(method);
        assertThat(e.getPath()).isEqualTo(path);
    }
}
