package dev.camelfelt.felt.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.camelfelt.engine.store.JobRecord;
import dev.camelfelt.engine.store.JobStore;
import dev.camelfelt.engine.store.MemoryJobStore;
import dev.camelfelt.engine.testing.Zips;
import dev.camelfelt.felt.FeltComponent;
import dev.camelfelt.felt.simulator.FeltApiContract;
import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.Registry;
import org.apache.camel.support.DefaultPollingConsumerPollStrategy;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Runs camel-felt's export features against a WireMock fake of Felt that checks every call to Felt's API against
 * its OpenAPI contract; a test fails on any violation. A wait that never ends fails its test instead of hanging the
 * build.
 */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
abstract class FeltExportTestSupport extends CamelTestSupport {

    static final String TOKEN = "felt-test-token";
    static final String MAP_ID = "vAbZ5eKqRoGe4sCH8nHW8D";
    static final String LAYER_ID = "7kF9Cfz45TUWIiuuWV8uZ7A";
    static final ExportRef EXPORT = new ExportRef(MAP_ID, LAYER_ID, "FZWQjWZJSZWvW3yn9BeV9AyA");
    /** The wait options that make felt:export poll at once, so that a test lasts as long as its requests. */
    static final String NO_WAIT = "waitInitialDelay=0ms&waitDelay=1ms";
    static final String GEOJSON = "{\"type\":\"FeatureCollection\",\"features\":[]}";
    /** An export's file as Felt serves it: a ZIP of one GeoJSON file. */
    static final byte[] EXPORT_ZIP = Zips.zip(Map.of("parcels.geojson", GEOJSON));

    private static final ObjectMapper JSON = new ObjectMapper();

    static final PollDrivenClock clock = new PollDrivenClock();
    static FeltApiContract.Listener contract;
    static WireMockServer wireMock;

    /** Where the component keeps the exports a consumer watches. */
    final MemoryJobStore jobStore = new MemoryJobStore();
    /** The poll strategy of the consumers of {@link #consumerUri}, bound as {@code polls}. */
    final CountingPollStrategy polls = new CountingPollStrategy();

    @BeforeAll
    static void startWireMock() {
        contract = new FeltApiContract.Listener();
        wireMock = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").extensions(contract, clock));
        wireMock.start();
    }

    @AfterAll
    static void stopWireMock() {
        wireMock.stop();
    }

    /** The fake's address, by IP so that no name resolution is involved. */
    static String baseUrl() {
        return "http://127.0.0.1:" + wireMock.port();
    }

    @Override
    protected void doPreSetup() throws Exception {
        wireMock.resetAll();
        contract.clear();
        clock.reset();
    }

    @Override
    protected void doPostTearDown() throws Exception {
        contract.assertNoViolations();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        configureFelt(context);
        context.getComponent("felt", FeltComponent.class).getConfiguration().setJobStore(jobStore);
        return context;
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("polls", polls);
    }

    /** The exports that the component's job store holds. */
    TrackedExports tracker() {
        return new TrackedExports(jobStore);
    }

    /** The exports in a job store, as Felt's exports. */
    record TrackedExports(JobStore store) {

        /** The exports not yet routed, oldest first. */
        List<ExportRef> pending() {
            return store.pending(ExportRef.JOB_TYPE).stream().map(record -> ExportRef.of(record.job())).toList();
        }

        /** How an export ended, "pending" while it is watched, or null when it is not tracked. */
        String status(String exportId) {
            return store.get(ExportRef.JOB_TYPE + ":" + exportId).map(JobRecord::status).orElse(null);
        }
    }

    /** Points the context's felt component at the fake Felt. */
    static void configureFelt(CamelContext context) {
        FeltComponent felt = context.getComponent("felt", FeltComponent.class);
        felt.getConfiguration().setBaseUrl(baseUrl());
        felt.getConfiguration().setApiToken(TOKEN);
    }

    /** felt:export of {@link #EXPORT}'s layer as GeoJSON, polling at once, followed by {@code options}. */
    static String exportUri(String options) {
        return "felt:export?mapId=" + MAP_ID + "&layerId=" + LAYER_ID + "&format=geojson&" + NO_WAIT + options;
    }

    /** A felt:export consumer that polls at once, counting its polls, followed by {@code options}. */
    static String consumerUri(Path downloadDirectory, String options) {
        return "felt:export?initialDelay=0&delay=10&pollStrategy=#polls&downloadDirectory=" + downloadDirectory
               + options;
    }

    /** Starts the export through felt:export/create, which hands it to the export tracker. */
    static void create(CamelContext camel, ExportRef export) throws IOException {
        try (ProducerTemplate producer = camel.createProducerTemplate()) {
            Exchange exchange = producer.send("felt:export/create?format=geojson&mapId=" + export.mapId()
                                              + "&layerId=" + export.layerId(), e -> { });
            assertThat(exchange.getException()).isNull();
        }
    }

    /** Waits for the context's mock:exports to receive at least {@code count} messages and returns them all. */
    static List<Message> received(CamelContext camel, int count) throws InterruptedException {
        MockEndpoint exports = camel.getEndpoint("mock:exports", MockEndpoint.class);
        exports.expectedMinimumMessageCount(count);
        exports.assertIsSatisfied();
        return exports.getReceivedExchanges().stream().map(Exchange::getMessage).toList();
    }

    static String createPath(ExportRef export) {
        return "/api/v2/maps/" + export.mapId() + "/layers/" + export.layerId() + "/custom_export";
    }

    static String statusPath(ExportRef export) {
        return "/api/v2/maps/" + export.mapId() + "/layers/" + export.layerId() + "/custom_exports/"
               + export.exportId();
    }

    /** Where the fake serves the export's file: off the API, as Felt's pre-signed URLs are. */
    static String downloadPath(ExportRef export) {
        return "/downloads/" + export.exportId() + "/Felt-Export.zip";
    }

    static String downloadUrl(ExportRef export) {
        return baseUrl() + downloadPath(export);
    }

    /** Felt answers the creation of the export, in its layer, with the export's id. */
    static void stubCreate(ExportRef export) {
        wireMock.stubFor(post(urlPathEqualTo(createPath(export))).willReturn(okJson(json(Map.of(
                "export_request_id", export.exportId(),
                "poll_endpoint", baseUrl() + statusPath(export))))));
    }

    /** Felt answers the export's status polls with these bodies in turn, then keeps answering the last one. */
    static void stubStatuses(ExportRef export, String... bodies) {
        stubStatusResponses(export, Stream.of(bodies).map(WireMock::okJson).toArray(ResponseDefinitionBuilder[]::new));
    }

    /** Felt answers the export's status polls with these responses in turn, then keeps answering the last one. */
    static void stubStatusResponses(ExportRef export, ResponseDefinitionBuilder... responses) {
        for (int poll = 0; poll < responses.length; poll++) {
            ScenarioMappingBuilder stub = get(urlPathEqualTo(statusPath(export)))
                    .inScenario("status of " + export.exportId())
                    .whenScenarioStateIs(poll == 0 ? Scenario.STARTED : "poll " + poll)
                    .willReturn(responses[poll]);
            if (poll < responses.length - 1) {
                stub.willSetStateTo("poll " + (poll + 1));
            }
            wireMock.stubFor(stub);
        }
    }

    /** Felt refuses the token: a 401 with Felt's error body. */
    static ResponseDefinitionBuilder refusedToken() {
        return aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody("{\"errors\":[{\"detail\":\"token refused\"}]}");
    }

    static void stubDownload(String path, byte[] file) {
        wireMock.stubFor(get(urlPathEqualTo(path))
                .willReturn(ok().withHeader("Content-Type", "application/zip").withBody(file)));
    }

    /** An export that Felt creates, reports with {@code statuses} and, once completed, serves as {@code file}. */
    static void stubExport(ExportRef export, byte[] file, String... statuses) {
        stubCreate(export);
        stubStatuses(export, statuses);
        stubDownload(downloadPath(export), file);
    }

    static String inProgress(ExportRef export) {
        return status(export, "in_progress", null);
    }

    static String completed(ExportRef export) {
        return completed(export, downloadUrl(export));
    }

    static String completed(ExportRef export, String downloadUrl) {
        return status(export, "completed", downloadUrl);
    }

    static String failed(ExportRef export) {
        return status(export, "failed", null);
    }

    private static String status(ExportRef export, String status, String downloadUrl) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("export_id", export.exportId());
        body.put("status", status);
        body.put("download_url", downloadUrl);
        body.put("filters", List.of());
        return json(body);
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static List<LoggedRequest> statusPolls(ExportRef export) {
        return wireMock.findAll(getRequestedFor(urlPathEqualTo(statusPath(export))));
    }

    static List<LoggedRequest> downloads(String path) {
        return wireMock.findAll(getRequestedFor(urlPathEqualTo(path)));
    }

    /**
     * A clock that moves only when the fake answers a status poll, by a step the test chooses, so that wait
     * timeouts and logged durations are exact whatever the machine's speed.
     */
    static final class PollDrivenClock extends Clock implements ServeEventListener {

        private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");

        private final AtomicReference<Instant> now = new AtomicReference<>(START);
        private volatile Duration stepPerPoll = Duration.ZERO;

        void reset() {
            now.set(START);
            stepPerPoll = Duration.ZERO;
        }

        void advanceOnEachPoll(Duration step) {
            stepPerPoll = step;
        }

        @Override
        public void beforeResponseSent(ServeEvent event, Parameters parameters) {
            if (event.getRequest().getUrl().contains("/custom_exports/")) {
                now.updateAndGet(instant -> instant.plus(stepPerPoll));
            }
        }

        @Override
        public String getName() {
            return "poll-driven-clock";
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the export waits need no time zone");
        }
    }

    /** Counts a consumer's polls, so that a test can wait for a poll that ran entirely after some event. */
    static final class CountingPollStrategy extends DefaultPollingConsumerPollStrategy {

        private final AtomicInteger polls = new AtomicInteger();

        @Override
        public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
            polls.incrementAndGet();
        }

        /** Waits for two more polls to end: the second of them started after this call. */
        void awaitCompletePoll() {
            int seen = polls.get();
            await().atMost(Duration.ofSeconds(10)).until(() -> polls.get() >= seen + 2);
        }
    }
}
