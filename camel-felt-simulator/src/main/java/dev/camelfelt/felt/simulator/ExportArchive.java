package dev.camelfelt.felt.simulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Packs an export's data file into the ZIP archive Felt serves as {@code Felt-Export.zip}. */
final class ExportArchive {

    private ExportArchive() {
    }

    /** Returns a ZIP archive holding the single file. */
    static byte[] zip(ExportFile file) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(file.name()));
            zip.write(file.content());
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the export archive", e);
        }
        return bytes.toByteArray();
    }
}
