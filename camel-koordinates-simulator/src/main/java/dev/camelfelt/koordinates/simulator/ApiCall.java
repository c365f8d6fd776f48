package dev.camelfelt.koordinates.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import java.util.Optional;

/** A request as the handlers see it: the numbers in its path, its query, its JSON body and the URLs to hand out. */
record ApiCall(LoggedRequest raw, List<Integer> pathIds, ApiUrls urls) {

    static ApiCall of(LoggedRequest raw, List<Integer> pathIds) {
        return new ApiCall(raw, List.copyOf(pathIds),
                ApiUrls.of(raw.getScheme() + "://" + raw.getHost() + ":" + raw.getPort()));
    }

    int id(int index) {
        return pathIds.get(index);
    }

    Optional<String> query(String name) {
        QueryParameter parameter = raw.queryParameter(name);
        return parameter.isPresent() ? Optional.of(parameter.firstValue()) : Optional.empty();
    }

    JsonNode body() {
        String text = raw.getBodyAsString();
        if (text == null || text.isBlank()) {
            return Json.MAPPER.createObjectNode();
        }
        try {
            return Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw ApiError.of(400, "JSON parse error - " + e.getOriginalMessage());
        }
    }
}
