package dev.camelfelt.felt.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import com.github.tomakehurst.wiremock.client.WireMock;
import dev.camelfelt.engine.store.JobRecord;
import dev.camelfelt.felt.FeltConstants;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One export's trouble never holds up the others, refused polls leave an export pending, and a route that keeps
 * failing is given up.
 */
class FeltExportConsumerFaultsTest extends FeltExportTestSupport {

    @TempDir
    Path downloads;

    @Test
    void refusedPollsAndACorruptZipLeaveTheOtherExportsToBeEmitted() throws Exception {
        ExportRef refused = new ExportRef(MAP_ID, LAYER_ID, "auFxn9BO4RrGGiKrGfaS7ZB");
        ExportRef corrupt = new ExportRef(MAP_ID, LAYER_ID, "ZqT3n9UeQ1KxWb7vYc2PdA");
        stubCreate(refused);
        stubStatusResponses(refused, refusedToken());
        stubExport(corrupt, "not a zip".getBytes(StandardCharsets.UTF_8), completed(corrupt));
        stubExport(EXPORT, EXPORT_ZIP, completed(EXPORT));
        for (ExportRef export : new ExportRef[] { refused, corrupt, EXPORT }) {
            create(context, export);
        }
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(consumerUri(downloads, "&unzip=true")).to("mock:exports");
            }
        });

        assertThat(received(context, 1)).singleElement()
                .satisfies(message -> assertThat(message.getHeader(FeltConstants.EXPORT_ID)).isEqualTo(EXPORT.exportId()));
        polls.awaitCompletePoll();
        assertThat(getMockEndpoint("mock:exports").getReceivedCounter()).isEqualTo(1);
        assertThat(downloads.resolve("felt-export-" + corrupt.exportId() + ".zip")).doesNotExist();
        // the 401 answer is the test's own, outside Felt's published description
        contract.clear();
    }

    @Test
    void aRouteThatKeepsFailingIsGivenUpAfterMaxRedeliveriesWithOneDownload() throws Exception {
        stubExport(EXPORT, EXPORT_ZIP, completed(EXPORT));
        create(context, EXPORT);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(consumerUri(downloads, "&maxRedeliveries=3")).to("mock:exports")
                        .throwException(new IllegalStateException("the downstream system is down"));
            }
        });

        await().atMost(Duration.ofSeconds(10)).until(() -> "given-up".equals(tracker().status(EXPORT.exportId())));
        polls.awaitCompletePoll();
        assertThat(getMockEndpoint("mock:exports").getReceivedCounter()).isEqualTo(3);
        assertThat(downloads(downloadPath(EXPORT))).hasSize(1);
        assertThat(wireMock.findAll(WireMock.getRequestedFor(WireMock.urlPathEqualTo(statusPath(EXPORT))))).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void exportWhosePollsAreRefusedStaysPendingAndIsEmittedOnceFeltAnswersAgain() throws Exception {
        stubCreate(EXPORT);
        stubStatusResponses(EXPORT, refusedToken());
        stubDownload(downloadPath(EXPORT), EXPORT_ZIP);
        create(context, EXPORT);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(consumerUri(downloads, "&maxRedeliveries=1")).to("mock:exports");
            }
        });

        await().atMost(Duration.ofSeconds(10)).until(() -> statusPolls(EXPORT).size() >= 2);
        polls.awaitCompletePoll();
        assertThat(getMockEndpoint("mock:exports").getReceivedCounter()).isZero();
        assertThat(tracker().pending()).containsExactly(EXPORT);
        assertThat(jobStore.get(EXPORT.job().key())).get().extracting(JobRecord::failedDeliveries).isEqualTo(0);
        assertThat(downloads(downloadPath(EXPORT))).isEmpty();

        // the token is accepted again
        stubStatuses(EXPORT, completed(EXPORT));

        assertThat(received(context, 1)).singleElement()
                .satisfies(message -> assertThat(message.getHeader(FeltConstants.EXPORT_ID)).isEqualTo(EXPORT.exportId()));
        polls.awaitCompletePoll();
        assertThat(getMockEndpoint("mock:exports").getReceivedCounter()).isEqualTo(1);
        assertThat(downloads(downloadPath(EXPORT))).hasSize(1);
        assertThat(tracker().status(EXPORT.exportId())).isEqualTo("completed");
        // the 401 answers are the test's own, outside Felt's published description
        contract.clear();
    }
}
