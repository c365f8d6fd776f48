package dev.camelfelt.koordinates.export;

/** The export was still processing when the wait for it timed out; whether it was cancelled is in the message. */
public class KoordinatesExportTimeoutException extends KoordinatesExportException {

    private final boolean cancelled;

    /** @param cause the failure of the last poll, if it failed; null otherwise */
    public KoordinatesExportTimeoutException(long exportId, String message, boolean cancelled, Throwable cause) {
        super(exportId, message, cause);
        this.cancelled = cancelled;
    }

    /** Whether the export was cancelled at Koordinates before this was raised. */
    public boolean isCancelled() {
        return cancelled;
    }
}
