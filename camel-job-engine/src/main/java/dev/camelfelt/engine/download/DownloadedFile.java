package dev.camelfelt.engine.download;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

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
