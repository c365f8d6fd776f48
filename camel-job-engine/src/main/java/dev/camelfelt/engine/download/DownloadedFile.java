package dev.camelfelt.engine.download;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.SynchronizationAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A file on disk for an exchange, with the URL it came from.
 *
 * @param file      the file (unpacked, when asked to)
 * @param temporary whether it is in the engine's temporary directory, to be deleted with the exchange, rather than in
 *                  the user's download directory
 * @param url       the URL it was downloaded from (a fresh one when the first had expired)
 */
public record DownloadedFile(Path file, boolean temporary, URI url) {

    private static final Logger LOG = LoggerFactory.getLogger(DownloadedFile.class);

    /** How the name of the engine's temporary download directory starts. */
    static final String TEMPORARY_DIRECTORY_PREFIX = "camel-job-";

    /**
     * The file an earlier delivery recorded, if it is still there, to be delivered again without downloading it:
     * temporary when it lies in one of the engine's temporary directories.
     *
     * @param recorded the path the job store kept, or null
     */
    public static Optional<DownloadedFile> kept(String recorded) {
        if (recorded == null || !Files.exists(Path.of(recorded))) {
            return Optional.empty();
        }
        Path file = Path.of(recorded);
        Path parent = file.getParent();
        boolean temporary = parent != null && parent.getFileName() != null
                            && parent.getFileName().toString().startsWith(TEMPORARY_DIRECTORY_PREFIX);
        return Optional.of(new DownloadedFile(file, temporary, null));
    }

    /** Makes the file the message body, with its name in {@code CamelFileName}; a temporary one goes with the exchange. */
    public void bindTo(Exchange exchange) {
        Message message = exchange.getMessage();
        message.setBody(file.toFile());
        message.setHeader(Exchange.FILE_NAME, file.getFileName().toString());
        if (temporary) {
            exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
                @Override
                public void onDone(Exchange done) {
                    delete();
                }
            });
        }
    }

    /** Deletes a temporary file; leaves a file in the user's directory alone. */
    public void delete() {
        if (temporary) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("Could not delete the temporary download {}: {}", file, e.getMessage());
            }
        }
    }
}
