package dev.camelfelt.felt.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The most a workspace member may do in a project's maps without being invited. */
public enum ProjectPermission {
    VIEW_ONLY("view_only"),
    VIEW_AND_CONTRIBUTE("view_and_contribute"),
    VIEW_AND_EDIT("view_and_edit");

    private final String value;

    ProjectPermission(String value) {
        this.value = value;
    }

    /** The value Felt's API uses. */
    @JsonValue
    public String value() {
        return value;
    }
}
