package dev.camelfelt.felt.simulator;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/** Custom exports, export links and downloads, safe for concurrent use. */
final class ExportStore {

    private final int pollsUntilComplete;
    private final ConcurrentMap<String, CustomExport> customExports = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, ExportSource> exportLinks = new ConcurrentHashMap<>();
    private final Set<String> failingLayerIds = ConcurrentHashMap.newKeySet();
    private final AtomicLong downloadsServed = new AtomicLong();

    ExportStore(int pollsUntilComplete) {
        this.pollsUntilComplete = pollsUntilComplete;
    }

    /** Forgets every export, link, forced failure and download. */
    void reset() {
        customExports.clear();
        exportLinks.clear();
        failingLayerIds.clear();
        downloadsServed.set(0);
    }

    /** Starts a custom export of a snapshot of the layer. */
    CustomExport startCustomExport(String mapId, FeltLayer layer, String outputFormat, List<Object> filters,
            boolean emailOnCompletion) {
        CustomExport export = new CustomExport(FeltIds.next(), mapId, layer, outputFormat, filters, emailOnCompletion,
                0, ExportStatus.IN_PROGRESS);
        customExports.put(export.id(), export);
        return export;
    }

    /** Counts one poll of a custom export and returns its state after it, if the export exists. */
    Optional<CustomExport> poll(String exportId) {
        return Optional.ofNullable(customExports.computeIfPresent(exportId,
                (id, export) -> export.polled(pollsUntilComplete, failingLayerIds.contains(export.layerId()))));
    }

    /** Returns a custom export without counting a poll. */
    Optional<CustomExport> find(String exportId) {
        return Optional.ofNullable(customExports.get(exportId));
    }

    /** Returns every custom export requested since the last reset. */
    List<CustomExport> customExports() {
        return List.copyOf(customExports.values());
    }

    /** Creates a direct download of a layer snapshot and returns its id. */
    String createExportLink(FeltLayer layer) {
        String id = FeltIds.next();
        exportLinks.put(id, new ExportSource(layer, layer.isRaster() ? "geotiff" : "gpkg", List.of()));
        return id;
    }

    /** Makes every export of the layer that finishes from now on fail. */
    void failExportsOfLayer(String layerId) {
        failingLayerIds.add(layerId);
    }

    /** Returns what a download id serves: a completed custom export or an export link. */
    Optional<ExportSource> downloadable(String downloadId) {
        CustomExport export = customExports.get(downloadId);
        if (export != null) {
            return export.status() == ExportStatus.COMPLETED
                    ? Optional.of(new ExportSource(export.layer(), export.outputFormat(), export.filters()))
                    : Optional.empty();
        }
        return Optional.ofNullable(exportLinks.get(downloadId));
    }

    /** Counts one served download. */
    void downloadServed() {
        downloadsServed.incrementAndGet();
    }

    /** Returns how many downloads were served since the last reset. */
    long downloadsServed() {
        return downloadsServed.get();
    }
}
