package dev.camelfelt.engine.download;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.SynchronizationAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A file on disk for an exchange, with the URL it came from.
 *
 * @param file      the file (unpacked, when asked to)
 * @param temporary the directory made for it alone, deleted with it, or null when it is in the user's directory
 * @param url       the URL it was downloaded from (a fresh one when the first had expired)
 */
public record DownloadedFile(Path file, Path temporary, URI url) {

    private static final Logger LOG = LoggerFactory.getLogger(DownloadedFile.class);

    /** Makes the file the message body, with its name in {@code CamelFileName}; a temporary one goes with the exchange. */
    public void bindTo(Exchange exchange) {
        Message message = exchange.getMessage();
        message.setBody(file.toFile());
        message.setHeader(Exchange.FILE_NAME, file.getFileName().toString());
        if (temporary != null) {
            exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
                @Override
                public void onDone(Exchange done) {
                    delete();
                }
            });
        }
    }

    /** Deletes a temporary file and its directory; leaves a file in the user's directory alone. */
    public void delete() {
        if (temporary != null) {
            deleteTree(temporary);
        }
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
}
