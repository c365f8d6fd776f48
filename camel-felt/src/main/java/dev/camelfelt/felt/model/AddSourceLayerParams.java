package dev.camelfelt.felt.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The request body of {@code felt:maps/addSourceLayer}: a source's dataset, an SQL query, or a STAC asset. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AddSourceLayerParams(
        String from,
        @JsonProperty("dataset_id") String datasetId,
        @JsonProperty("source_id") String sourceId,
        String query,
        @JsonProperty("stac_asset_url") String stacAssetUrl) {

    /** A layer of a dataset a source sync found. */
    public static AddSourceLayerParams dataset(String datasetId) {
        return new AddSourceLayerParams("dataset", datasetId, null, null, null);
    }

    /** A layer of what an SQL query on a source answers. */
    public static AddSourceLayerParams sql(String sourceId, String query) {
        return new AddSourceLayerParams("sql", null, sourceId, query, null);
    }

    /** A layer of an asset of a STAC source. */
    public static AddSourceLayerParams stac(String sourceId, String stacAssetUrl) {
        return new AddSourceLayerParams("stac", null, sourceId, null, stacAssetUrl);
    }
}
