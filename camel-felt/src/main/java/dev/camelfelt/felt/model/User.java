package dev.camelfelt.felt.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The user the API token belongs to. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record User(String id, String name, String email) {
}
