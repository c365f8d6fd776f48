package dev.camelfelt.felt.simulator;

import java.util.List;

/** A custom export as the simulator remembers it: the request, a snapshot of the layer, and the polls so far. */
public record CustomExport(
        String id,
        String mapId,
        FeltLayer layer,
        String outputFormat,
        List<Object> filters,
        boolean emailOnCompletion,
        int polls,
        ExportStatus status) {

    /** Makes the filters read-only. */
    public CustomExport {
        filters = List.copyOf(filters);
    }

    /** Returns the id of the exported layer. */
    public String layerId() {
        return layer.id();
    }

    /** Returns this export after one more poll: it finishes once it has answered in progress often enough. */
    CustomExport polled(int pollsUntilComplete, boolean failing) {
        int count = polls + 1;
        ExportStatus next = status;
        if (status == ExportStatus.IN_PROGRESS && count > pollsUntilComplete) {
            next = failing ? ExportStatus.FAILED : ExportStatus.COMPLETED;
        }
        return new CustomExport(id, mapId, layer, outputFormat, filters, emailOnCompletion, count, next);
    }
}
