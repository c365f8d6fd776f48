package dev.camelfelt.felt.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A direct download link for a layer export. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExportLink(@JsonProperty("export_link") String exportLink) {
}
