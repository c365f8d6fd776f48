package dev.camelfelt.koordinates.export;

import dev.camelfelt.koordinates.KoordinatesException;

/** An export did not end in a downloaded file; carries the export's id. */
public class KoordinatesExportException extends KoordinatesException {

    private final long exportId;

    public KoordinatesExportException(long exportId, String message) {
        super(message);
        this.exportId = exportId;
    }

    public KoordinatesExportException(long exportId, String message, Throwable cause) {
        super(message, cause);
        this.exportId = exportId;
    }

    public long getExportId() {
        return exportId;
    }
}
