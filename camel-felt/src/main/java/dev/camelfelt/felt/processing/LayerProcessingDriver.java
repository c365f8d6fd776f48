package dev.camelfelt.felt.processing;

import java.util.Map;

import dev.camelfelt.engine.job.JobPhase;
import dev.camelfelt.engine.job.JobRef;
import dev.camelfelt.engine.job.JobState;
import dev.camelfelt.felt.FeltId;
import dev.camelfelt.felt.FeltOperation;
import dev.camelfelt.felt.client.FeltClient;
import dev.camelfelt.felt.model.Layer;

/** Waits for a layer Felt is taking in (an upload, an import, a refresh): {@code completed} or {@code failed}. */
public final class LayerProcessingDriver extends FeltJobDriver<Layer> {

    static final String TYPE = "felt-layer";

    public LayerProcessingDriver(FeltClient client) {
        super(client, FeltOperation.LAYERS_GET);
    }

    /** The job of a layer: its id, in its map and layer group. */
    public static JobRef job(String mapId, String layerId, String layerGroupId) {
        return JobRef.of(TYPE, layerId, "map", mapId, "layer group", String.valueOf(layerGroupId));
    }

    @Override
    Map<FeltId, String> ids(JobRef job) {
        return Map.of(FeltId.MAP, job.scopeId("map"), FeltId.LAYER, job.id());
    }

    @Override
    JobState<Layer> state(Layer layer) {
        JobPhase phase = switch (String.valueOf(layer.status())) {
            case "completed" -> JobPhase.DONE;
            case "failed" -> JobPhase.FAILED;
            default -> JobPhase.RUNNING;
        };
        // Felt's progress runs to 100; the engine's to 1
        Double progress = layer.progress() == null ? null : layer.progress() / 100;
        return new JobState<>(phase, String.valueOf(layer.status()), progress, layer);
    }

    @Override
    String describe(JobRef job) {
        return "Felt layer " + job;
    }

    @Override
    public RuntimeException ended(JobRef job, JobState<Layer> state) {
        return new FeltUploadFailedException(job.scopeId("map"), job.id(), job.scopeId("layer group"));
    }
}
