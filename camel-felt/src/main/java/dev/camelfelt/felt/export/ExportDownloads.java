package dev.camelfelt.felt.export;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import dev.camelfelt.engine.download.ZipExtractor;
import dev.camelfelt.engine.http.Priority;
import dev.camelfelt.felt.FeltConstants;
import dev.camelfelt.felt.client.DownloadUrlExpiredException;
import dev.camelfelt.felt.client.FeltClient;
import dev.camelfelt.felt.client.FeltDownloader;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.SynchronizationAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads an export's file for an exchange: into the download directory, or into a temporary one that goes away
 * when the exchange completes; unpacks it on request; and makes the file the message body.
 */
public final class ExportDownloads {

    private static final Logger LOG = LoggerFactory.getLogger(ExportDownloads.class);

    private final FeltDownloader downloader;
    private final ZipExtractor zipExtractor = new ZipExtractor();
    private final Path downloadDirectory;
    private final boolean unzip;

    /** A source of download URLs: the one Felt gave, or a fresh one once that has expired. */
    @FunctionalInterface
    public interface UrlSource {
        String freshUrl() throws IOException;
    }

    /** @param downloadDirectory where files land; null for a temporary directory per download */
    public ExportDownloads(FeltDownloader downloader, Path downloadDirectory, boolean unzip) {
        this.downloader = downloader;
        this.downloadDirectory = downloadDirectory;
        this.unzip = unzip;
    }

    /**
     * Downloads a completed custom export from {@code url}; when the URL has expired, reads the export's status once
     * more, through {@code client}, for a fresh one.
     */
    public File downloadExport(Exchange exchange, ExportRef export, String url, FeltClient client) throws IOException {
        return download(exchange, url, "felt-export-" + export.exportId() + ".zip",
                () -> FeltClient.await(client.getCustomExportStatus(export.mapId(), export.layerId(),
                        export.exportId(), Priority.USER)).body().downloadUrl());
    }

    /**
     * Downloads {@code url} as {@code fileName}; when the URL has expired, asks {@code refresh} once for a new one.
     * The file becomes the body of the exchange's message, with its name in {@code CamelFileName}.
     */
    public File download(Exchange exchange, String url, String fileName, UrlSource refresh) throws IOException {
        boolean temporary = downloadDirectory == null;
        Path directory = temporary ? Files.createTempDirectory("camel-felt-") : downloadDirectory;
        try {
            Path file = fetch(exchange, url, directory.resolve(fileName), refresh);
            if (unzip) {
                file = zipExtractor.extractSingleDataFile(file, "", "Felt export " + fileName).orElse(file);
            }
            bind(exchange, file.toFile());
            if (temporary) {
                exchange.getExchangeExtension().addOnCompletion(new DeleteOnCompletion(directory));
            }
            return file.toFile();
        } catch (IOException | RuntimeException e) {
            if (temporary) {
                deleteTree(directory);
            }
            throw e;
        }
    }

    private Path fetch(Exchange exchange, String url, Path target, UrlSource refresh) throws IOException {
        try {
            return downloader.download(URI.create(url), target);
        } catch (DownloadUrlExpiredException e) {
            LOG.info("The download URL of {} has expired; asking Felt for a fresh one", target.getFileName());
            String freshUrl = refresh.freshUrl();
            // the header names the URL the file came from, not one known to have expired
            exchange.getMessage().setHeader(FeltConstants.DOWNLOAD_URL, freshUrl);
            return downloader.download(URI.create(freshUrl), target);
        }
    }

    private static void bind(Exchange exchange, File file) {
        Message message = exchange.getMessage();
        message.setBody(file);
        message.setHeader(Exchange.FILE_NAME, file.getName());
    }

    static void deleteTree(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Could not delete the temporary download directory {}: {}", directory, e.getMessage());
        }
    }

    private static final class DeleteOnCompletion extends SynchronizationAdapter {
        private final Path directory;

        DeleteOnCompletion(Path directory) {
            this.directory = directory;
        }

        @Override
        public void onDone(Exchange exchange) {
            deleteTree(directory);
        }
    }
}
