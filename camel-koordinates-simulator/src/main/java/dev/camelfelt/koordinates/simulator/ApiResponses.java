package dev.camelfelt.koordinates.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/** Builds the simulator's API responses. */
final class ApiResponses {

    private static final String JSON_CONTENT_TYPE = "application/json";

    private ApiResponses() {
    }

    static ResponseDefinition ok(JsonNode body) {
        return json(200, body);
    }

    static ResponseDefinition json(int status, JsonNode body) {
        return builder(status, body).build();
    }

    static ResponseDefinitionBuilder builder(int status, JsonNode body) {
        try {
            return ResponseDefinitionBuilder.responseDefinition()
                    .withStatus(status)
                    .withHeader("Content-Type", JSON_CONTENT_TYPE)
                    .withBody(Json.MAPPER.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a response body", e);
        }
    }

    static ResponseDefinition error(int status, String message) {
        return json(status, Json.MAPPER.createObjectNode().put("error", message));
    }

    static ResponseDefinition redirect(String location) {
        return ResponseDefinitionBuilder.responseDefinition().withStatus(302).withHeader("Location", location).build();
    }
}
