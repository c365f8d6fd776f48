package dev.camelfelt.felt.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The request body of {@code felt:library/publishLayer} and {@code felt:library/publishLayerGroup}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublishParams(String name) {
}
