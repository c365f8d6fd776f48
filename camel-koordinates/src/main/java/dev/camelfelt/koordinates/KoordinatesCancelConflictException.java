package dev.camelfelt.koordinates;

/** Koordinates refused to cancel an export (409): it is no longer processing. */
public class KoordinatesCancelConflictException extends KoordinatesApiException {

    private final long exportId;

    public KoordinatesCancelConflictException(String call, long exportId, String responseBody) {
        super(call, 409, responseBody);
        this.exportId = exportId;
    }

    public long getExportId() {
        return exportId;
    }
}
