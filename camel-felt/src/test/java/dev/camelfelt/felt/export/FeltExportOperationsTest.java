package dev.camelfelt.felt.export;

import java.nio.file.Path;

import dev.camelfelt.engine.testing.ThreadNotingJobStore;
import dev.camelfelt.felt.FeltConstants;
import dev.camelfelt.felt.model.CustomExportResponse;
import dev.camelfelt.felt.model.CustomExportStatus;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** felt:export/create, felt:export/status, and which exports the export tracker is handed. */
class FeltExportOperationsTest extends FeltExportTestSupport {

    private static final ExportRef OTHER = new ExportRef(MAP_ID, LAYER_ID, "auFxn9BO4RrGGiKrGfaS7ZB");

    @Test
    void createStartsTheExportAndHandsItToTheTracker() {
        stubCreate(EXPORT);

        Exchange exchange = template.send("felt:export/create?mapId=" + MAP_ID + "&layerId=" + LAYER_ID
                                          + "&format=csv&emailOnCompletion=true", e -> { });

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody()).isEqualTo(
                new CustomExportResponse(EXPORT.exportId(), baseUrl() + statusPath(EXPORT)));
        assertThat(exchange.getMessage().getHeaders()).contains(
                entry(FeltConstants.EXPORT_ID, EXPORT.exportId()),
                entry(FeltConstants.POLL_ENDPOINT, baseUrl() + statusPath(EXPORT)),
                entry(FeltConstants.HTTP_STATUS, 200));
        assertThat(wireMock.findAll(postRequestedFor(urlPathEqualTo(createPath(EXPORT))))).singleElement()
                .satisfies(create -> assertThat(create.getBodyAsString())
                        .isEqualTo("{\"output_format\":\"csv\",\"email_on_completion\":true}"));
        assertThat(tracker().pending()).containsExactly(EXPORT);
        assertThat(tracker().status(EXPORT.exportId())).isEqualTo("pending");
    }

    @Test
    void theTrackerIsHandedTheExportOnACallbackThreadNeverOnTheIoThreadThatReadTheAnswer() throws Exception {
        stubCreate(EXPORT);
        ThreadNotingJobStore store = new ThreadNotingJobStore();
        context.getRegistry().bind("threadNoting", store);

        Exchange exchange = template.send("felt:export/create?format=csv&jobStore=#threadNoting&mapId=" + MAP_ID
                                          + "&layerId=" + LAYER_ID, e -> { });

        assertThat(exchange.getException()).isNull();
        // Camel names its threads "Camel (context) thread #n - FeltCallback"; HttpClient's I/O threads are FeltHttpIO
        assertThat(store.addedOn()).singleElement().asString().endsWith(" - FeltCallback");
        assertThat(new TrackedExports(store).pending()).containsExactly(EXPORT);
    }

    @Test
    void exportThatDoesNotWaitReturnsOnceCreatedAndHandsItToTheTracker() {
        stubExport(EXPORT, new byte[0], completed(EXPORT));

        Exchange exchange = template.send(exportUri("&waitForCompletion=false"), e -> { });

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeaders()).contains(
                entry(FeltConstants.EXPORT_ID, EXPORT.exportId()),
                entry(FeltConstants.POLL_ENDPOINT, baseUrl() + statusPath(EXPORT)));
        assertThat(statusPolls(EXPORT)).isEmpty();
        assertThat(tracker().pending()).containsExactly(EXPORT);
    }

    @Test
    void exportThatWaitsKeepsItFromTheTracker(@TempDir Path downloads) {
        stubExport(EXPORT, EXPORT_ZIP, completed(EXPORT));

        Exchange exchange = template.send(exportUri("&downloadDirectory=" + downloads), e -> { });

        assertThat(exchange.getException()).isNull();
        assertThat(tracker().pending()).isEmpty();
        assertThat(tracker().status(EXPORT.exportId())).isNull();
    }

    @Test
    void statusReadsTheExportIdFromTheOption() {
        stubStatuses(EXPORT, completed(EXPORT));

        Exchange exchange = template.send("felt:export/status?mapId=" + MAP_ID + "&layerId=" + LAYER_ID
                                          + "&exportId=" + EXPORT.exportId(), e -> { });

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody()).isInstanceOfSatisfying(CustomExportStatus.class, status -> {
            assertThat(status.exportId()).isEqualTo(EXPORT.exportId());
            assertThat(status.status()).isEqualTo("completed");
            assertThat(status.downloadUrl()).isEqualTo(downloadUrl(EXPORT));
        });
        assertThat(exchange.getMessage().getHeaders()).contains(
                entry(FeltConstants.EXPORT_STATUS, "completed"),
                entry(FeltConstants.DOWNLOAD_URL, downloadUrl(EXPORT)));
        assertThat(statusPolls(EXPORT)).hasSize(1);
    }

    @Test
    void statusHeaderOverridesTheExportIdOption() {
        stubStatuses(OTHER, inProgress(OTHER));

        Exchange exchange = template.send("felt:export/status?mapId=" + MAP_ID + "&layerId=" + LAYER_ID
                                          + "&exportId=" + EXPORT.exportId(),
                e -> e.getMessage().setHeader(FeltConstants.EXPORT_ID, OTHER.exportId()));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(FeltConstants.EXPORT_STATUS)).isEqualTo("in_progress");
        assertThat(exchange.getMessage().getHeaders()).containsEntry(FeltConstants.DOWNLOAD_URL, null);
        assertThat(statusPolls(OTHER)).hasSize(1);
        assertThat(statusPolls(EXPORT)).isEmpty();
    }
}
