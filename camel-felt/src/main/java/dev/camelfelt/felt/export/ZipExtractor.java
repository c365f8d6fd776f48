package dev.camelfelt.felt.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import dev.camelfelt.felt.client.AtomicFileMove;

/** Unpacks an export ZIP that holds a single data file, next to the ZIP, atomically. */
public final class ZipExtractor {

    /**
     * When {@code zip} holds exactly one data file (folders and dot files aside), writes it beside the ZIP and
     * deletes the ZIP; otherwise leaves the ZIP alone and returns empty.
     */
    public Optional<Path> extractSingleDataFile(Path zip) throws IOException {
        Path extracted;
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            List<ZipEntry> dataFiles = dataFiles(archive);
            if (dataFiles.size() != 1) {
                return Optional.empty();
            }
            ZipEntry entry = dataFiles.get(0);
            // only the entry's own name: a path inside the archive must not choose where the file lands
            Path target = zip.resolveSibling(Path.of(entry.getName()).getFileName().toString());
            Path part = Files.createTempFile(zip.toAbsolutePath().getParent(), "." + target.getFileName(), ".part");
            try {
                try (var in = archive.getInputStream(entry)) {
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                }
                AtomicFileMove.replace(part, target);
            } finally {
                Files.deleteIfExists(part);
            }
            extracted = target;
        }
        if (!extracted.equals(zip)) {
            Files.deleteIfExists(zip);
        }
        return Optional.of(extracted);
    }

    private static List<ZipEntry> dataFiles(ZipFile archive) {
        List<ZipEntry> files = new ArrayList<>();
        Enumeration<? extends ZipEntry> entries = archive.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            String name = Path.of(entry.getName()).getFileName().toString();
            if (!entry.isDirectory() && !name.startsWith(".") && !entry.getName().startsWith("__MACOSX/")) {
                files.add(entry);
            }
        }
        return files;
    }
}
