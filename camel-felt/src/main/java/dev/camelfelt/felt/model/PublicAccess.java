package dev.camelfelt.felt.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Who may open a map, and how. */
public enum PublicAccess {
    PRIVATE("private"),
    VIEW_ONLY("view_only"),
    VIEW_AND_COMMENT("view_and_comment"),
    VIEW_COMMENT_AND_EDIT("view_comment_and_edit");

    private final String value;

    PublicAccess(String value) {
        this.value = value;
    }

    /** The value Felt's API uses. */
    @JsonValue
    public String value() {
        return value;
    }
}
