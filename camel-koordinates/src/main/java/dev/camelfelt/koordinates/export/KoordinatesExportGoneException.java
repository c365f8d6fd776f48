package dev.camelfelt.koordinates.export;

/** The export is gone: it expired or was removed before it was downloaded. */
public class KoordinatesExportGoneException extends KoordinatesExportException {

    public KoordinatesExportGoneException(long exportId, String message) {
        super(exportId, message);
    }
}
