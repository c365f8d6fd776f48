package dev.camelfelt.felt.export;

/** The export completed at Felt, but its file could not be downloaded or unpacked; nothing of it is left behind. */
public class FeltExportDownloadException extends FeltExportException {

    public FeltExportDownloadException(ExportRef export, Throwable cause) {
        super(export, "Could not download Felt export " + export + ": " + cause.getMessage(), cause);
    }
}
