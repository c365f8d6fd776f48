package dev.camelfelt.felt.export;

import java.time.Duration;

/**
 * The export was still in progress when the wait timed out; it may still complete on Felt's side. When the last
 * status poll failed, its failure is the cause.
 */
public class FeltExportTimeoutException extends FeltExportException {

    public FeltExportTimeoutException(ExportRef export, Duration waited, String lastStatus, Throwable lastPollError) {
        super(export, "Felt export " + export + " was still " + lastStatus + " after " + waited.toSeconds()
                      + " s" + (lastPollError == null ? "" : " (the last poll failed: " + lastPollError.getMessage() + ")")
                      + "; it is not cancelled and can be resumed with its export id", lastPollError);
    }
}
