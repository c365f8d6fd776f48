package dev.camelfelt.felt.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The request body of {@code felt:sources/createCredential} (all required) and {@code felt:sources/updateCredential}.
 * The credential is JSON since each kind has its own fields.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceCredentialParams(String name, @JsonProperty("use_case") String useCase, JsonNode credential) {

    /** Leaves the credential out, since it is a secret. */
    @Override
    public String toString() {
        return "SourceCredentialParams[name=" + name + ", useCase=" + useCase + ", credential="
                + (credential == null ? "unset" : "xxxxxx") + "]";
    }
}
