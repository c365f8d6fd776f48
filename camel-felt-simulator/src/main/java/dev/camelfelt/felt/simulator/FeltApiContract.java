package dev.camelfelt.felt.simulator;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Felt's OpenAPI contract (the vendored spec), checking recorded WireMock traffic against it. */
public final class FeltApiContract {

    static final String SPEC_RESOURCE = "felt-openapi.json";

    private static final String API_PREFIX = "/api/v2/";
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private final OpenApiInteractionValidator validator;
    private final List<SpecOperation> operations;

    private FeltApiContract(String spec) {
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(spec)
                // match request paths as they are, whatever host serves them (the spec names https://felt.com)
                .withBasePathOverride("/")
                .withLevelResolver(LevelResolver.create()
                        .withDefaultLevel(ValidationReport.Level.ERROR)
                        // stops the validator from closing schemas the spec leaves open (such as GeoJSON
                        // geometries); the spec's own additionalProperties:false stays enforced
                        .withLevel("validation.schema.additionalProperties", ValidationReport.Level.IGNORE)
                        // Felt ignores query parameters it does not know
                        .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.IGNORE)
                        .build())
                .withWhitelist(ValidationErrorsWhitelist.create().withRule(
                        "The description only documents the JSON form of a comment export", new OtherCommentExportFormats()))
                .build();
        this.operations = readOperations(spec);
    }

    /** Returns the contract of the vendored spec, parsed once per JVM since parsing takes about a second. */
    public static FeltApiContract load() {
        return Holder.INSTANCE;
    }

    /** Returns the contract violations of one served request and its response; non-API paths have none. */
    public List<String> violations(ServeEvent event) {
        LoggedRequest request = event.getRequest();
        String path = InteractionAdapter.path(request);
        if (!path.startsWith(API_PREFIX)) {
            return List.of();
        }
        LoggedResponse response = event.getResponse();
        Request.Method method = InteractionAdapter.method(request);
        List<ValidationReport.Message> messages = new ArrayList<>();
        // a bad request answered with a client error is the contract working, so only accepted requests count
        if (response.getStatus() < 400 || response.getStatus() >= 500) {
            messages.addAll(validator.validateRequest(InteractionAdapter.request(request)).getMessages());
        }
        // a stubbed network fault (a reset connection, say) sends no response to check
        if (event.getResponseDefinition() == null || event.getResponseDefinition().getFault() == null) {
            messages.addAll(validator.validateResponse(path, method, InteractionAdapter.response(response))
                    .getMessages());
        }
        String exchange = method + " " + request.getUrl() + " -> " + response.getStatus() + ": ";
        return messages.stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(message -> exchange + message.getMessage() + " [" + message.getKey() + "]")
                .distinct()
                .toList();
    }

    /** Validates a request as Felt reads it (see {@link InteractionAdapter#requestAsFeltReadsIt}). */
    ValidationReport validateRequestAsFeltReadsIt(LoggedRequest request, SpecOperation operation) {
        return validator.validateRequest(InteractionAdapter.requestAsFeltReadsIt(request, operation));
    }

    /** Returns every operation of the spec. */
    List<SpecOperation> operations() {
        return operations;
    }

    private static List<SpecOperation> readOperations(String spec) {
        try {
            List<SpecOperation> found = new ArrayList<>();
            Json.MAPPER.readTree(spec).path("paths").properties().forEach(path -> path.getValue().properties().stream()
                    .filter(method -> HTTP_METHODS.contains(method.getKey()))
                    .forEach(method -> found.add(new SpecOperation(method.getValue().path("operationId").asText(),
                            method.getKey().toUpperCase(Locale.ROOT), path.getKey(), method.getValue().has("requestBody")))));
            return List.copyOf(found);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the operations of " + SPEC_RESOURCE, e);
        }
    }

    private static String readSpec() {
        try (InputStream in = FeltApiContract.class.getResourceAsStream(SPEC_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SPEC_RESOURCE + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + SPEC_RESOURCE, e);
        }
    }

    private static final class Holder {
        private static final FeltApiContract INSTANCE = new FeltApiContract(readSpec());
    }

    /** A WireMock listener recording the contract violations of every served request; add it with {@code extensions(..)}. */
    public static final class Listener implements ServeEventListener {

        /** The extension name under which WireMock knows the listener. */
        public static final String NAME = "felt-api-contract";

        private static final Logger LOG = LoggerFactory.getLogger(Listener.class);

        private final FeltApiContract contract;
        private final Queue<String> violations = new ConcurrentLinkedQueue<>();

        /** Creates a listener checking against the vendored spec. */
        public Listener() {
            this(FeltApiContract.load());
        }

        /** Creates a listener checking against the given contract. */
        public Listener(FeltApiContract contract) {
            this.contract = contract;
        }

        @Override
        public String getName() {
            return NAME;
        }

        /** Checks before the response goes out, so that a client never sees a response whose check is still pending. */
        @Override
        public void beforeResponseSent(ServeEvent serveEvent, Parameters parameters) {
            List<String> found;
            try {
                found = contract.violations(serveEvent);
            } catch (RuntimeException e) {
                found = List.of(serveEvent.getRequest().getMethod() + " " + serveEvent.getRequest().getUrl()
                        + ": could not be checked against the contract: " + e);
            }
            found.forEach(violation -> LOG.warn("Felt API contract violation: {}", violation));
            violations.addAll(found);
        }

        /** Returns the violations recorded so far, oldest first. */
        public List<String> violations() {
            return List.copyOf(violations);
        }

        /** Throws an {@link AssertionError} listing the recorded violations, if there are any. */
        public void assertNoViolations() {
            List<String> recorded = violations();
            if (!recorded.isEmpty()) {
                throw new AssertionError(recorded.size() + " Felt API contract violation(s):\n  " + String.join("\n  ", recorded));
            }
        }

        /** Forgets the recorded violations. */
        public void clear() {
            violations.clear();
        }
    }
}
