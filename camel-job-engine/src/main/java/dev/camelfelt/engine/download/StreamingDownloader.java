package dev.camelfelt.engine.download;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import org.apache.hc.client5.http.async.methods.AbstractBinResponseConsumer;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.support.AsyncRequestBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams a download to disk without holding a thread and in bounded memory: the client hands over the body a
 * buffer at a time, each written straight to a {@code .part} file beside the target, which is moved into place
 * only once it is whole (the Content-Length checked), so that no reader ever sees part of a file. A short or broken
 * download is started again from the beginning; a failed write (a full disk) aborts the transfer at once instead of
 * reading the rest of the body, and is not tried again; a final failure leaves no file behind. Redirects are followed
 * here. No Authorization header is ever sent: download URLs are pre-signed, usually on another host.
 * <p>
 * The I/O thread only writes the buffers: flushing the finished file to disk and moving it into place run on the
 * file work executor, as a disk flush can take milliseconds, which would stall every other request of that I/O thread.
 */
public final class StreamingDownloader {

    private static final Logger LOG = LoggerFactory.getLogger(StreamingDownloader.class);
    private static final int BUFFER_SIZE = 64 * 1024;
    private static final int MAX_REDIRECTS = 5;

    /** Opens the file a download is written to, empty. */
    @FunctionalInterface
    interface PartFiles {
        FileChannel open(Path part) throws IOException;
    }

    private final CloseableHttpAsyncClient http;
    private final int attempts;
    private final PartFiles partFiles;
    private final Executor fileWork;

    /**
     * @param http     a started client; it must not add credentials of its own to every request
     * @param attempts how many times a download is tried in all
     * @param fileWork where a finished file is flushed to disk and moved into place, never an I/O thread
     */
    public StreamingDownloader(CloseableHttpAsyncClient http, int attempts, Executor fileWork) {
        this(http, attempts, fileWork,
                part -> FileChannel.open(part, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING));
    }

    /** @param partFiles opens the {@code .part} files: a test's failing disk */
    StreamingDownloader(CloseableHttpAsyncClient http, int attempts, Executor fileWork, PartFiles partFiles) {
        if (attempts < 1) {
            throw new IllegalArgumentException("downloadAttempts must be at least 1: " + attempts);
        }
        this.http = http;
        this.attempts = attempts;
        this.partFiles = partFiles;
        this.fileWork = fileWork;
    }

    /** Downloads {@code url} to {@code target}, replacing any file there; the future's value is {@code target}. */
    public CompletableFuture<Path> download(URI url, Path target) {
        CompletableFuture<Path> result = new CompletableFuture<>();
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
        } catch (IOException e) {
            result.completeExceptionally(new DownloadException("Cannot create the directory of " + target, e));
            return result;
        }
        attempt(url, url, target, 1, 0, result);
        return result;
    }

    private void attempt(URI original, URI url, Path target, int attempt, int redirects, CompletableFuture<Path> result) {
        Path part;
        try {
            part = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".part");
        } catch (IOException e) {
            result.completeExceptionally(new DownloadException("Cannot create a file beside " + target, e));
            return;
        }
        ToFile consumer = new ToFile(url, part, partFiles);
        http.execute(AsyncRequestBuilder.get(url).build(), consumer, new FutureCallback<>() {
            @Override
            public void completed(Long size) {
                try {
                    fileWork.execute(() -> finish(size));
                } catch (RejectedExecutionException e) {
                    deleteQuietly(part);
                    result.completeExceptionally(new DownloadException("Download from " + url.getHost()
                                                                       + " ended while shutting down", e));
                }
            }

            private void finish(long size) {
                try {
                    consumer.checkLength(size);
                } catch (IOException e) {
                    retryOrFail(e);
                    return;
                }
                try {
                    flush(part);
                    AtomicFileMove.replace(part, target);
                } catch (IOException e) {
                    failWriting(e);
                    return;
                }
                LOG.debug("Downloaded {} bytes from {} to {}", size, url.getHost(), target);
                result.complete(target);
            }

            @Override
            public void failed(Exception e) {
                if (e instanceof Redirect redirect && redirects < MAX_REDIRECTS) {
                    deleteQuietly(part);
                    attempt(original, url.resolve(redirect.location), target, attempt, redirects + 1, result);
                } else if (e instanceof DownloadUrlExpiredException expired) {
                    deleteQuietly(part);
                    result.completeExceptionally(expired);
                } else if (e instanceof WriteFailure write) {
                    failWriting((IOException) write.getCause());
                } else {
                    retryOrFail(e);
                }
            }

            /** The disk will not have room a moment later: the next delivery tries again. */
            private void failWriting(IOException e) {
                deleteQuietly(part);
                result.completeExceptionally(new DownloadException("Could not write the download from "
                        + url.getHost() + " to " + target + ": " + e.getMessage(), e));
            }

            @Override
            public void cancelled() {
                deleteQuietly(part);
                result.cancel(false);
            }

            private void retryOrFail(Exception e) {
                deleteQuietly(part);
                if (attempt >= attempts) {
                    result.completeExceptionally(new DownloadException("Download from " + url.getHost() + " failed after "
                                                                       + attempts + " attempts: " + e.getMessage(), e));
                } else {
                    LOG.warn("Download from {} broke off ({}); starting again, attempt {} of {}", url.getHost(), e,
                            attempt + 1, attempts);
                    attempt(original, original, target, attempt + 1, 0, result);
                }
            }
        });
    }

    /** Forces the file's content to the disk, so that a crash never leaves a moved but empty file. */
    private static void flush(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(false);
        }
    }

    private static void deleteQuietly(Path part) {
        try {
            Files.deleteIfExists(part);
        } catch (IOException e) {
            LOG.warn("Could not delete the partial download {}: {}", part, e.getMessage());
        }
    }

    /** The server sent us elsewhere: not an error, a reason to stop reading this response. */
    private static final class Redirect extends IOException {
        private final String location;

        Redirect(String location) {
            super("redirect to " + location);
            this.location = location;
        }
    }

    /** Writing to disk failed: not the download's fault, a reason to stop reading it. */
    private static final class WriteFailure extends IOException {
        WriteFailure(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** Writes the body to a file as it arrives; throwing from here makes the client drop the connection. */
    private static final class ToFile extends AbstractBinResponseConsumer<Long> {
        private final URI url;
        private final Path part;
        private final PartFiles partFiles;
        private FileChannel channel;
        private long written;
        private long expected = -1;

        ToFile(URI url, Path part, PartFiles partFiles) {
            this.url = url;
            this.part = part;
            this.partFiles = partFiles;
        }

        @Override
        protected void start(HttpResponse response, ContentType contentType) throws HttpException, IOException {
            int status = response.getCode();
            if (status >= 300 && status < 400) {
                Header location = response.getFirstHeader(HttpHeaders.LOCATION);
                if (location != null) {
                    throw new Redirect(location.getValue());
                }
            }
            if (status == 403 || status == 404) {
                throw new DownloadUrlExpiredException(url.getHost(), status);
            }
            if (status >= 300) {
                throw new IOException("The download host " + url.getHost() + " answered " + status);
            }
            Header length = response.getFirstHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null) {
                try {
                    expected = Long.parseLong(length.getValue().trim());
                } catch (NumberFormatException e) {
                    throw new IOException("The download host " + url.getHost() + " sent an unreadable Content-Length");
                }
            }
            try {
                channel = partFiles.open(part);
            } catch (IOException e) {
                throw new WriteFailure(e);
            }
        }

        @Override
        protected int capacityIncrement() {
            return BUFFER_SIZE;
        }

        @Override
        protected void data(ByteBuffer src, boolean endOfStream) throws IOException {
            try {
                while (src.hasRemaining()) {
                    written += channel.write(src);
                }
            } catch (IOException e) {
                throw new WriteFailure(e);
            }
        }

        @Override
        protected Long buildResult() {
            return written;
        }

        @Override
        public void releaseResources() {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException e) {
                    LOG.debug("Could not close {}: {}", part, e.getMessage());
                }
                channel = null;
            }
        }

        void checkLength(long size) throws IOException {
            if (expected >= 0 && size != expected) {
                throw new IOException("Got " + size + " of " + expected + " bytes");
            }
        }
    }
}
