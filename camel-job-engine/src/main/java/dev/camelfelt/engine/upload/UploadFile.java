package dev.camelfelt.engine.upload;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file on disk to upload, and the name the receiver is told: services such as Felt infer the format from it, so it
 * need not be the name on disk (a spooled stream lives in a temporary file).
 */
public record UploadFile(Path path, String fileName) {

    public UploadFile {
        Objects.requireNonNull(path, "path");
        if (fileName == null || fileName.isBlank()) {
            throw new IllegalArgumentException("An upload needs a file name");
        }
    }

    /** A file uploaded under its own name. */
    public static UploadFile of(Path path) {
        return new UploadFile(path, path.getFileName().toString());
    }
}
