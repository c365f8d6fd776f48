package dev.camelfelt.koordinates.simulator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.Extension;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded, stateful fake of the Koordinates Export API on 127.0.0.1, with a second host standing for the hosted
 * storage that downloads redirect to (127.0.0.2 where the system routes it, else 127.0.0.1 on another port).
 */
public final class KoordinatesSimulator implements AutoCloseable {

    /** The key clients must send as {@code Authorization: key <key>} unless another is configured. */
    public static final String DEFAULT_API_KEY = "koordinates-simulator-key-000001";

    /** How many polls of an export answer {@code processing} (with rising progress) before it completes. */
    public static final int DEFAULT_POLLS_UNTIL_COMPLETE = 3;

    /** How long a complete export stays downloadable before it is {@code gone}. */
    public static final Duration DEFAULT_EXPORT_LIFETIME = Duration.ofHours(1);

    private static final Logger LOG = LoggerFactory.getLogger(KoordinatesSimulator.class);
    private static final String API_HOST = "127.0.0.1";
    private static final String PREFERRED_STORAGE_HOST = "127.0.0.2";

    private final String apiKey;
    private final ExportStore exports;
    private final AtomicReference<CreateAnswer> createAnswer = new AtomicReference<>();
    private final CreateAnswer initialCreateAnswer;
    private final String storageHost;
    private final WireMockServer api;
    private final WireMockServer storage;

    private KoordinatesSimulator(Builder builder) {
        this.apiKey = builder.apiKey;
        this.exports = new ExportStore(builder.pollsUntilComplete, builder.exportLifetime, builder.clock);
        this.initialCreateAnswer = builder.createAnswer;
        this.createAnswer.set(initialCreateAnswer);
        this.storageHost = storageHost();
        this.storage = server(storageHost, builder.storagePort, new StorageTransformer(exports));
        List<ApiRoute> routes = new ArrayList<>(new ExportApi(exports, FormatChoices.load(), createAnswer::get,
                this::storageUrl).routes());
        routes.addAll(new CropApi().routes());
        this.api = server(API_HOST, builder.port, new ApiTransformer(apiKey, routes));
        storage.start();
        api.start();
        registerStubs();
        LOG.info("Koordinates simulator listening on {} with storage on {}", baseUrl(), storageUrl());
    }

    /** Starts a simulator with the default key, poll count and lifetime on free ports. */
    public static KoordinatesSimulator start() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The scheme, host and port to configure clients with, e.g. {@code http://127.0.0.1:PORT}. */
    public String baseUrl() {
        return "http://" + API_HOST + ":" + api.port();
    }

    /** The API root, {@code baseUrl() + "/services/api/v1/"}. */
    public String apiUrl() {
        return baseUrl() + ApiUrls.API_PATH;
    }

    /** The storage host's URL; downloads redirect there. */
    public String storageUrl() {
        return "http://" + storageHost + ":" + storage.port();
    }

    /** The API key clients must send. */
    public String apiKey() {
        return apiKey;
    }

    /** The API's WireMock server, to {@code verify} requests or add failure stubs. */
    public WireMockServer wireMock() {
        return api;
    }

    /** The storage host's WireMock server. */
    public WireMockServer storage() {
        return storage;
    }

    /** The layers and tables that can be exported. */
    public List<SeededLayer> layers() {
        return SeedData.LAYERS;
    }

    /** A vector layer whose rows lie all over New Zealand. */
    public SeededLayer airportsLayer() {
        return SeedData.AIRPORTS;
    }

    /** A vector layer on the Chatham Islands only, which any mainland extent misses. */
    public SeededLayer chathamHutsLayer() {
        return SeedData.CHATHAM_HUTS;
    }

    /** A table without geometry. */
    public SeededLayer airportCodesTable() {
        return SeedData.AIRPORT_CODES;
    }

    /** The crop layers. */
    public List<CropLayer> cropLayers() {
        return SeedData.CROP_LAYERS;
    }

    /** The API URL of a layer or table, as export items name it. */
    public String itemUrl(SeededLayer layer) {
        return apiUrl() + layer.apiPath();
    }

    /** The API URL of a crop feature, which an export request may give as its extent. */
    public String cropFeatureUrl(CropLayer layer, CropFeature feature) {
        return ApiUrls.of(baseUrl()).cropFeature(layer, feature);
    }

    /** An export's state, without counting a poll. */
    public Optional<SimulatedExport> export(int exportId) {
        return exports.find(exportId).map(SimulatedExport::of);
    }

    /** Every export, newest first. */
    public List<SimulatedExport> exports() {
        return exports.list().stream().map(SimulatedExport::of).toList();
    }

    /** How many export archives the storage host served since the last reset. */
    public long downloadsServed() {
        return exports.downloadsServed();
    }

    /** Chooses how {@code POST exports/} answers from now on, until the next reset. */
    public void setCreateAnswer(CreateAnswer answer) {
        createAnswer.set(answer);
    }

    /** Makes every export of the layer that finishes from now on end in {@code error}. */
    public void failExportsOfLayer(int layerId) {
        exports.failExportsOfLayer(layerId);
    }

    /** Makes a complete export {@code gone} now, as if its lifetime were over. */
    public void expire(int exportId) {
        exports.expire(exportId);
    }

    /** Returns to the seeded state: no exports, no recorded requests or added stubs, the configured create answer. */
    public void reset() {
        exports.reset();
        createAnswer.set(initialCreateAnswer);
        api.resetAll();
        storage.resetAll();
        registerStubs();
    }

    @Override
    public void close() {
        api.stop();
        storage.stop();
    }

    private void registerStubs() {
        api.stubFor(any(urlPathMatching(ApiUrls.API_PATH + ".*"))
                .willReturn(aResponse().withTransformers(ApiTransformer.NAME)));
        storage.stubFor(get(urlPathMatching(StorageTransformer.PATH_PREFIX + ".*"))
                .willReturn(aResponse().withTransformers(StorageTransformer.NAME)));
    }

    private static WireMockServer server(String host, int port, Extension transformer) {
        return new WireMockServer(WireMockConfiguration.options()
                .port(port)
                .bindAddress(host)
                .extensions(transformer)
                .notifier(new ConsoleNotifier(false))
                // archives carry a Content-Length, as a storage service's downloads do
                .useChunkedTransferEncoding(Options.ChunkedEncodingPolicy.NEVER)
                .gzipDisabled(true));
    }

    /** A second loopback address makes the storage a different host, as it is for real; not every system has one. */
    private static String storageHost() {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(InetAddress.getByName(PREFERRED_STORAGE_HOST), 0));
            return PREFERRED_STORAGE_HOST;
        } catch (IOException e) {
            return API_HOST;
        }
    }

    /** Configures and starts a {@link KoordinatesSimulator}. */
    public static final class Builder {

        private String apiKey = DEFAULT_API_KEY;
        private int pollsUntilComplete = DEFAULT_POLLS_UNTIL_COMPLETE;
        private Duration exportLifetime = DEFAULT_EXPORT_LIFETIME;
        private Clock clock = Clock.systemUTC();
        private CreateAnswer createAnswer = CreateAnswer.EXPORT_BODY;
        private int port;
        private int storagePort;

        private Builder() {
        }

        public Builder apiKey(String apiKey) {
            if (apiKey == null || apiKey.isBlank()) {
                throw new IllegalArgumentException("The API key must not be blank");
            }
            this.apiKey = apiKey;
            return this;
        }

        /** How many polls of an export answer {@code processing}; 0 completes exports at once. */
        public Builder pollsUntilComplete(int pollsUntilComplete) {
            if (pollsUntilComplete < 0) {
                throw new IllegalArgumentException("pollsUntilComplete must not be negative");
            }
            this.pollsUntilComplete = pollsUntilComplete;
            return this;
        }

        /** How long a complete export stays downloadable, measured on the clock. */
        public Builder exportLifetime(Duration exportLifetime) {
            if (exportLifetime == null || exportLifetime.isNegative()) {
                throw new IllegalArgumentException("exportLifetime must not be negative");
            }
            this.exportLifetime = exportLifetime;
            return this;
        }

        /** The clock of creation times and lifetimes; tests pass one they move. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder createAnswer(CreateAnswer createAnswer) {
            this.createAnswer = createAnswer;
            return this;
        }

        /** The API's port; 0, the default, picks a free one. */
        public Builder port(int port) {
            this.port = checkPort(port);
            return this;
        }

        /** The storage host's port; 0, the default, picks a free one. */
        public Builder storagePort(int storagePort) {
            this.storagePort = checkPort(storagePort);
            return this;
        }

        public KoordinatesSimulator build() {
            return new KoordinatesSimulator(this);
        }

        private static int checkPort(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("Not a port: " + port);
            }
            return port;
        }
    }
}
