package dev.camelfelt.koordinates.export;

/** The export was cancelled. */
public class KoordinatesExportCancelledException extends KoordinatesExportException {

    public KoordinatesExportCancelledException(long exportId, String message) {
        super(exportId, message);
    }
}
