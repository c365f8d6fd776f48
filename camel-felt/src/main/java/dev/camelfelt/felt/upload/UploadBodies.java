package dev.camelfelt.felt.upload;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.camelfelt.engine.upload.UploadFile;
import dev.camelfelt.engine.upload.ZipBundle;
import org.apache.camel.Exchange;
import org.apache.camel.component.file.GenericFile;

/**
 * Turns the message body of an upload into a file on disk: a {@code File}, {@code Path} or file-based
 * {@code GenericFile} is sent as it is; a stream or {@code byte[]} is written to a temporary file first (so that a
 * broken transfer can start again and storage learns the length up front), under the name in the
 * {@code CamelFileName} header; a {@code List} of files is packed into one ZIP, as Felt takes one file per upload.
 */
public final class UploadBodies {

    private final String endpoint;

    /** @param endpoint names the endpoint in error messages, e.g. {@code felt:layers/upload} */
    public UploadBodies(String endpoint) {
        this.endpoint = endpoint;
    }

    /** Whether {@code body} is data to upload rather than the parameters of Felt's call. */
    public static boolean isData(Object body) {
        return body instanceof File || body instanceof Path || body instanceof GenericFile || body instanceof InputStream
               || body instanceof byte[] || body instanceof List;
    }

    /**
     * The layer name a data body suggests when the endpoint sets none: its file's name without the extension (the
     * first file's, for a List); null when the body names no file.
     */
    public static String suggestedLayerName(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        Object named = body instanceof List<?> files && !files.isEmpty() ? files.get(0) : body;
        String fileName;
        if (named instanceof File file) {
            fileName = file.getName();
        } else if (named instanceof Path path && path.getFileName() != null) {
            fileName = path.getFileName().toString();
        } else if (named instanceof GenericFile<?> generic) {
            fileName = generic.getFileNameOnly();
        } else {
            fileName = fileNameHeader(exchange);
        }
        return fileName == null ? null : withoutExtension(fileName);
    }

    /** The last segment of the CamelFileName header (a file: consumer puts a relative path there); null when unset. */
    private static String fileNameHeader(Exchange exchange) {
        String name = exchange.getMessage().getHeader(Exchange.FILE_NAME, String.class);
        return name == null || name.isBlank() ? null : Path.of(name).getFileName().toString();
    }

    private static String withoutExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** The file the body holds, staged on disk; empty when the body is not data (none, or another call's answer). */
    public Optional<StagedUpload> stage(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        if (!isData(body)) {
            return Optional.empty();
        }
        try {
            if (body instanceof List<?> files) {
                return Optional.of(zip(exchange, files));
            }
            return Optional.of(single(exchange, body, "The body"));
        } catch (IOException e) {
            throw new UncheckedIOException(endpoint + " could not stage the body for upload: " + e.getMessage(), e);
        }
    }

    private StagedUpload single(Exchange exchange, Object body, String what) throws IOException {
        if (body instanceof File file) {
            return existing(file.toPath(), what);
        }
        if (body instanceof Path path) {
            return existing(path, what);
        }
        if (body instanceof GenericFile<?> generic) {
            if (generic.getFile() instanceof File file) {
                return StagedUpload.existing(new UploadFile(readable(file.toPath(), what), generic.getFileNameOnly()));
            }
            // a remote file (FTP and the like): its content, under its own name
            InputStream content = exchange.getContext().getTypeConverter().convertTo(InputStream.class, exchange, generic);
            if (content == null) {
                throw new IllegalArgumentException(endpoint + ": " + what + " is the remote file "
                                                   + generic.getAbsoluteFilePath() + ", whose content cannot be read");
            }
            return spool(content, generic.getFileNameOnly());
        }
        if (body instanceof InputStream stream) {
            return spool(stream, requiredFileNameHeader(exchange, "an InputStream"));
        }
        byte[] bytes = (byte[]) body;
        String name = requiredFileNameHeader(exchange, "a byte[]");
        Path temporary = Files.createTempFile("camel-felt-upload-", ".part");
        Files.write(temporary, bytes);
        return StagedUpload.temporary(temporary, name);
    }

    private StagedUpload existing(Path path, String what) {
        return StagedUpload.existing(UploadFile.of(readable(path, what)));
    }

    private Path readable(Path path, String what) {
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new IllegalArgumentException(endpoint + ": " + what + " names " + path
                                               + ", which is not a readable file");
        }
        return path;
    }

    private String requiredFileNameHeader(Exchange exchange, String kind) {
        String name = fileNameHeader(exchange);
        if (name == null) {
            throw new IllegalArgumentException(endpoint + " needs the " + Exchange.FILE_NAME + " header to upload "
                                               + kind + " body: Felt tells the format from the file name");
        }
        return name;
    }

    private static StagedUpload spool(InputStream content, String name) throws IOException {
        Path temporary = Files.createTempFile("camel-felt-upload-", ".part");
        try (content) {
            Files.copy(content, temporary, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        return StagedUpload.temporary(temporary, name);
    }

    private StagedUpload zip(Exchange exchange, List<?> files) throws IOException {
        if (files.isEmpty()) {
            throw new IllegalArgumentException(endpoint + " got an empty List as the body: nothing to upload");
        }
        List<StagedUpload> parts = new ArrayList<>();
        Path zip = null;
        try {
            for (int i = 0; i < files.size(); i++) {
                Object element = files.get(i);
                if (!(element instanceof File || element instanceof Path || element instanceof GenericFile)) {
                    throw new IllegalArgumentException(endpoint + " cannot zip element " + i + " of the List body ("
                                                       + (element == null ? "null" : element.getClass().getName())
                                                       + "): a List holds files (File, Path or GenericFile)");
                }
                parts.add(single(exchange, element, "Element " + i + " of the List body"));
            }
            zip = Files.createTempFile("camel-felt-upload-", ".zip");
            ZipBundle.write(parts.stream().map(StagedUpload::file).toList(), zip);
            return StagedUpload.temporary(zip, zipName(exchange, parts.get(0).file()));
        } catch (IOException | RuntimeException e) {
            if (zip != null) {
                Files.deleteIfExists(zip);
            }
            throw e;
        } finally {
            parts.forEach(StagedUpload::close);
        }
    }

    /** The CamelFileName header when set, else the first file's name with .zip: Shapefile parts share a base name. */
    private static String zipName(Exchange exchange, UploadFile first) {
        String name = fileNameHeader(exchange);
        return name != null ? name : withoutExtension(first.fileName()) + ".zip";
    }
}
