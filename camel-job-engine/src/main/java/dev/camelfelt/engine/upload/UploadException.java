package dev.camelfelt.engine.upload;

import java.io.IOException;

/** A file did not reach the storage host: the transfer broke off or storage could not take it, on every attempt. */
public class UploadException extends IOException {

    private final int attempts;

    public UploadException(String message, int attempts, Throwable cause) {
        super(message, cause);
        this.attempts = attempts;
    }

    /** How many times the file was sent. */
    public int getAttempts() {
        return attempts;
    }
}
