package dev.camelfelt.felt.simulator;

import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.common.url.PathTemplate;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The WireMock transformer answering Felt API requests: token (401), then input (422), then the handler (may 404). */
final class FeltApiTransformer implements ResponseDefinitionTransformerV2 {

    static final String NAME = "felt-api";
    static final String OPERATION_PARAMETER = "operation";

    private static final Logger LOG = LoggerFactory.getLogger(FeltApiTransformer.class);
    private static final String BEARER_PREFIX = "Bearer ";
    private static final Pattern MISSING_PROPERTY = Pattern.compile("missing required properties \\(\\[\"([^\"]+)\"");
    private static final Pattern PATH_PREFIX = Pattern.compile("^\\[Path '[^']*'] ");

    private final String token;
    private final FeltApiContract contract;
    private final Map<String, Route> routes = new HashMap<>();

    FeltApiTransformer(String token, FeltApiContract contract, Map<String, FeltOperation> handlers) {
        this.token = token;
        this.contract = contract;
        for (SpecOperation operation : contract.operations()) {
            FeltOperation handler = handlers.get(operation.operationId());
            if (handler == null) {
                throw new IllegalStateException("No handler for the spec's operation " + operation.operationId());
            }
            routes.put(operation.operationId(), new Route(operation, new PathTemplate(operation.pathTemplate()), handler));
        }
    }

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
        LoggedRequest request = serveEvent.getRequest();
        Route route = routes.get(serveEvent.getTransformerParameters().getString(OPERATION_PARAMETER));
        try {
            Optional<ResponseDefinition> rejection = authenticate(request).or(() -> checkInput(request, route.operation()));
            if (rejection.isPresent()) {
                return rejection.get();
            }
            Map<String, String> pathParameters = route.path().parse(InteractionAdapter.path(request));
            return route.handler().handle(ApiRequest.of(request, pathParameters));
        } catch (FeltApiError e) {
            return e.response();
        } catch (RuntimeException e) {
            LOG.error("Felt simulator failed on {} {}", request.getMethod(), request.getUrl(), e);
            return ApiResponses.internalServerError(e.toString());
        }
    }

    private Optional<ResponseDefinition> authenticate(LoggedRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null) {
            return Optional.of(ApiResponses.unauthorized("Missing API token: send the header 'Authorization: Bearer <token>'"));
        }
        boolean valid = authorization.regionMatches(true, 0, BEARER_PREFIX, 0, BEARER_PREFIX.length())
                && authorization.substring(BEARER_PREFIX.length()).equals(token);
        return valid ? Optional.empty() : Optional.of(ApiResponses.unauthorized("Invalid API token"));
    }

    /** Rejects bodies and query parameters the spec does not allow, as Felt's own schema check does. */
    private Optional<ResponseDefinition> checkInput(LoggedRequest request, SpecOperation operation) {
        return contract.validateRequestAsFeltReadsIt(request, operation).getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .filter(message -> message.getKey().startsWith("validation.request.body")
                        || message.getKey().startsWith("validation.request.parameter"))
                .findFirst()
                .map(message -> ApiResponses.unprocessable(pointer(message),
                        PATH_PREFIX.matcher(message.getMessage()).replaceFirst("")));
    }

    /** Points at the query parameter, the offending field, or the missing required field; else at the whole body. */
    private static String pointer(ValidationReport.Message message) {
        Optional<ValidationReport.MessageContext> context = message.getContext();
        Optional<String> parameter = context.flatMap(ValidationReport.MessageContext::getParameter)
                .map(found -> "/" + found.getName());
        if (parameter.isPresent()) {
            return parameter.get();
        }
        String instance = context.flatMap(ValidationReport.MessageContext::getPointers)
                .map(ValidationReport.MessageContext.Pointers::getInstance)
                .orElse("");
        if (!instance.isEmpty() && !instance.equals("/")) {
            return instance;
        }
        Matcher missing = MISSING_PROPERTY.matcher(message.getMessage());
        return missing.find() ? "/" + missing.group(1) : "/";
    }

    private record Route(SpecOperation operation, PathTemplate path, FeltOperation handler) {
    }
}
