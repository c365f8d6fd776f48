package dev.camelfelt.engine.download;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/** Unpacks a ZIP that holds a single data file, next to the ZIP, atomically. */
public final class ZipExtractor {

    /**
     * When {@code zip} holds exactly one data file (folders and dot files aside), writes it beside the ZIP as
     * {@code prefix} followed by the entry's own name, and deletes the ZIP; otherwise leaves the ZIP alone and
     * returns empty. A ZIP that cannot be read is deleted and reported as a {@link CorruptArchiveException} that
     * names {@code what} it was.
     *
     * @param prefix put before the entry's name, so that two archives holding entries of the same name never land
     *               on the same file
     */
    public Optional<Path> extractSingleDataFile(Path zip, String prefix, String what) throws IOException {
        Path extracted;
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            List<ZipEntry> dataFiles = dataFiles(archive);
            if (dataFiles.size() != 1) {
                return Optional.empty();
            }
            ZipEntry entry = dataFiles.get(0);
            // only the entry's own name: a path inside the archive must not choose where the file lands
            Path target = zip.resolveSibling(prefix + Path.of(entry.getName()).getFileName());
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
        } catch (ZipException e) {
            Files.deleteIfExists(zip);
            throw new CorruptArchiveException("The file of " + what + " is not a readable ZIP (" + e.getMessage()
                                              + "); it has been deleted", e);
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
