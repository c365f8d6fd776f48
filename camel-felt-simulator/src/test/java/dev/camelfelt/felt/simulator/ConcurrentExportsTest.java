package dev.camelfelt.felt.simulator;

import static dev.camelfelt.felt.simulator.FeltTestClient.json;
import static dev.camelfelt.felt.simulator.FeltTestClient.unzip;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConcurrentExportsTest {

    private static final int EXPORTS = 200;
    private static final int THREADS = 32;

    @RegisterExtension
    static FeltSimulatorExtension felt = new FeltSimulatorExtension();

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void completesEveryOneOfManyParallelExports() throws Exception {
        FeltTestClient client = new FeltTestClient(felt.simulator());
        SeededMap template = felt.simulator().templateMap();
        String layerPath = "/api/v2/maps/" + template.mapId() + "/layers/" + template.layerId();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<CompletableFuture<String>> exports = IntStream.range(0, EXPORTS)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> runExport(client, layerPath, start), pool))
                    .toList();
            start.countDown();
            List<String> exportIds = exports.stream().map(CompletableFuture::join).toList();

            assertThat(exportIds).doesNotHaveDuplicates().hasSize(EXPORTS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(felt.simulator().exportsCreated()).isEqualTo(EXPORTS);
        assertThat(felt.simulator().downloadsServed()).isEqualTo(EXPORTS);
        assertThat(felt.simulator().customExports()).hasSize(EXPORTS).allSatisfy(export -> {
            assertThat(export.status()).isEqualTo(ExportStatus.COMPLETED);
            assertThat(export.polls()).isEqualTo(FeltSimulator.DEFAULT_POLLS_UNTIL_COMPLETE + 1);
        });
    }

    /** Runs one export from request to download and returns its id once the archive checked out. */
    private static String runExport(FeltTestClient client, String layerPath, CountDownLatch start) {
        awaitStart(start);
        String exportId = json(client.post(layerPath + "/custom_export", "{\"output_format\": \"geojson\"}"))
                .get("export_request_id").asText();
        JsonNode status;
        int polls = 0;
        do {
            status = json(client.get(layerPath + "/custom_exports/" + exportId));
            polls++;
        } while (status.get("status").asText().equals("in_progress"));
        assertThat(status.get("status").asText()).isEqualTo("completed");
        assertThat(polls).isEqualTo(FeltSimulator.DEFAULT_POLLS_UNTIL_COMPLETE + 1);
        byte[] archive = client.download(status.get("download_url").asText(), null).body();
        assertThat(json(unzip(archive).get("City Parks.geojson")).get("features")).hasSize(5);
        return exportId;
    }

    private static void awaitStart(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
