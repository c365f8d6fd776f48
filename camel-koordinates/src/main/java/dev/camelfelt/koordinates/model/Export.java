package dev.camelfelt.koordinates.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * An export, as {@code GET exports/{id}/} answers; the list's summaries fill only the first seven fields. Unknown
 * fields are ignored: servers add some.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Export(
        @JsonProperty("id") long id,
        @JsonProperty("name") String name,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("created_via") String createdVia,
        @JsonProperty("state") ExportState state,
        @JsonProperty("url") String url,
        @JsonProperty("download_url") String downloadUrl,
        @JsonProperty("crs") JsonNode crs,
        @JsonProperty("extent") JsonNode extent,
        @JsonProperty("formats") Map<String, String> formats,
        @JsonProperty("items") List<ExportItem> items,
        @JsonProperty("options") Map<String, Object> options,
        @JsonProperty("delivery") Map<String, Object> delivery,
        @JsonProperty("size_estimate_zipped") Long sizeEstimateZipped,
        @JsonProperty("progress") Double progress) {
}
