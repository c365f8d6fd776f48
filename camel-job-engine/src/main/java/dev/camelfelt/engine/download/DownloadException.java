package dev.camelfelt.engine.download;

import java.io.IOException;

/** A download did not produce its file; nothing of it is left behind. */
public class DownloadException extends IOException {

    public DownloadException(String message, Throwable cause) {
        super(message, cause);
    }
}
