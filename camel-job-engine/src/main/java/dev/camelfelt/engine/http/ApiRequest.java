package dev.camelfelt.engine.http;

import java.util.Map;
import java.util.Objects;

/**
 * One API call: the method, the path below the API root (already expanded, see {@link PathTemplate}), the query, the
 * body (a model, a {@code Map}, a Jackson {@code JsonNode}, a JSON {@code String}; {@code null} for none) and who it
 * is for.
 */
public record ApiRequest(String method, String path, Map<String, String> query, Object body, Priority priority) {

    public ApiRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        query = query == null ? Map.of() : query;
        priority = priority == null ? Priority.USER : priority;
    }

    /** A request a route makes, without query. */
    public static ApiRequest of(String method, String path, Object body) {
        return new ApiRequest(method, path, Map.of(), body, Priority.USER);
    }

    /** The same request with another priority. */
    public ApiRequest withPriority(Priority priority) {
        return new ApiRequest(method, path, query, body, priority);
    }

    /** Whether repeating the call cannot do its work twice: GET, HEAD, PUT, DELETE and OPTIONS. */
    public boolean idempotent() {
        return switch (method) {
            case "GET", "HEAD", "PUT", "DELETE", "OPTIONS" -> true;
            default -> false;
        };
    }
}
