package dev.camelfelt.felt.simulator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathTemplate;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An embedded, stateful fake of Felt's REST API (v2) on 127.0.0.1 that checks its traffic against Felt's contract. */
public final class FeltSimulator implements AutoCloseable {

    /** The token clients must send as {@code Authorization: Bearer <token>} unless another is configured. */
    public static final String DEFAULT_TOKEN = "felt-simulator-token";

    /** How many polls of a custom export answer {@code in_progress} unless configured otherwise. */
    public static final int DEFAULT_POLLS_UNTIL_COMPLETE = 3;

    private static final Logger LOG = LoggerFactory.getLogger(FeltSimulator.class);
    private static final String BIND_ADDRESS = "127.0.0.1";

    private final String token;
    private final MapStore maps = new MapStore();
    private final LibraryStore library = new LibraryStore();
    private final ExportStore exports;
    private final LayerProcessing processing;
    private final ProjectOperations projects;
    private final SourceOperations sources;
    private final UploadStorage storage;
    private final FeltApiContract contract = FeltApiContract.load();
    private final FeltApiContract.Listener contractListener = new FeltApiContract.Listener(contract);
    private final WireMockServer server;

    private FeltSimulator(Builder builder) {
        this.token = builder.token;
        this.exports = new ExportStore(builder.pollsUntilComplete);
        this.processing = new LayerProcessing(builder.pollsUntilComplete);
        this.projects = new ProjectOperations(maps);
        this.sources = new SourceOperations(maps, processing, builder.pollsUntilComplete);
        LayerOperations layers = new LayerOperations(maps, processing, this::storage);
        this.storage = new UploadStorage(BIND_ADDRESS, layers::received);
        Map<String, FeltOperation> handlers = new HashMap<>();
        handlers.putAll(new MapOperations(maps).handlers());
        handlers.putAll(new LibraryOperations(maps, library).handlers());
        handlers.putAll(new ExportOperations(maps, exports).handlers());
        handlers.putAll(layers.handlers());
        handlers.putAll(new LayerGroupOperations(maps).handlers());
        handlers.putAll(new ElementOperations(maps).handlers());
        handlers.putAll(new CommentOperations(maps).handlers());
        handlers.putAll(projects.handlers());
        handlers.putAll(sources.handlers());
        handlers.putAll(new AccountOperations(maps).handlers());
        this.server = new WireMockServer(WireMockConfiguration.options()
                .port(builder.port)
                .bindAddress(BIND_ADDRESS)
                .extensions(new FeltApiTransformer(token, contract, handlers), new DownloadTransformer(exports),
                        contractListener)
                .notifier(new WireMockLogNotifier())
                // archives carry a Content-Length, as a storage service's downloads do
                .useChunkedTransferEncoding(Options.ChunkedEncodingPolicy.NEVER)
                .gzipDisabled(true));
        server.start();
        registerStubs();
        LOG.info("Felt simulator listening on {}, its upload storage on {}", baseUrl(), storage.baseUrl());
    }

    /** Starts a simulator with the default token, poll count and a free port. */
    public static FeltSimulator start() {
        return builder().build();
    }

    /** Returns a builder for a simulator with non-default settings. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the root URL to configure clients with, such as {@code http://127.0.0.1:PORT}; the API is under {@code /api/v2}. */
    public String baseUrl() {
        return "http://" + BIND_ADDRESS + ":" + port();
    }

    /** Returns the API token clients must send. */
    public String token() {
        return token;
    }

    /** Returns the port the simulator listens on. */
    public int port() {
        return server.port();
    }

    /** Returns the underlying WireMock server, for instance to {@code verify} requests or add failure stubs. */
    public WireMockServer wireMock() {
        return server;
    }

    /** Returns the storage host uploads go to, to inspect what it received or make it fail. */
    public UploadStorage storage() {
        return storage;
    }

    /** Returns the seeded template map. */
    public SeededMap templateMap() {
        return SeedData.TEMPLATE;
    }

    /** Returns the current state of a map, if it exists. */
    public Optional<FeltMap> map(String mapId) {
        return maps.find(mapId);
    }

    /** Returns a custom export without counting it as polled, if it exists. */
    public Optional<CustomExport> customExport(String exportId) {
        return exports.find(exportId);
    }

    /** Returns every custom export requested since the last reset. */
    public List<CustomExport> customExports() {
        return exports.customExports();
    }

    /** Returns how many custom exports were requested since the last reset. */
    public int exportsCreated() {
        return exports.customExports().size();
    }

    /** Returns how many export archives were downloaded since the last reset. */
    public long downloadsServed() {
        return exports.downloadsServed();
    }

    /** Makes every export of the layer that finishes from now on report {@code failed}. */
    public void failExportsOfLayer(String layerId) {
        exports.failExportsOfLayer(layerId);
    }

    /** Returns a project, if it exists. */
    public Optional<FeltProject> project(String projectId) {
        return projects.find(projectId);
    }

    /** Makes the processing of the layer (after an upload or refresh) that finishes from now on fail. */
    public void failLayer(String layerId) {
        processing.failLayer(layerId);
    }

    /** Makes the processing of every layer of that name that finishes from now on fail, as an upload named so. */
    public void failLayersNamed(String name) {
        processing.failLayersNamed(name);
    }

    /** Makes the syncs of the source that finish from now on fail. */
    public void failSyncsOfSource(String sourceId) {
        sources.failSyncsOfSource(sourceId);
    }

    /** Makes the syncs of every source of that name that finish from now on fail, as a source created so. */
    public void failSyncsOfSourcesNamed(String name) {
        sources.failSyncsOfSourcesNamed(name);
    }

    /** Returns the contract violations seen in the simulator's traffic since the last reset. */
    public List<String> contractViolations() {
        return contractListener.violations();
    }

    /** Returns to the seeded state, dropping added stubs, recorded requests, exports, uploads, forced failures and violations. */
    public void reset() {
        maps.reset();
        library.reset();
        exports.reset();
        processing.reset();
        projects.reset();
        sources.reset();
        storage.reset();
        server.resetAll();
        registerStubs();
        contractListener.clear();
    }

    /** Stops the server. */
    @Override
    public void close() {
        server.stop();
        storage.close();
    }

    private void registerStubs() {
        for (SpecOperation operation : contract.operations()) {
            server.stubFor(request(operation.method(), urlPathTemplate(operation.pathTemplate()))
                    .willReturn(aResponse()
                            .withTransformers(FeltApiTransformer.NAME)
                            .withTransformerParameter(FeltApiTransformer.OPERATION_PARAMETER, operation.operationId())));
        }
        server.stubFor(get(urlPathTemplate(FeltUrls.DOWNLOAD_PATH_TEMPLATE))
                .willReturn(aResponse().withTransformers(DownloadTransformer.NAME)));
    }

    /** Configures and starts a {@link FeltSimulator}. */
    public static final class Builder {

        private String token = DEFAULT_TOKEN;
        private int pollsUntilComplete = DEFAULT_POLLS_UNTIL_COMPLETE;
        private int port;

        private Builder() {
        }

        /** Sets the API token clients must send. */
        public Builder token(String token) {
            if (token == null || token.isBlank()) {
                throw new IllegalArgumentException("The token must not be blank");
            }
            this.token = token;
            return this;
        }

        /** Sets how many polls of a custom export answer {@code in_progress} before it completes. */
        public Builder pollsUntilComplete(int pollsUntilComplete) {
            if (pollsUntilComplete < 0) {
                throw new IllegalArgumentException("pollsUntilComplete must not be negative");
            }
            this.pollsUntilComplete = pollsUntilComplete;
            return this;
        }

        /** Sets the port to listen on; 0, the default, picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("Not a port: " + port);
            }
            this.port = port;
            return this;
        }

        /** Starts the simulator. */
        public FeltSimulator build() {
            return new FeltSimulator(this);
        }
    }
}
