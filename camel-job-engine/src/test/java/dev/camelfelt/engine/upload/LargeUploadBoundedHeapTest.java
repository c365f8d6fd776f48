package dev.camelfelt.engine.upload;

import java.io.InputStream;
import java.io.RandomAccessFile;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.core5.io.CloseMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs in a JVM of 64 MiB heap (its own Surefire execution): a file eight times that size can only get through if it
 * is streamed. The storage here counts what it reads and keeps none of it.
 */
@Timeout(120)
class LargeUploadBoundedHeapTest {

    private static final long SIZE = 512L * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void aFileFarLargerThanTheHeapIsStreamedToStorageWhole() throws Exception {
        assertThat(Runtime.getRuntime().maxMemory()).as("the heap this test runs in").isLessThan(SIZE / 4);
        Path large = dir.resolve("large.bin");
        try (RandomAccessFile sparse = new RandomAccessFile(large.toFile(), "rw")) {
            sparse.setLength(SIZE);
        }
        AtomicLong received = new AtomicLong();
        AtomicReference<String> contentLength = new AtomicReference<>();
        AtomicReference<String> ending = new AtomicReference<>();
        HttpServer storage = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        storage.createContext("/bucket", exchange -> {
            contentLength.set(exchange.getRequestHeaders().getFirst("Content-Length"));
            byte[] buffer = new byte[64 * 1024];
            byte[] last = new byte[0];
            try (InputStream body = exchange.getRequestBody()) {
                for (int n; (n = body.read(buffer)) > 0; ) {
                    received.addAndGet(n);
                    last = Arrays.copyOfRange(buffer, Math.max(0, n - 64), n);
                }
            }
            ending.set(new String(last, StandardCharsets.US_ASCII));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        storage.start();
        CloseableHttpAsyncClient http = HttpAsyncClients.custom().disableAutomaticRetries().build();
        http.start();
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try {
            PresignedFormUploader uploader = new PresignedFormUploader(http, scheduler, 1, Duration.ofSeconds(1));
            URI url = URI.create("http://127.0.0.1:" + storage.getAddress().getPort() + "/bucket");

            int status = uploader.upload(url, Map.of("key", "uploads/large.bin"), "file", UploadFile.of(large))
                    .get(100, TimeUnit.SECONDS);

            assertThat(status).isEqualTo(204);
            assertThat(received.get()).isGreaterThan(SIZE).isEqualTo(Long.parseLong(contentLength.get()));
            assertThat(ending.get()).endsWith("--\r\n");
        } finally {
            http.close(CloseMode.IMMEDIATE);
            scheduler.shutdownNow();
            storage.stop(0);
        }
    }
}
