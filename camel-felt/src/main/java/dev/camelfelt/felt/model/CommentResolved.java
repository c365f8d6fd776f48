package dev.camelfelt.felt.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The answer of {@code felt:comments/resolve}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CommentResolved(@JsonProperty("comment_id") String commentId) {
}
