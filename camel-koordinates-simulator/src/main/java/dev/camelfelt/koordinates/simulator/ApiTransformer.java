package dev.camelfelt.koordinates.simulator;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The WireMock transformer answering API requests: the key (401), then the route (404, 405), then the handler. */
final class ApiTransformer implements ResponseDefinitionTransformerV2 {

    static final String NAME = "koordinates-api";

    private static final Logger LOG = LoggerFactory.getLogger(ApiTransformer.class);
    private static final String KEY_PREFIX = "key ";

    private final String apiKey;
    private final List<ApiRoute> routes;

    ApiTransformer(String apiKey, List<ApiRoute> routes) {
        this.apiKey = apiKey;
        this.routes = List.copyOf(routes);
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
        try {
            authenticate(request);
            String path = request.getUrl().split("\\?", 2)[0];
            boolean pathKnown = false;
            for (ApiRoute route : routes) {
                Optional<List<Integer>> ids = route.match(path);
                if (ids.isPresent()) {
                    pathKnown = true;
                    if (route.method().equals(request.getMethod().getName())) {
                        return route.handler().handle(ApiCall.of(request, ids.get()));
                    }
                }
            }
            throw pathKnown ? ApiError.of(405, "Method \"" + request.getMethod().getName() + "\" not allowed.")
                    : ApiError.of(404, "Not found.");
        } catch (ApiError e) {
            return e.response();
        } catch (RuntimeException e) {
            LOG.error("Koordinates simulator failed on {} {}", request.getMethod(), request.getUrl(), e);
            return ApiResponses.error(500, e.toString());
        }
    }

    private void authenticate(LoggedRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null) {
            throw ApiError.of(401, "Authentication credentials were not provided: send 'Authorization: key <token>'.");
        }
        boolean valid = authorization.regionMatches(true, 0, KEY_PREFIX, 0, KEY_PREFIX.length())
                && authorization.substring(KEY_PREFIX.length()).equals(apiKey);
        if (!valid) {
            throw ApiError.of(401, "Invalid token.");
        }
    }
}
