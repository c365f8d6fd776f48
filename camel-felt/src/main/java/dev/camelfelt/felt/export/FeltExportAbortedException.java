package dev.camelfelt.felt.export;

/**
 * The wait for the export ended before the export did, because Camel stopped. The export goes on at Felt and is
 * tracked, so that a felt:export consumer on the same job store emits it once it ends.
 */
public class FeltExportAbortedException extends FeltExportException {

    public FeltExportAbortedException(ExportRef export, String reason) {
        super(export, "Stopped waiting for Felt export " + export + ": " + reason
                      + "; the export is tracked, and a felt:export consumer on the same job store emits it", null);
    }
}
