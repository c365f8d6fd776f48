package dev.camelfelt.felt.export;

/** Felt answered a status poll of the export with something that is not a status. */
public class FeltExportStatusException extends FeltExportException {

    public FeltExportStatusException(ExportRef export, String problem) {
        super(export, "Felt's status of export " + export + " " + problem, null);
    }
}
