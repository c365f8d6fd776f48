package dev.camelfelt.felt.simulator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;

/**
 * The storage host Felt's uploads go to: a second loopback server taking pre-signed multipart form posts the way
 * S3 does. It checks that the pre-signed fields come first, unchanged and in the order handed out, and the file last
 * as the field {@code file}; it refuses an {@code Authorization} header and answers 204.
 */
public final class UploadStorage implements AutoCloseable {

    static final String BUCKET_PATH = "/felt-uploads";

    private static final String FILE_FIELD = "file";
    private static final String KEY_PREFIX = "uploads/";
    private static final String FILE_NAME_VARIABLE = "${filename}";
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final ConcurrentMap<String, PendingUpload> pending = new ConcurrentHashMap<>();
    private final Queue<StorageFailure> failures = new ConcurrentLinkedQueue<>();
    private final Queue<ReceivedUpload> received = new ConcurrentLinkedQueue<>();
    private final Consumer<ReceivedUpload> onReceived;
    private final String bindAddress;
    private final WireMockServer server;

    UploadStorage(String bindAddress, Consumer<ReceivedUpload> onReceived) {
        this.bindAddress = bindAddress;
        this.onReceived = onReceived;
        this.server = new WireMockServer(WireMockConfiguration.options()
                .port(0)
                .bindAddress(bindAddress)
                .extensions(new StorageTransformer())
                .notifier(new WireMockLogNotifier())
                .gzipDisabled(true));
        server.start();
        registerStub();
    }

    /** Returns the root URL of the storage host, by the address it listens on. */
    public String baseUrl() {
        return "http://" + bindAddress + ":" + server.port();
    }

    /** Returns the underlying WireMock server, for instance to {@code verify} what was posted. */
    public WireMockServer wireMock() {
        return server;
    }

    /** Makes the next {@code times} uploads fail the given way, before their form is read. */
    public void failNext(StorageFailure failure, int times) {
        for (int i = 0; i < times; i++) {
            failures.add(failure);
        }
    }

    /** Returns the files accepted since the last reset, oldest first. */
    public List<ReceivedUpload> uploads() {
        return List.copyOf(received);
    }

    /** Hands out a pre-signed form for the file of a layer. */
    PendingUpload issue(String mapId, String layerId) {
        String uploadId = FeltIds.next();
        Instant now = Instant.now();
        ObjectNode fields = Json.MAPPER.createObjectNode();
        fields.put("key", KEY_PREFIX + uploadId + "/" + FILE_NAME_VARIABLE);
        fields.put("success_action_status", "204");
        fields.put("x-amz-algorithm", "AWS4-HMAC-SHA256");
        fields.put("x-amz-credential", "SIMULATOR/" + AMZ_DATE.format(now).substring(0, 8)
                + "/us-east-1/s3/aws4_request");
        fields.put("x-amz-date", AMZ_DATE.format(now));
        fields.put("policy", Base64.getEncoder().encodeToString(("{\"expiration\":\"" + now.plusSeconds(3600)
                + "\",\"conditions\":[{\"bucket\":\"felt-uploads\"},[\"starts-with\",\"$key\",\"" + KEY_PREFIX + uploadId
                + "/\"]]}").getBytes(StandardCharsets.UTF_8)));
        fields.put("x-amz-signature", FeltIds.next().toLowerCase());
        PendingUpload upload = new PendingUpload(uploadId, mapId, layerId, baseUrl() + BUCKET_PATH, fields);
        pending.put(uploadId, upload);
        return upload;
    }

    /** Forgets forms, files and forced failures. */
    void reset() {
        pending.clear();
        failures.clear();
        received.clear();
        server.resetAll();
        registerStub();
    }

    @Override
    public void close() {
        server.stop();
    }

    private void registerStub() {
        server.stubFor(post(urlPathEqualTo(BUCKET_PATH)).willReturn(aResponse().withTransformers(StorageTransformer.NAME)));
    }

    private ResponseDefinition accept(LoggedRequest request) {
        StorageFailure failure = failures.poll();
        if (failure != null) {
            return switch (failure) {
                case CONNECTION_RESET -> ResponseDefinitionBuilder.responseDefinition()
                        .withFault(Fault.CONNECTION_RESET_BY_PEER).build();
                case SERVER_ERROR -> StorageErrors.response(503, "SlowDown", "Please reduce your request rate.");
                case POLICY_EXPIRED -> StorageErrors.response(403, "AccessDenied", "Invalid according to Policy: Policy expired.");
            };
        }
        // the form carries its own credentials; storage refuses a second mechanism
        if (request.containsHeader("Authorization")) {
            return StorageErrors.response(400, "InvalidArgument", "Only one auth mechanism allowed; a POST form upload must not send "
                    + "an Authorization header");
        }
        MultipartForm form = MultipartForm.parse(request.getHeader("Content-Type"), request.getBody()).orElse(null);
        if (form == null) {
            return StorageErrors.response(400, "MalformedPOSTRequest", "The body of your POST request is not well-formed "
                    + "multipart/form-data.");
        }
        List<MultipartForm.Part> parts = form.parts();
        String key = parts.isEmpty() ? "" : new String(parts.get(0).content(), StandardCharsets.UTF_8);
        PendingUpload upload = key.startsWith(KEY_PREFIX)
                ? pending.get(key.substring(KEY_PREFIX.length()).split("/", 2)[0]) : null;
        if (upload == null) {
            return StorageErrors.response(403, "AccessDenied", "Invalid according to Policy: the first field must be the pre-signed "
                    + "'key'; received " + form.names());
        }
        List<String> expected = new ArrayList<>();
        upload.presignedAttributes().fieldNames().forEachRemaining(expected::add);
        expected.add(FILE_FIELD);
        if (!expected.equals(form.names())) {
            return StorageErrors.response(400, "InvalidArgument", "The pre-signed fields must come first, in the order given, and the "
                    + "file last as the field 'file': expected " + expected + ", received " + form.names());
        }
        for (int i = 0; i < expected.size() - 1; i++) {
            String given = upload.presignedAttributes().get(expected.get(i)).asText();
            if (!given.equals(new String(parts.get(i).content(), StandardCharsets.UTF_8))) {
                return StorageErrors.response(403, "AccessDenied", "Invalid according to Policy: Policy Condition failed: the field '"
                        + expected.get(i) + "' differs from the pre-signed value");
            }
        }
        MultipartForm.Part file = parts.get(parts.size() - 1);
        if (file.fileName() == null || file.fileName().isBlank()) {
            return StorageErrors.response(400, "InvalidArgument", "The field 'file' must carry a file name");
        }
        ReceivedUpload accepted = new ReceivedUpload(upload.mapId(), upload.layerId(), form.names(), file.fileName(),
                file.content());
        received.add(accepted);
        onReceived.accept(accepted);
        return ResponseDefinitionBuilder.responseDefinition().withStatus(204).build();
    }

    /** Hands every form post to the storage. */
    private final class StorageTransformer implements ResponseDefinitionTransformerV2 {

        static final String NAME = "felt-upload-storage";

        @Override
        public String getName() {
            return NAME;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            return accept(serveEvent.getRequest());
        }
    }
}
