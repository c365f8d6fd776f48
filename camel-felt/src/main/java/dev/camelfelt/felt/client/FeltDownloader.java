package dev.camelfelt.felt.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import dev.camelfelt.engine.download.AtomicFileMove;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.HttpEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams a download to disk in bounded memory and moves it into place only once it is whole, so that no reader
 * ever sees part of a file. A short or broken download is started again; a final failure leaves no file behind.
 * No Authorization header is sent: download URLs are pre-signed, usually on another host.
 */
public final class FeltDownloader {

    private static final Logger LOG = LoggerFactory.getLogger(FeltDownloader.class);

    private final CloseableHttpClient http;
    private final int attempts;

    public FeltDownloader(CloseableHttpClient http, int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("downloadAttempts must be at least 1: " + attempts);
        }
        this.http = http;
        this.attempts = attempts;
    }

    /** Downloads {@code url} to {@code target}, replacing any file there. */
    public Path download(URI url, Path target) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        for (int attempt = 1;; attempt++) {
            Path part = Files.createTempFile(directory, "." + target.getFileName(), ".part");
            try {
                long size = fetch(url, part);
                AtomicFileMove.replace(part, target);
                LOG.debug("Downloaded {} bytes from {} to {}", size, url.getHost(), target);
                return target;
            } catch (DownloadUrlExpiredException | InterruptedIOException e) {
                throw e;
            } catch (IOException e) {
                if (attempt >= attempts) {
                    throw new IOException("Download from " + url.getHost() + " failed after " + attempts
                                          + " attempts: " + e.getMessage(), e);
                }
                LOG.warn("Download from {} broke off ({}); starting again, attempt {} of {}", url.getHost(),
                        e.getMessage(), attempt + 1, attempts);
            } finally {
                Files.deleteIfExists(part);
            }
        }
    }

    private long fetch(URI url, Path part) throws IOException {
        return http.execute(new HttpGet(url), response -> {
            int status = response.getCode();
            if (status == 403 || status == 404) {
                throw new DownloadUrlExpiredException(url.getHost(), status);
            }
            HttpEntity entity = response.getEntity();
            if (status >= 300 || entity == null) {
                throw new IOException("The download host " + url.getHost() + " answered " + status);
            }
            long copied;
            try (InputStream in = entity.getContent()) {
                copied = Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            }
            long expected = entity.getContentLength();
            if (expected >= 0 && copied != expected) {
                throw new IOException("Got " + copied + " of " + expected + " bytes");
            }
            return copied;
        });
    }

}
