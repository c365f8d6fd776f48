package dev.camelfelt.felt.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Which layer library to list: the workspace's, Felt's public one, or both. */
public enum LibrarySource {
    WORKSPACE("workspace"),
    FELT("felt"),
    ALL("all");

    private final String value;

    LibrarySource(String value) {
        this.value = value;
    }

    /** The value Felt's API uses. */
    @JsonValue
    public String value() {
        return value;
    }
}
