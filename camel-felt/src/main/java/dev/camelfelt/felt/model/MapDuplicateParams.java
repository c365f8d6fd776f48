package dev.camelfelt.felt.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The request body of {@code felt:maps/duplicate}: an optional title and destination. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MapDuplicateParams(String title, MapMoveParams destination) {
}
