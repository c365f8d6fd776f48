package dev.camelfelt.felt.export;

/** Felt no longer knows the export (its status answers 404): it has expired or was deleted. */
public class FeltExportGoneException extends FeltExportException {

    public FeltExportGoneException(ExportRef export) {
        super(export, "Felt no longer knows export " + export, null);
    }
}
