package dev.camelfelt.felt.export;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.camelfelt.engine.download.DownloadException;
import dev.camelfelt.engine.download.DownloadUrlExpiredException;
import dev.camelfelt.engine.testing.Zips;
import dev.camelfelt.felt.FeltConstants;
import dev.camelfelt.felt.FeltEndpoint;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** felt:export: creates an export, waits for it off the caller's thread, and downloads its file. */
class FeltExportProducerTest extends FeltExportTestSupport {

    private static final String ZIP_NAME = "felt-export-" + EXPORT.exportId() + ".zip";

    @TempDir
    Path downloads;

    @Test
    void waitsUntilTheExportCompletesThenDownloadsItWithoutTheToken() {
        stubExport(EXPORT, EXPORT_ZIP, inProgress(EXPORT), inProgress(EXPORT), completed(EXPORT));

        Exchange exchange = template.send(exportUri("&downloadDirectory=" + downloads), e -> { });

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody()).isInstanceOf(File.class);
        assertThat(exchange.getMessage().getBody(File.class)).hasBinaryContent(EXPORT_ZIP)
                .isEqualTo(downloads.resolve(ZIP_NAME).toFile());
        assertThat(exchange.getMessage().getHeaders()).contains(
                entry(FeltConstants.EXPORT_ID, EXPORT.exportId()),
                entry(FeltConstants.EXPORT_STATUS, "completed"),
                entry(FeltConstants.DOWNLOAD_URL, downloadUrl(EXPORT)),
                entry(Exchange.FILE_NAME, ZIP_NAME));
        assertThat(wireMock.findAll(postRequestedFor(urlPathEqualTo(createPath(EXPORT))))).singleElement()
                .satisfies(create -> {
                    assertThat(create.getBodyAsString())
                            .isEqualTo("{\"output_format\":\"geojson\",\"email_on_completion\":false}");
                    assertThat(create.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
                });
        assertThat(statusPolls(EXPORT)).hasSize(3)
                .allSatisfy(poll -> assertThat(poll.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN));
        // the pre-signed URL carries its own credentials; the API token must not leak to the storage host
        assertThat(downloads(downloadPath(EXPORT))).singleElement()
                .satisfies(download -> assertThat(download.containsHeader("Authorization")).isFalse());
    }

    @Test
    void sendsTheFiltersWithTheExportRequest() {
        stubExport(EXPORT, EXPORT_ZIP, completed(EXPORT));

        Exchange exchange = template.send(
                exportUri("&filters=RAW([\"acres\",\"lt\",50000])&downloadDirectory=" + downloads), e -> { });

        assertThat(exchange.getException()).isNull();
        assertThat(wireMock.findAll(postRequestedFor(urlPathEqualTo(createPath(EXPORT))))).singleElement()
                .satisfies(create -> assertThat(create.getBodyAsString()).isEqualTo(
                        "{\"output_format\":\"geojson\",\"filters\":[\"acres\",\"lt\",50000],"
                        + "\"email_on_completion\":false}"));
    }

    @Test
    void failedExportFailsTheExchangeWithItsIds() {
        stubExport(EXPORT, EXPORT_ZIP, inProgress(EXPORT), failed(EXPORT));

        Exchange exchange = template.send(exportUri("&downloadDirectory=" + downloads), e -> { });

        assertThat(exchange.getException()).isInstanceOfSatisfying(FeltExportFailedException.class, failure -> {
            assertThat(failure.getMapId()).isEqualTo(MAP_ID);
            assertThat(failure.getLayerId()).isEqualTo(LAYER_ID);
            assertThat(failure.getExportId()).isEqualTo(EXPORT.exportId());
        }).hasMessage("Felt export " + EXPORT.exportId() + " (map " + MAP_ID + ", layer " + LAYER_ID + ") failed");
        assertThat(statusPolls(EXPORT)).hasSize(2);
        assertThat(downloads(downloadPath(EXPORT))).isEmpty();
        assertThat(downloads).isEmptyDirectory();
    }

    static Stream<Arguments> passingTrouble() {
        return Stream.of(
                Arguments.of(500, "{\"errors\":[{\"title\":\"Internal Server Error\",\"detail\":\"try again\"}]}"),
                Arguments.of(429, "{\"errors\":[{\"title\":\"Too Many Requests\",\"source\":{\"pointer\":\"/\"},"
                                  + "\"detail\":\"Rate limit exceeded\"}]}"));
    }

    @ParameterizedTest(name = "a poll answered {0} is polled again")
    @MethodSource("passingTrouble")
    void pollThatFeltCannotAnswerIsPolledAgain(int status, String errors) {
        stubExport(EXPORT, EXPORT_ZIP);
        stubStatusResponses(EXPORT, okJson(inProgress(EXPORT)),
                aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(errors),
                okJson(completed(EXPORT)));

        Exchange exchange = template.send(exportUri("&downloadDirectory=" + downloads), e -> { });

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(File.class)).hasBinaryContent(EXPORT_ZIP);
        assertThat(statusPolls(EXPORT)).hasSize(3);
    }

    @Test
    void exportThatNeverCompletesTimesOut() {
        stubExport(EXPORT, EXPORT_ZIP, inProgress(EXPORT));
        clock.advanceOnEachPoll(Duration.ofMinutes(1));
        FeltEndpoint endpoint = context.getEndpoint(exportUri("&waitTimeout=3m"), FeltEndpoint.class);
        endpoint.setClock(clock);

        Exchange exchange = template.send(endpoint, e -> { });

        assertTimedOutAfter(exchange, 180);
        assertThat(statusPolls(EXPORT)).hasSize(3);
    }

    static Stream<Object> waitTimeouts() {
        return Stream.of(Duration.ofMinutes(2), 120_000L, "2m");
    }

    @ParameterizedTest
    @MethodSource("waitTimeouts")
    void waitTimeoutHeaderOverridesTheOption(Object waitTimeout) {
        stubExport(EXPORT, EXPORT_ZIP, inProgress(EXPORT));
        clock.advanceOnEachPoll(Duration.ofMinutes(1));
        FeltEndpoint endpoint = context.getEndpoint(exportUri("&waitTimeout=30m"), FeltEndpoint.class);
        endpoint.setClock(clock);

        Exchange exchange = template.send(endpoint,
                e -> e.getMessage().setHeader(FeltConstants.WAIT_TIMEOUT, waitTimeout));

        assertTimedOutAfter(exchange, 120);
        assertThat(statusPolls(EXPORT)).hasSize(2);
    }

    private static void assertTimedOutAfter(Exchange exchange, int seconds) {
        assertThat(exchange.getException()).isInstanceOfSatisfying(FeltExportTimeoutException.class, timeout -> {
            assertThat(timeout.getMapId()).isEqualTo(MAP_ID);
            assertThat(timeout.getLayerId()).isEqualTo(LAYER_ID);
            assertThat(timeout.getExportId()).isEqualTo(EXPORT.exportId());
        }).hasMessage("Felt export " + EXPORT + " was still in_progress after " + seconds
                      + " s; it is not cancelled and can be resumed with its export id");
    }

    static Stream<Arguments> brokenDownloads() {
        return Stream.of(
                Arguments.of("shorter than its Content-Length",
                        aResponse().withHeader("Content-Length", String.valueOf(EXPORT_ZIP.length + 100))
                                .withBody(EXPORT_ZIP)),
                Arguments.of("reset midway", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    @ParameterizedTest(name = "a download {0} is started again")
    @MethodSource("brokenDownloads")
    void brokenDownloadIsStartedAgain(String broken, ResponseDefinitionBuilder brokenResponse) {
        stubExport(EXPORT, EXPORT_ZIP, completed(EXPORT));
        String scenario = "broken download";
        wireMock.stubFor(get(urlPathEqualTo(downloadPath(EXPORT))).inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED).willReturn(brokenResponse).willSetStateTo("whole"));
        wireMock.stubFor(get(urlPathEqualTo(downloadPath(EXPORT))).inScenario(scenario)
                .whenScenarioStateIs("whole").willReturn(aResponse().withBody(EXPORT_ZIP)));

        Exchange exchange = template.send(exportUri("&downloadDirectory=" + downloads), e -> { });

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(File.class)).hasBinaryContent(EXPORT_ZIP);
        assertThat(downloads(downloadPath(EXPORT))).hasSize(2);
        assertThat(downloads.toFile().list()).containsExactly(ZIP_NAME);
    }

    @Test
    void downloadThatKeepsBreakingFailsAndLeavesNoFile() {
        stubExport(EXPORT, EXPORT_ZIP, completed(EXPORT));
        wireMock.stubFor(get(urlPathEqualTo(downloadPath(EXPORT)))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        Exchange exchange = template.send(exportUri("&downloadAttempts=2&downloadDirectory=" + downloads), e -> { });

        assertThat(exchange.getException()).isInstanceOf(FeltExportDownloadException.class)
                .hasMessage("Could not download Felt export " + EXPORT + ": Download from 127.0.0.1 failed after 2"
                            + " attempts: Connection reset")
                .cause().isInstanceOf(DownloadException.class);
        assertThat(downloads(downloadPath(EXPORT))).hasSize(2);
        assertThat(downloads).isEmptyDirectory();
    }

    @Test
    void expiredDownloadUrlIsRefreshedOnce() {
        String expired = "/downloads/expired/Felt-Export.zip";
        stubExport(EXPORT, EXPORT_ZIP, inProgress(EXPORT), completed(EXPORT, baseUrl() + expired), completed(EXPORT));
        wireMock.stubFor(get(urlPathEqualTo(expired)).willReturn(aResponse().withStatus(403)));

        Exchange exchange = template.send(exportUri("&downloadDirectory=" + downloads), e -> { });

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(File.class)).hasBinaryContent(EXPORT_ZIP);
        assertThat(exchange.getMessage().getHeader(FeltConstants.DOWNLOAD_URL)).isEqualTo(downloadUrl(EXPORT));
        assertThat(statusPolls(EXPORT)).hasSize(3);
        assertThat(downloads(expired)).hasSize(1);
        assertThat(downloads(downloadPath(EXPORT))).hasSize(1);
    }

    @Test
    void downloadUrlThatStaysExpiredFailsAfterOneRefresh() {
        String expired = "/downloads/expired/Felt-Export.zip";
        stubExport(EXPORT, EXPORT_ZIP, completed(EXPORT, baseUrl() + expired));
        wireMock.stubFor(get(urlPathEqualTo(expired)).willReturn(aResponse().withStatus(404)));

        Exchange exchange = template.send(exportUri("&downloadDirectory=" + downloads), e -> { });

        assertThat(exchange.getException()).isInstanceOf(FeltExportDownloadException.class)
                .hasMessageContaining(EXPORT.toString()).cause().isInstanceOf(DownloadUrlExpiredException.class);
        assertThat(statusPolls(EXPORT)).hasSize(2);
        assertThat(downloads(expired)).hasSize(2);
        assertThat(downloads).isEmptyDirectory();
    }

    @Test
    void unzipMakesTheSingleDataFileTheBody() throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("parcels/", "");
        entries.put("parcels/parcels.geojson", GEOJSON);
        stubExport(EXPORT, Zips.zip(entries), completed(EXPORT));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:unzip").to(exportUri("&unzip=true&downloadDirectory=" + downloads))
                        .convertBodyTo(String.class);
            }
        });

        Exchange exchange = template.request("direct:unzip", e -> { });

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody()).isEqualTo(GEOJSON);
        // named after the export as well as the entry, so that another export's parcels.geojson lands elsewhere
        String name = EXPORT.exportId() + "-parcels.geojson";
        assertThat(exchange.getMessage().getHeader(Exchange.FILE_NAME)).isEqualTo(name);
        assertThat(downloads.toFile().list()).containsExactly(name);
    }

    @Test
    void withoutDownloadDirectoryTheFileIsGoneOnceTheExchangeCompletes() throws Exception {
        stubExport(EXPORT, EXPORT_ZIP, completed(EXPORT));
        AtomicReference<Path> file = new AtomicReference<>();
        AtomicReference<byte[]> content = new AtomicReference<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:temporary").to(exportUri("")).process(exchange -> {
                    file.set(exchange.getMessage().getBody(File.class).toPath());
                    content.set(Files.readAllBytes(file.get()));
                });
            }
        });

        Exchange exchange = template.request("direct:temporary", e -> { });

        assertThat(exchange.getException()).isNull();
        assertThat(content.get()).isEqualTo(EXPORT_ZIP);
        assertThat(file.get()).doesNotExist();
        assertThat(file.get().getParent().getFileName().toString()).startsWith("camel-job-");
        assertThat(file.get().getParent().toFile().list()).as("nothing left beside it").isEmpty();
    }
}
