package dev.camelfelt.felt.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The request body of {@code felt:sources/create} (name and connection required) and {@code felt:sources/update}.
 * The connection is JSON since each kind of source has its own fields (such as {@code type}, {@code host},
 * {@code password}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceParams(String name, JsonNode connection, JsonNode permissions) {

    /** Leaves the connection out, since it may hold a password. */
    @Override
    public String toString() {
        return "SourceParams[name=" + name + ", connection=" + (connection == null ? "unset" : "xxxxxx") + ", permissions="
                + permissions + "]";
    }
}
