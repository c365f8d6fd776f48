package dev.camelfelt.felt.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/** Builds the simulator's API responses: JSON bodies and Felt's error shapes. */
final class ApiResponses {

    private static final String JSON_CONTENT_TYPE = "application/json; charset=utf-8";

    private ApiResponses() {
    }

    /** Returns a 200 response with a JSON body. */
    static ResponseDefinition ok(JsonNode body) {
        return json(200, body);
    }

    /** Returns a 202 response with a JSON body, as Felt answers work it finishes later. */
    static ResponseDefinition accepted(JsonNode body) {
        return json(202, body);
    }

    /** Returns a 204 response without a body. */
    static ResponseDefinition noContent() {
        return ResponseDefinitionBuilder.responseDefinition().withStatus(204).build();
    }

    /** Returns a 401 {@code UnauthorizedError} pointing at the authorization header. */
    static ResponseDefinition unauthorized(String detail) {
        return json(401, error("Unauthorized", detail, "header", "authorization"));
    }

    /** Returns a 404 {@code NotFoundError} naming the path parameter that matched nothing. */
    static ResponseDefinition notFound(String parameter, String detail) {
        return json(404, error("Not Found", detail, "parameter", parameter));
    }

    /** Returns a 422 {@code JsonErrorResponse} pointing at the offending part of the request. */
    static ResponseDefinition unprocessable(String pointer, String detail) {
        return json(422, error("Invalid value", detail, "pointer", pointer));
    }

    /** Returns a 500 {@code InternalServerError}. */
    static ResponseDefinition internalServerError(String detail) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.putArray("errors").addObject().put("title", "Internal Server Error").put("detail", detail);
        return json(500, body);
    }

    private static ObjectNode error(String title, String detail, String sourceField, String sourceValue) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        ObjectNode error = body.putArray("errors").addObject();
        error.put("title", title);
        error.put("detail", detail);
        error.putObject("source").put(sourceField, sourceValue);
        return body;
    }

    private static ResponseDefinition json(int status, JsonNode body) {
        try {
            return ResponseDefinitionBuilder.responseDefinition()
                    .withStatus(status)
                    .withHeader("Content-Type", JSON_CONTENT_TYPE)
                    .withBody(Json.MAPPER.writeValueAsString(body))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a response body", e);
        }
    }
}
