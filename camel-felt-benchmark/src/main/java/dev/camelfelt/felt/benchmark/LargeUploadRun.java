package dev.camelfelt.felt.benchmark;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.apache.camel.Exchange;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Run 4: a 1 GiB file uploaded with felt:layers/upload to a loopback storage host, then the same file posted there by
 * {@code curl -F} with the same form fields, one after the other in the same run. The upload must stream: the heap
 * may not grow with the file.
 */
final class LargeUploadRun {

    private static final long FILE_BYTES = 1024 * Bytes.MIB;
    private static final String UPLOAD_PATH = "/api/v2/maps/big/upload";
    private static final String LAYER_PATH = "/api/v2/maps/big/layers/big";
    private static final String[][] FIELDS = {{"key", "uploads/big/${filename}"}, {"success_action_status", "204"},
                                              {"policy", "eyJleHBpcmF0aW9uIjoiMjAzMCJ9"}, {"x-amz-signature", "abc"}};

    private final Path directory;
    private final Report report;

    LargeUploadRun(Path directory, Report report) {
        this.directory = directory.toAbsolutePath();
        this.report = report;
    }

    void run() throws Exception {
        Files.createDirectories(directory);
        Path file = directory.resolve("big.geojson");
        // written, not sparse: both uploads read real blocks from the file system
        writeFile(file);
        try (StorageSink storage = StorageSink.start()) {
            WireMockServer felt = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
                    .disableRequestJournal().gzipDisabled(true));
            felt.start();
            try {
                stub(felt, storage.url());
                measure(felt.baseUrl(), storage, file);
            } finally {
                felt.stop();
                Files.deleteIfExists(file);
            }
        }
    }

    private static void writeFile(Path file) throws Exception {
        byte[] chunk = new byte[1024 * 1024];
        for (int i = 0; i < chunk.length; i++) {
            chunk[i] = (byte) (i * 31 + 7);
        }
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            for (long written = 0; written < FILE_BYTES; written += chunk.length) {
                out.write(chunk);
            }
        }
    }

    /** Felt hands out the form, and the layer is processed at the first poll. */
    private static void stub(WireMockServer felt, String storageUrl) {
        StringBuilder fields = new StringBuilder();
        for (String[] field : FIELDS) {
            fields.append(fields.isEmpty() ? "" : ",").append('"').append(field[0]).append("\":\"").append(field[1]).append('"');
        }
        felt.stubFor(post(urlPathEqualTo(UPLOAD_PATH)).willReturn(okJson("{\"type\":\"upload_response\",\"layer_id\":"
                + "\"big\",\"layer_group_id\":\"group\",\"url\":\"" + storageUrl + "\",\"presigned_attributes\":{" + fields
                + "}}")));
        felt.stubFor(get(urlPathEqualTo(LAYER_PATH)).willReturn(okJson(
                "{\"id\":\"big\",\"type\":\"layer\",\"name\":\"Big\",\"status\":\"completed\",\"progress\":100}")));
    }

    private void measure(String feltBaseUrl, StorageSink storage, Path file) throws Exception {
        String upload = "felt:layers/upload?mapId=big&name=Big&waitInitialDelay=0";
        double camelSeconds;
        long camelBytes;
        JvmSampler jvm;
        try (ExportRoute route = new ExportRoute(feltBaseUrl, upload, exchange -> { }, true)) {
            // a settled heap, so that what the upload adds stands out
            System.gc();
            jvm = JvmSampler.start();
            Exchange result = route.template().send(ExportRoute.START, exchange -> exchange.getMessage().setBody(file));
            jvm.close();
            if (result.getException() != null) {
                throw new IllegalStateException("The 1 GiB upload failed", result.getException());
            }
            camelSeconds = storage.lastSeconds();
            camelBytes = storage.lastBytes();
        }

        List<String> curl = new ArrayList<>(List.of("curl", "-s", "-o", "/dev/null", "-w", "%{http_code}"));
        for (String[] field : FIELDS) {
            curl.add("-F");
            curl.add(field[0] + "=" + field[1]);
        }
        curl.addAll(List.of("-F", "file=@" + file, storage.url()));
        Process process = new ProcessBuilder(curl).redirectErrorStream(true).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("curl did not finish");
        }
        String curlStatus = new String(process.getInputStream().readAllBytes()).trim();
        double curlSeconds = storage.lastSeconds();
        long curlBytes = storage.lastBytes();

        double camelRate = camelBytes / (double) Bytes.MIB / camelSeconds;
        double curlRate = curlBytes / (double) Bytes.MIB / curlSeconds;
        report.heading("Run 4: a %d-byte file (1 GiB) uploaded to loopback storage, in a JVM with a %d MiB heap",
                FILE_BYTES, Runtime.getRuntime().maxMemory() / Bytes.MIB);
        report.line("felt:layers/upload form size", "%d bytes", camelBytes);
        report.line("felt:layers/upload transfer", "%.2f s, %.0f MiB/s", camelSeconds, camelRate);
        report.line("curl -F form size / status", "%d bytes / %s", curlBytes, curlStatus);
        report.line("curl -F transfer", "%.2f s, %.0f MiB/s", curlSeconds, curlRate);
        report.line("throughput, camel-felt / curl", "%.2f", camelRate / curlRate);
        report.line("heap used before", "%s (after GC)", Bytes.mib(jvm.heapAtStart()));
        report.line("heap used peak", "%s, %s above before (sampled every 10 ms; goal: far below the file)",
                Bytes.mib(jvm.peakHeapUsed()), Bytes.mib(jvm.peakHeapUsed() - jvm.heapAtStart()));
        if (camelBytes <= FILE_BYTES) {
            throw new IllegalStateException("Storage received " + camelBytes + " bytes, less than the file");
        }
    }
}
