package dev.camelfelt.koordinates.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/** Ends a request with an error response. */
final class ApiError extends RuntimeException {

    private final transient ResponseDefinition response;

    private ApiError(ResponseDefinition response, String message) {
        super(message, null, false, false);
        this.response = response;
    }

    /** A 400 with Django REST Framework's field errors, e.g. {@code {"crs": ["This field is required."]}}. */
    static ApiError badRequest(String field, String message) {
        return new ApiError(ApiResponses.json(400, Json.MAPPER.createObjectNode().set(field,
                Json.MAPPER.createArrayNode().add(message))), message);
    }

    /** A 400 whose body is the given document, e.g. a failed validation. */
    static ApiError badRequest(JsonNode body) {
        return new ApiError(ApiResponses.json(400, body), body.toString());
    }

    /** A response in Koordinates' usual error form {@code {"error": "..."}}. */
    static ApiError of(int status, String message) {
        return new ApiError(ApiResponses.error(status, message), message);
    }

    ResponseDefinition response() {
        return response;
    }
}
