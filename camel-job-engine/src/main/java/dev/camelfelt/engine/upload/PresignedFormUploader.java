package dev.camelfelt.engine.upload;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleResponseConsumer;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.nio.support.AsyncRequestBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts a file to a pre-signed storage URL as a multipart form: the pre-signed fields first, in the order given, then
 * the file, streamed from disk. No thread is held while the file travels or while a retry waits. A transfer that
 * breaks off or a storage 5xx is started again from the first byte, a bounded number of times; a 4xx is final, as
 * the same form would be refused again. No {@code Authorization} header is sent: the form carries its own signature,
 * and storage refuses a second mechanism.
 */
public final class PresignedFormUploader {

    private static final Logger LOG = LoggerFactory.getLogger(PresignedFormUploader.class);
    private static final int MAX_ERROR_TEXT = 300;

    private final CloseableHttpAsyncClient http;
    private final ScheduledExecutorService scheduler;
    private final int attempts;
    private final Duration retryDelay;

    /**
     * @param http       a started client; it must not add credentials of its own to every request
     * @param scheduler  where the pause before a retry is waited, without a thread
     * @param attempts   how many times the file is sent in all
     * @param retryDelay the pause before the first retry, doubled for each further one
     */
    public PresignedFormUploader(CloseableHttpAsyncClient http, ScheduledExecutorService scheduler, int attempts,
                                 Duration retryDelay) {
        if (attempts < 1) {
            throw new IllegalArgumentException("uploadAttempts must be at least 1: " + attempts);
        }
        this.http = http;
        this.scheduler = scheduler;
        this.attempts = attempts;
        this.retryDelay = retryDelay;
    }

    /**
     * Sends {@code file} to {@code url} as the form field {@code fileField}, after {@code fields} in their iteration
     * order. Completes with the storage host's status, or fails with an {@link UploadException} (an
     * {@link UploadRejectedException} for a 4xx).
     */
    public CompletableFuture<Integer> upload(URI url, Map<String, String> fields, String fileField, UploadFile file) {
        CompletableFuture<Integer> result = new CompletableFuture<>();
        attempt(url, fields, fileField, file, 1, result);
        return result;
    }

    private void attempt(URI url, Map<String, String> fields, String fileField, UploadFile file, int attempt,
                         CompletableFuture<Integer> result) {
        MultipartFormProducer form;
        try {
            form = new MultipartFormProducer(fields, fileField, file);
        } catch (IOException e) {
            result.completeExceptionally(new UploadException("Cannot read " + file.path() + " to upload it: "
                                                             + e.getMessage(), attempt - 1, e));
            return;
        }
        LOG.debug("Uploading {} ({} bytes) to {}, attempt {} of {}", file.fileName(), form.getContentLength(),
                url.getHost(), attempt, attempts);
        http.execute(AsyncRequestBuilder.post(url).setEntity(form).build(), SimpleResponseConsumer.create(),
                new FutureCallback<>() {
                    @Override
                    public void completed(SimpleHttpResponse response) {
                        int status = response.getCode();
                        if (status >= 200 && status < 300) {
                            // S3 answers 204 to a form post without a redirect; any 2xx means the file is there
                            LOG.debug("Storage at {} took {} ({} bytes): {}", url.getHost(), file.fileName(),
                                    form.getContentLength(), status);
                            result.complete(status);
                        } else if (status >= 400 && status < 500) {
                            result.completeExceptionally(new UploadRejectedException("The storage host " + url.getHost()
                                    + " refused the upload of " + file.fileName() + ": " + status + describe(response),
                                    status, attempt));
                        } else {
                            retryOrFail(new IOException("The storage host " + url.getHost() + " answered " + status
                                                        + describe(response)));
                        }
                    }

                    @Override
                    public void failed(Exception e) {
                        retryOrFail(e);
                    }

                    @Override
                    public void cancelled() {
                        result.cancel(false);
                    }

                    private void retryOrFail(Exception e) {
                        if (attempt >= attempts) {
                            result.completeExceptionally(new UploadException("The upload of " + file.fileName()
                                    + " to " + url.getHost() + " failed after " + attempt + " attempts: " + e.getMessage(),
                                    attempt, e));
                            return;
                        }
                        long delay = retryDelay.toMillis() << Math.min(attempt - 1, 20);
                        LOG.warn("The upload of {} to {} broke off ({}); sending it again from the start in {} ms, "
                                 + "attempt {} of {}", file.fileName(), url.getHost(), e.getMessage(), delay,
                                attempt + 1, attempts);
                        scheduler.schedule(() -> attempt(url, fields, fileField, file, attempt + 1, result), delay,
                                TimeUnit.MILLISECONDS);
                    }
                });
    }

    /** Storage explains itself in a short XML body; enough of it to say why. */
    private static String describe(SimpleHttpResponse response) {
        String text = response.getBodyText();
        if (text == null || text.isBlank()) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ").trim();
        return " (" + (flat.length() > MAX_ERROR_TEXT ? flat.substring(0, MAX_ERROR_TEXT) + "..." : flat) + ")";
    }
}
