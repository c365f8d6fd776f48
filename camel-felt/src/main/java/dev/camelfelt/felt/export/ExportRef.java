package dev.camelfelt.felt.export;

import dev.camelfelt.engine.job.JobRef;

/** Names one custom export: the map and layer it belongs to and its id. */
public record ExportRef(String mapId, String layerId, String exportId) {

    /** The type of Felt's custom exports among the engine's jobs. */
    public static final String JOB_TYPE = "felt-export";
    private static final String MAP = "map";
    private static final String LAYER = "layer";

    /** The export as a job of the engine. */
    public JobRef job() {
        return JobRef.of(JOB_TYPE, exportId, MAP, mapId, LAYER, layerId);
    }

    /** The export a job of the engine stands for. */
    public static ExportRef of(JobRef job) {
        return new ExportRef(job.scopeId(MAP), job.scopeId(LAYER), job.id());
    }

    @Override
    public String toString() {
        return exportId + " (map " + mapId + ", layer " + layerId + ")";
    }
}
