package dev.camelfelt.felt.upload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.camelfelt.engine.upload.UploadFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A file ready to upload; when it had to be written first (a stream, bytes, a ZIP of several files), it is deleted once done. */
public final class StagedUpload implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StagedUpload.class);

    private final UploadFile file;
    private final boolean temporary;

    private StagedUpload(UploadFile file, boolean temporary) {
        this.file = file;
        this.temporary = temporary;
    }

    /** The user's own file: never deleted. */
    static StagedUpload existing(UploadFile file) {
        return new StagedUpload(file, false);
    }

    /** A file written for this upload alone. */
    static StagedUpload temporary(Path path, String fileName) {
        return new StagedUpload(new UploadFile(path, fileName), true);
    }

    public UploadFile file() {
        return file;
    }

    @Override
    public void close() {
        if (temporary) {
            try {
                Files.deleteIfExists(file.path());
            } catch (IOException e) {
                LOG.warn("Could not delete the temporary upload file {}: {}", file.path(), e.getMessage());
            }
        }
    }
}
