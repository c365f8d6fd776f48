package dev.camelfelt.felt.export;

import dev.camelfelt.felt.client.FeltException;

/** An export did not produce its data; carries the ids a route needs to look at it, or resume it, later. */
public abstract class FeltExportException extends FeltException {

    private final ExportRef export;

    protected FeltExportException(ExportRef export, String message, Throwable cause) {
        super(message, cause);
        this.export = export;
    }

    public String getMapId() {
        return export.mapId();
    }

    public String getLayerId() {
        return export.layerId();
    }

    public String getExportId() {
        return export.exportId();
    }

    /** The export, e.g. to resume waiting for it. */
    public ExportRef getExport() {
        return export;
    }
}
