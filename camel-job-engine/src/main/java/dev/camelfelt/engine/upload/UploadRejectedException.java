package dev.camelfelt.engine.upload;

/**
 * The storage host refused the form (a 4xx, such as an expired policy): sending the same form again cannot help, a
 * fresh one from the service might.
 */
public class UploadRejectedException extends UploadException {

    private final int status;

    public UploadRejectedException(String message, int status, int attempts) {
        super(message, attempts, null);
        this.status = status;
    }

    /** The storage host's HTTP status. */
    public int getStatus() {
        return status;
    }
}
