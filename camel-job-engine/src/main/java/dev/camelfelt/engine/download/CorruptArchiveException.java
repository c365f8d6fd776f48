package dev.camelfelt.engine.download;

import java.io.IOException;

/** A downloaded ZIP could not be read; it has been deleted. */
public class CorruptArchiveException extends DownloadException {

    public CorruptArchiveException(String message, IOException cause) {
        super(message, cause);
    }
}
