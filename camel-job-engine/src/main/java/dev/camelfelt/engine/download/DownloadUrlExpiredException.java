package dev.camelfelt.engine.download;

/** The download host refused a pre-signed URL (403 or 404): it has most likely expired. */
public class DownloadUrlExpiredException extends DownloadException {

    public DownloadUrlExpiredException(String host, int status) {
        super("The download host " + host + " answered " + status + "; the pre-signed URL has probably expired", null);
    }
}
