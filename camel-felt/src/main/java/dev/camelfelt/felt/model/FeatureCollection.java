package dev.camelfelt.felt.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A GeoJSON {@code FeatureCollection}, as Felt's elements come and go. Features stay JSON, since GeoJSON geometries
 * and properties are open; an element's own id is its {@code properties["felt:id"]}, its group's
 * {@code properties["felt:parentId"]}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeatureCollection(String type, List<JsonNode> features) {

    /** The type every collection has. */
    public static final String TYPE = "FeatureCollection";

    /** Wraps features into a collection, as the body of {@code felt:elements/upsert}. */
    public static FeatureCollection of(List<JsonNode> features) {
        return new FeatureCollection(TYPE, List.copyOf(features));
    }
}
