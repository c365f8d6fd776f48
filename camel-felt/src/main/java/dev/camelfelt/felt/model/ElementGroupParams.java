package dev.camelfelt.felt.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One entry of the request body of {@code felt:elementGroups/upsert}: with an {@code id} it updates that group,
 * without one it creates a group ({@code color} and {@code symbol} then default to Felt's).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ElementGroupParams(String id, String name, String color, String symbol) {
}
