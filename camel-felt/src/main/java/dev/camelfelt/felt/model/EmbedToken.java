package dev.camelfelt.felt.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A token letting one viewer see an embedded map until it expires. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EmbedToken(String token, @JsonProperty("expires_at") String expiresAt) {

    /** Leaves the token out, so that logging the answer does not leak it. */
    @Override
    public String toString() {
        return "EmbedToken[token=xxxxxx, expiresAt=" + expiresAt + "]";
    }
}
