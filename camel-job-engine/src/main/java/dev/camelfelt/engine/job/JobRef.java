package dev.camelfelt.engine.job;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Names one job: its type (e.g. {@code felt-export}), its own id, and the ids of what it belongs to (e.g. a map and
 * a layer), in the order they were given.
 */
public record JobRef(String type, String id, Map<String, String> scope) {

    public JobRef {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        scope = Collections.unmodifiableMap(new LinkedHashMap<>(scope == null ? Map.of() : scope));
    }

    /** A job of {@code type} with {@code id}, in the scope of the given name/id pairs. */
    public static JobRef of(String type, String id, String... scopeNamesAndIds) {
        if (scopeNamesAndIds.length % 2 != 0) {
            throw new IllegalArgumentException("The scope is given as pairs of a name and an id");
        }
        Map<String, String> scope = new LinkedHashMap<>();
        for (int i = 0; i < scopeNamesAndIds.length; i += 2) {
            scope.put(scopeNamesAndIds[i], scopeNamesAndIds[i + 1]);
        }
        return new JobRef(type, id, scope);
    }

    /** The key a store files the job under: unique across types. */
    public String key() {
        return type + ":" + id;
    }

    /** The id of what the job belongs to under {@code name}, or null. */
    public String scopeId(String name) {
        return scope.get(name);
    }

    @Override
    public String toString() {
        if (scope.isEmpty()) {
            return type + " " + id;
        }
        return type + " " + id + scope.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ", " (", ")"));
    }
}
