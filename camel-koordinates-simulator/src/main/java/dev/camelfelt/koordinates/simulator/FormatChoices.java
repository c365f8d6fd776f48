package dev.camelfelt.koordinates.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The answer to {@code OPTIONS exports/}: the formats each kind of data may be exported in, as a real server serves it. */
final class FormatChoices {

    private static final String RESOURCE = "options-exports.json";

    private final JsonNode document;

    private FormatChoices(JsonNode document) {
        this.document = document;
    }

    static FormatChoices load() {
        try (InputStream in = FormatChoices.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            return new FormatChoices(Json.MAPPER.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    JsonNode document() {
        return document;
    }

    /** Whether a mime type is offered for a kind, compared verbatim (the misspelt File Geodatabase type included). */
    boolean allows(String kind, String mimeType) {
        for (JsonNode choice : document.path("actions").path("POST").path("formats").path("children").path(kind)
                .path("choices")) {
            if (choice.path("value").asText().equals(mimeType)) {
                return true;
            }
        }
        return false;
    }
}
