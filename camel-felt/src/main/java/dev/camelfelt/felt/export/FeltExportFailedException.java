package dev.camelfelt.felt.export;

/** Felt reported the export as failed. */
public class FeltExportFailedException extends FeltExportException {

    public FeltExportFailedException(ExportRef export) {
        super(export, "Felt export " + export + " failed", null);
    }
}
