package dev.camelfelt.felt.export;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.camelfelt.felt.FeltConstants;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Waiting exports hold no thread: many wait at once on a single poller thread. */
class FeltExportConcurrencyTest extends FeltExportTestSupport {

    private static final int EXPORTS = 50;

    @Test
    void fiftyExportsWaitAtTheSameTimeOnOnePollerThread(@TempDir Path downloads) {
        List<ExportRef> exports = IntStream.range(0, EXPORTS)
                .mapToObj(i -> new ExportRef(MAP_ID, "layer" + i, "export" + i)).toList();
        exports.forEach(export -> stubExport(export, EXPORT_ZIP, inProgress(export)));
        // the backoff keeps fifty exports from flooding the fake while they wait
        String uri = "felt:export?mapId=" + MAP_ID + "&format=geojson&waitInitialDelay=0ms&waitDelay=10ms"
                     + "&waitMaxDelay=200ms&downloadDirectory=" + downloads;

        List<CompletableFuture<Exchange>> results = exports.stream()
                .map(export -> template.asyncSend(uri,
                        exchange -> exchange.getMessage().setHeader(FeltConstants.LAYER_ID, export.layerId())))
                .toList();

        // Felt answers in_progress until every export has been created and polled, so none can finish before
        // all fifty are waiting at the same time
        await().atMost(Duration.ofSeconds(10)).until(() -> wireMock.countRequestsMatching(
                postRequestedFor(urlPathMatching("/api/v2/maps/.*/custom_export")).build()).getCount() == EXPORTS);
        await().atMost(Duration.ofSeconds(10)).until(() -> fewestPolls(exports) >= 1);
        assertThat(results).noneMatch(CompletableFuture::isDone);
        assertThat(pollerThreads()).hasSize(1);

        // slow downloads, so that all fifty are under way at once: more than the download threads
        exports.forEach(export -> {
            wireMock.stubFor(get(urlPathEqualTo(downloadPath(export)))
                    .willReturn(aResponse().withBody(EXPORT_ZIP).withFixedDelay(200)));
            wireMock.stubFor(get(urlPathEqualTo(statusPath(export))).willReturn(okJson(completed(export))));
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> results.stream().allMatch(CompletableFuture::isDone));

        assertThat(results).map(CompletableFuture::join).allSatisfy(exchange -> {
            assertThat(exchange.getException()).isNull();
            assertThat(exchange.getMessage().getHeader(FeltConstants.EXPORT_STATUS)).isEqualTo("completed");
            assertThat(exchange.getMessage().getBody(File.class)).hasBinaryContent(EXPORT_ZIP);
        });
        assertThat(results).map(result -> result.join().getMessage().getHeader(FeltConstants.EXPORT_ID))
                .containsExactlyInAnyOrderElementsOf(exports.stream().map(ExportRef::exportId).toList());
        assertThat(pollerThreads()).hasSize(1);
    }

    private static long fewestPolls(List<ExportRef> exports) {
        Map<String, Long> polls = wireMock.getAllServeEvents().stream()
                .collect(Collectors.groupingBy(event -> event.getRequest().getUrl(), Collectors.counting()));
        return exports.stream().mapToLong(export -> polls.getOrDefault(statusPath(export), 0L)).min().orElse(0);
    }

    private List<Thread> pollerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().contains("(" + context.getName() + ")"))
                .filter(thread -> thread.getName().endsWith("FeltHttpScheduler"))
                .toList();
    }
}
