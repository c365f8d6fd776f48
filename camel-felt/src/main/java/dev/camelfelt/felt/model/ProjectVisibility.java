package dev.camelfelt.felt.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Who sees a project: every member of the workspace, or only those invited. */
public enum ProjectVisibility {
    WORKSPACE("workspace"),
    PRIVATE("private");

    private final String value;

    ProjectVisibility(String value) {
        this.value = value;
    }

    /** The value Felt's API uses. */
    @JsonValue
    public String value() {
        return value;
    }
}
