package dev.camelfelt.felt.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.Map;
import java.util.Optional;

/** A Felt API request as the operation handlers see it: path parameters, query, JSON body and the URLs to hand out. */
record ApiRequest(LoggedRequest raw, Map<String, String> pathParameters, JsonNode body, FeltUrls urls) {

    /** Wraps a request whose body has already been checked to be a JSON object, if present. */
    static ApiRequest of(LoggedRequest raw, Map<String, String> pathParameters) {
        String text = raw.getBodyAsString();
        try {
            JsonNode body = text == null || text.isBlank() ? Json.MAPPER.createObjectNode() : Json.MAPPER.readTree(text);
            return new ApiRequest(raw, Map.copyOf(pathParameters), body, new FeltUrls(baseUrl(raw)));
        } catch (JsonProcessingException e) {
            throw FeltApiError.unprocessable("/", "The request body is not JSON: " + e.getOriginalMessage());
        }
    }

    /** Returns a path parameter. */
    String pathParameter(String name) {
        return pathParameters.get(name);
    }

    /** Returns the first value of a query parameter, if it was given. */
    Optional<String> queryParameter(String name) {
        QueryParameter parameter = raw.queryParameter(name);
        return parameter.isPresent() ? Optional.of(parameter.firstValue()) : Optional.empty();
    }

    /** Returns a string field of the body, or {@code null} when it is absent or null. */
    String text(String field) {
        JsonNode value = body.path(field);
        return value.isTextual() ? value.asText() : null;
    }

    /** Returns a number field of the body, or {@code null} when it is absent or null. */
    Double number(String field) {
        JsonNode value = body.path(field);
        return value.isNumber() ? value.asDouble() : null;
    }

    /** Returns an object field of the body converted to the given type, or {@code null} when it is absent. */
    <T> T object(String field, Class<T> type) {
        JsonNode value = body.path(field);
        return value.isObject() ? Json.MAPPER.convertValue(value, type) : null;
    }

    /** Derives the base URL from the address the client used, as a server behind its own host name would. */
    private static String baseUrl(LoggedRequest raw) {
        return raw.getScheme() + "://" + raw.getHost() + ":" + raw.getPort();
    }
}
