package dev.camelfelt.engine.download;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Moves a finished file into place in one step, so that a reader sees the old file or the whole new one. */
public final class AtomicFileMove {

    private AtomicFileMove() {
    }

    /** Moves {@code part} to {@code target}, replacing it; atomically where the file system can. */
    public static void replace(Path part, Path target) throws IOException {
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
