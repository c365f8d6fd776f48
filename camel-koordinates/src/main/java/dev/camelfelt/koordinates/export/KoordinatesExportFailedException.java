package dev.camelfelt.koordinates.export;

/** The export ended in error at Koordinates. */
public class KoordinatesExportFailedException extends KoordinatesExportException {

    public KoordinatesExportFailedException(long exportId, String message) {
        super(exportId, message);
    }
}
