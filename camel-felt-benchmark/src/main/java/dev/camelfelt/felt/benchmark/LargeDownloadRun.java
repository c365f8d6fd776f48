package dev.camelfelt.felt.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.apache.camel.Exchange;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Run 2: one export whose file is 1 GiB, which felt:export downloads into a directory. The download must stream to
 * disk: the heap may not grow with the file, and all of it must fit in the forked JVM's -Xmx512m.
 */
final class LargeDownloadRun {

    private static final long FILE_BYTES = 1024 * Bytes.MIB;
    private static final String EXPORT_PATH = "/api/v2/maps/big/layers/big/custom_export";
    private static final String STATUS_PATH = "/api/v2/maps/big/layers/big/custom_exports/big";

    private final Path downloadDirectory;
    private final Report report;

    LargeDownloadRun(Path downloadDirectory, Report report) {
        this.downloadDirectory = downloadDirectory.toAbsolutePath();
        this.report = report;
    }

    void run() throws Exception {
        try (GeneratedBodyServer file = GeneratedBodyServer.start(FILE_BYTES)) {
            WireMockServer felt = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
                    .disableRequestJournal().gzipDisabled(true));
            felt.start();
            try {
                stub(felt, file.url());
                measure(felt.baseUrl(), file);
            } finally {
                felt.stop();
            }
        }
    }

    /** An export that is complete at the first poll, so that the download is nearly all the route does. */
    private static void stub(WireMockServer felt, String downloadUrl) {
        felt.stubFor(post(urlPathEqualTo(EXPORT_PATH)).willReturn(okJson(
                "{\"export_request_id\":\"big\",\"poll_endpoint\":\"" + felt.baseUrl() + STATUS_PATH + "\"}")));
        felt.stubFor(get(urlPathEqualTo(STATUS_PATH)).willReturn(okJson(
                "{\"export_id\":\"big\",\"status\":\"completed\",\"download_url\":\"" + downloadUrl
                + "\",\"filters\":[]}")));
    }

    private void measure(String feltBaseUrl, GeneratedBodyServer file) throws Exception {
        Files.createDirectories(downloadDirectory);
        ExportReceiver receiver = new ExportReceiver();
        String feltExport = "felt:export?mapId=big&layerId=big&format=geojson&waitInitialDelay=0&downloadDirectory="
                            + downloadDirectory;
        try (ExportRoute route = new ExportRoute(feltBaseUrl, feltExport, receiver, true)) {
            // a settled heap, so that what the download adds stands out
            System.gc();
            JvmSampler jvm = JvmSampler.start();
            long start = System.nanoTime();
            Exchange result = route.template().send(ExportRoute.START, exchange -> { });
            long end = System.nanoTime();
            long heapAfter = jvm.heapUsedNow();
            jvm.close();
            System.gc();
            long heapAfterGc = jvm.heapUsedNow();
            if (result.getException() != null) {
                throw new IllegalStateException("The 1 GiB export failed", result.getException());
            }

            ExportReceiver.Delivery delivery = receiver.deliveries().get("big");
            double downloadSeconds = (delivery.arrivedAt() - file.lastRequestAt()) / 1e9;
            long filesLeft;
            try (Stream<Path> left = Files.list(downloadDirectory)) {
                filesLeft = left.count();
            }
            report.heading("Run 2: one export of %d bytes (1 GiB), downloaded to %s, in a JVM with a %d MiB heap",
                    FILE_BYTES, downloadDirectory, Runtime.getRuntime().maxMemory() / Bytes.MIB);
            report.line("file size on disk", "%d bytes (%s)", delivery.fileBytes(),
                    delivery.fileBytes() == FILE_BYTES ? "exactly 1 GiB" : "NOT 1 GiB");
            report.line("export time", "%.2f s (create, one poll, download)", (end - start) / 1e9);
            report.line("download time / throughput", "%.2f s / %.0f MiB/s", downloadSeconds,
                    FILE_BYTES / (double) Bytes.MIB / downloadSeconds);
            report.line("heap used before", "%s (after GC)", Bytes.mib(jvm.heapAtStart()));
            report.line("heap used peak", "%s, %s above before (sampled every 10 ms)", Bytes.mib(jvm.peakHeapUsed()),
                    Bytes.mib(jvm.peakHeapUsed() - jvm.heapAtStart()));
            report.line("heap used after", "%s, after GC %s", Bytes.mib(heapAfter), Bytes.mib(heapAfterGc));
            report.line("files left after deleting it", "%d", filesLeft);
            if (delivery.fileBytes() != FILE_BYTES) {
                throw new IllegalStateException("Downloaded " + delivery.fileBytes() + " bytes, not " + FILE_BYTES);
            }
        }
    }
}
