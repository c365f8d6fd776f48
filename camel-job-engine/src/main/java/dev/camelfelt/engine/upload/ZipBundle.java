package dev.camelfelt.engine.upload;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Packs several files into one ZIP, for services that take one file per upload (a Shapefile's .shp, .shx, .dbf and
 * .prj travel together). Each file is copied through a small buffer, so memory stays bounded.
 */
public final class ZipBundle {

    private ZipBundle() {
    }

    /** Writes {@code files} into a new ZIP at {@code target}, each under its upload name; names must differ. */
    public static void write(List<UploadFile> files, Path target) throws IOException {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("Nothing to zip: the list of files is empty");
        }
        Set<String> names = new HashSet<>();
        for (UploadFile file : files) {
            if (!names.add(file.fileName())) {
                throw new IllegalArgumentException("Two files to zip have the same name " + file.fileName());
            }
        }
        try (OutputStream out = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (UploadFile file : files) {
                zip.putNextEntry(new ZipEntry(file.fileName()));
                Files.copy(file.path(), zip);
                zip.closeEntry();
            }
        }
    }
}
