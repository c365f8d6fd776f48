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
import java.util.concurrent.ThreadLocalRandom;

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
 * The I/O thread only writes the buffers: creating and opening the part file, flushing the finished file to disk,
 * moving it into place and cleaning up after a failure run on the file work executor, as each of these can take
 * milliseconds when the disk is busy, which would stall every other request of that I/O thread.
 */
public final class StreamingDownloader {

    private static final Logger LOG = LoggerFactory.getLogger(StreamingDownloader.class);
    private static final int BUFFER_SIZE = 64 * 1024;
    private static final int MAX_REDIRECTS = 5;

    /** The disk as the downloader uses it: a test's failing or counting disk. */
    @FunctionalInterface
    interface PartFiles {
        /** Creates and opens the file a download is written to; it must not exist yet. */
        FileChannel open(Path part) throws IOException;

        /** Forces a finished file's content to the disk. */
        default void flush(FileChannel channel) throws IOException {
            channel.force(false);
        }
    }

    private final CloseableHttpAsyncClient http;
    private final int attempts;
    private final PartFiles partFiles;
    private final Executor fileWork;

    /**
     * @param http     a started client; it must not add credentials of its own to every request
     * @param attempts how many times a download is tried in all
     * @param fileWork where files are created, opened, flushed, moved and deleted, never an I/O thread
     */
    public StreamingDownloader(CloseableHttpAsyncClient http, int attempts, Executor fileWork) {
        this(http, attempts, fileWork,
                part -> FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
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

    /**
     * Downloads {@code url} to {@code target}, replacing any file there; the future's value is {@code target}.
     *
     * @param durable whether the file is flushed to the disk before it is moved into place, so that not even a crash of
     *                the machine leaves a moved but empty file
     */
    public CompletableFuture<Path> download(URI url, Path target, boolean durable) {
        CompletableFuture<Path> result = new CompletableFuture<>();
        onFileWork(result, url, () -> start(url, target, durable, result));
        return result;
    }

    /** The same, for a caller already on the file work executor: it saves the download a turn in that queue. */
    CompletableFuture<Path> downloadOnFileWork(URI url, Path target, boolean durable) {
        CompletableFuture<Path> result = new CompletableFuture<>();
        start(url, target, durable, result);
        return result;
    }

    private void start(URI url, Path target, boolean durable, CompletableFuture<Path> result) {
        Path directory = target.toAbsolutePath().getParent();
        try {
            // createDirectories builds an exception when the directory exists: the usual case, so look first
            if (!Files.isDirectory(directory)) {
                Files.createDirectories(directory);
            }
        } catch (IOException e) {
            result.completeExceptionally(new DownloadException("Cannot create the directory of " + target, e));
            return;
        }
        attempt(url, url, target, durable, 1, 0, result);
    }

    /**
     * Runs file system work on the file work executor: a file created, opened or flushed on an I/O thread would stall
     * every other request of that thread while the disk is busy.
     */
    private void onFileWork(CompletableFuture<Path> result, URI url, Runnable work) {
        try {
            fileWork.execute(work);
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new DownloadException("Download from " + url.getHost()
                                                               + " ended while shutting down", e));
        }
    }

    /** One request, on the file work executor: the part file is created and opened here, written by the I/O thread. */
    private void attempt(URI original, URI url, Path target, boolean durable, int attempt, int redirects,
                         CompletableFuture<Path> result) {
        // a name no other download uses (a clash only makes the open fail), without the temporary file API's SecureRandom
        Path part = target.resolveSibling("." + target.getFileName() + "." + Long.toHexString(
                ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".part");
        FileChannel channel;
        try {
            channel = partFiles.open(part);
        } catch (IOException e) {
            // nothing to delete: the file was not made, and one of that name would be another download's
            result.completeExceptionally(new DownloadException("Could not write the download from " + url.getHost()
                                                               + " to " + target + ": " + e.getMessage(), e));
            return;
        }
        ToFile consumer = new ToFile(url, channel);
        http.execute(AsyncRequestBuilder.get(url).build(), consumer, new FutureCallback<>() {
            @Override
            public void completed(Long size) {
                afterTransfer(() -> finish(size));
            }

            @Override
            public void failed(Exception e) {
                afterTransfer(() -> {
                    discard();
                    if (e instanceof Redirect redirect && redirects < MAX_REDIRECTS) {
                        attempt(original, url.resolve(redirect.location), target, durable, attempt, redirects + 1, result);
                    } else if (e instanceof DownloadUrlExpiredException expired) {
                        result.completeExceptionally(expired);
                    } else if (e instanceof WriteFailure write) {
                        failWriting((IOException) write.getCause());
                    } else {
                        retryOrFail(e);
                    }
                });
            }

            @Override
            public void cancelled() {
                afterTransfer(() -> {
                    discard();
                    result.cancel(false);
                });
            }

            /** What follows a transfer touches the disk: never on the I/O thread that reports its end. */
            private void afterTransfer(Runnable next) {
                try {
                    fileWork.execute(next);
                } catch (RejectedExecutionException e) {
                    discard();
                    result.completeExceptionally(new DownloadException("Download from " + url.getHost()
                                                                       + " ended while shutting down", e));
                }
            }

            private void finish(long size) {
                try {
                    consumer.checkLength(size);
                } catch (IOException e) {
                    discard();
                    retryOrFail(e);
                    return;
                }
                try {
                    if (durable) {
                        partFiles.flush(channel);
                    }
                    channel.close();
                    AtomicFileMove.replace(part, target);
                } catch (IOException e) {
                    discard();
                    failWriting(e);
                    return;
                }
                LOG.debug("Downloaded {} bytes from {} to {}", size, url.getHost(), target);
                result.complete(target);
            }

            private void discard() {
                closeQuietly(channel, part);
                deleteQuietly(part);
            }

            /** The disk will not have room a moment later: the next delivery tries again. */
            private void failWriting(IOException e) {
                result.completeExceptionally(new DownloadException("Could not write the download from "
                        + url.getHost() + " to " + target + ": " + e.getMessage(), e));
            }

            private void retryOrFail(Exception e) {
                if (attempt >= attempts) {
                    result.completeExceptionally(new DownloadException("Download from " + url.getHost() + " failed after "
                                                                       + attempts + " attempts: " + e.getMessage(), e));
                } else {
                    LOG.warn("Download from {} broke off ({}); starting again, attempt {} of {}", url.getHost(), e,
                            attempt + 1, attempts);
                    attempt(original, original, target, durable, attempt + 1, 0, result);
                }
            }
        });
    }

    private static void closeQuietly(FileChannel channel, Path part) {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.debug("Could not close {}: {}", part, e.getMessage());
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
        private final FileChannel channel;
        private long written;
        private long expected = -1;

        ToFile(URI url, FileChannel channel) {
            this.url = url;
            this.channel = channel;
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
            // the channel is the attempt's: it closes it on the file work executor, once it knows the outcome
        }

        void checkLength(long size) throws IOException {
            if (expected >= 0 && size != expected) {
                throw new IOException("Got " + size + " of " + expected + " bytes");
            }
        }
    }
}
