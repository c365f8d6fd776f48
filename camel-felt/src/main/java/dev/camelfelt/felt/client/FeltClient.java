package dev.camelfelt.felt.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelfelt.felt.model.CustomExportResponse;
import dev.camelfelt.felt.model.CustomExportStatus;
import dev.camelfelt.felt.model.ExportLink;
import dev.camelfelt.felt.model.FeltError;
import dev.camelfelt.felt.model.FeltMap;
import dev.camelfelt.felt.model.Layer;
import dev.camelfelt.felt.model.LayerGroup;
import dev.camelfelt.felt.model.LayerLibrary;
import dev.camelfelt.felt.model.LibrarySource;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.Method;
import org.apache.hc.core5.http.impl.EnglishReasonPhraseCatalog;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.net.URIBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls Felt's REST API (v2): one method per operation, JSON through Jackson, retries on throttling and outages.
 * <p>
 * 429 and 503 are retried for every method; a connection failure only for GET and DELETE, since a POST that may
 * have reached Felt must not be sent twice. Request bodies may be a params model, a {@code Map}, a
 * {@link JsonNode} or a JSON {@code String}.
 */
public final class FeltClient {

    private static final Logger LOG = LoggerFactory.getLogger(FeltClient.class);
    private static final String API = "api/v2";

    private final CloseableHttpClient http;
    private final URI baseUrl;
    private final String authorization;
    private final ObjectMapper mapper;
    private final RetryPolicy retryPolicy;
    private final Sleeper sleeper;

    public FeltClient(CloseableHttpClient http, URI baseUrl, String apiToken, ObjectMapper mapper,
                      RetryPolicy retryPolicy, Sleeper sleeper) {
        this(http, baseUrl, mapper, retryPolicy, sleeper, "Bearer " + Objects.requireNonNull(apiToken, "apiToken"));
    }

    private FeltClient(CloseableHttpClient http, URI baseUrl, ObjectMapper mapper, RetryPolicy retryPolicy,
                       Sleeper sleeper, String authorization) {
        this.http = Objects.requireNonNull(http, "http");
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.authorization = authorization;
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /** The same client with another retry policy, e.g. none for callers that must not sleep. */
    public FeltClient withRetryPolicy(RetryPolicy policy) {
        return new FeltClient(http, baseUrl, mapper, policy, sleeper, authorization);
    }

    /** POST /api/v2/maps */
    public FeltResponse<FeltMap> createMap(Object params) throws IOException {
        return call(Method.POST, uri(List.of("maps"), null), params, FeltMap.class);
    }

    /** GET /api/v2/maps/{map_id} */
    public FeltResponse<FeltMap> getMap(String mapId) throws IOException {
        return call(Method.GET, uri(List.of("maps", mapId), null), null, FeltMap.class);
    }

    /** POST /api/v2/maps/{map_id}/update */
    public FeltResponse<FeltMap> updateMap(String mapId, Object params) throws IOException {
        return call(Method.POST, uri(List.of("maps", mapId, "update"), null), params, FeltMap.class);
    }

    /** DELETE /api/v2/maps/{map_id} */
    public FeltResponse<Void> deleteMap(String mapId) throws IOException {
        return call(Method.DELETE, uri(List.of("maps", mapId), null), null, Void.class);
    }

    /** POST /api/v2/maps/{map_id}/move */
    public FeltResponse<FeltMap> moveMap(String mapId, Object params) throws IOException {
        return call(Method.POST, uri(List.of("maps", mapId, "move"), null), params, FeltMap.class);
    }

    /** POST /api/v2/maps/{map_id}/duplicate */
    public FeltResponse<FeltMap> duplicateMap(String mapId, Object params) throws IOException {
        return call(Method.POST, uri(List.of("maps", mapId, "duplicate"), null), params, FeltMap.class);
    }

    /** GET /api/v2/library?source=... */
    public FeltResponse<LayerLibrary> listLibrary(LibrarySource source) throws IOException {
        return call(Method.GET, uri(List.of("library"), source == null ? null : source.value()), null,
                LayerLibrary.class);
    }

    /** POST /api/v2/maps/{map_id}/layers/{layer_id}/publish */
    public FeltResponse<Layer> publishLayer(String mapId, String layerId, Object params) throws IOException {
        return call(Method.POST, uri(List.of("maps", mapId, "layers", layerId, "publish"), null), params,
                Layer.class);
    }

    /** POST /api/v2/maps/{map_id}/layer_groups/{layer_group_id}/publish */
    public FeltResponse<LayerGroup> publishLayerGroup(String mapId, String layerGroupId, Object params)
            throws IOException {
        return call(Method.POST, uri(List.of("maps", mapId, "layer_groups", layerGroupId, "publish"), null), params,
                LayerGroup.class);
    }

    /** GET /api/v2/maps/{map_id}/layers/{layer_id}/get_export_link */
    public FeltResponse<ExportLink> getExportLink(String mapId, String layerId) throws IOException {
        return call(Method.GET, uri(List.of("maps", mapId, "layers", layerId, "get_export_link"), null), null,
                ExportLink.class);
    }

    /** POST /api/v2/maps/{map_id}/layers/{layer_id}/custom_export */
    public FeltResponse<CustomExportResponse> createCustomExport(String mapId, String layerId, Object params)
            throws IOException {
        return call(Method.POST, uri(List.of("maps", mapId, "layers", layerId, "custom_export"), null), params,
                CustomExportResponse.class);
    }

    /** GET /api/v2/maps/{map_id}/layers/{layer_id}/custom_exports/{export_id} */
    public FeltResponse<CustomExportStatus> getCustomExportStatus(String mapId, String layerId, String exportId)
            throws IOException {
        return call(Method.GET, uri(List.of("maps", mapId, "layers", layerId, "custom_exports", exportId), null),
                null, CustomExportStatus.class);
    }

    private URI uri(List<String> segments, String source) {
        try {
            URIBuilder builder = new URIBuilder(baseUrl).appendPath(API).appendPathSegments(segments);
            if (source != null) {
                builder.addParameter("source", source);
            }
            return builder.build();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Cannot build a Felt URL from baseUrl " + baseUrl, e);
        }
    }

    private <T> FeltResponse<T> call(Method method, URI uri, Object params, Class<T> type) throws IOException {
        byte[] body = params == null ? null : json(params);
        String target = uri.getRawPath() + (uri.getRawQuery() != null ? "?" + uri.getRawQuery() : "");
        boolean idempotent = method == Method.GET || method == Method.DELETE;
        for (int retries = 0;; retries++) {
            RawResponse response;
            try {
                response = send(method, uri, body);
            } catch (IOException e) {
                if (!idempotent || e instanceof InterruptedIOException || !retryPolicy.allowsRetry(retries)) {
                    throw e;
                }
                Duration delay = retryPolicy.delayBeforeRetry(retries, null).orElseThrow(() -> e);
                LOG.warn("{} {} failed ({}); retry {} in {} ms", method, target, e.getMessage(), retries + 1,
                        delay.toMillis());
                pause(delay);
                continue;
            }
            LOG.debug("{} {} answered {}", method, target, response.status());
            if (response.status() < 400) {
                return new FeltResponse<>(response.status(), decode(response.body(), type));
            }
            if ((response.status() == 429 || response.status() == 503) && retryPolicy.allowsRetry(retries)) {
                Optional<Duration> delay = retryPolicy.delayBeforeRetry(retries, response.retryAfter());
                if (delay.isPresent()) {
                    LOG.warn("{} {} answered {}; retry {} in {} ms", method, target, response.status(), retries + 1,
                            delay.get().toMillis());
                    pause(delay.get());
                    continue;
                }
            }
            throw FeltApiException.of(response.status(), reason(response), method.name(), target,
                    errors(response.body()));
        }
    }

    private RawResponse send(Method method, URI uri, byte[] body) throws IOException {
        HttpUriRequestBase request = new HttpUriRequestBase(method.name(), uri);
        request.setHeader(HttpHeaders.AUTHORIZATION, authorization);
        request.setHeader(HttpHeaders.ACCEPT, ContentType.APPLICATION_JSON.getMimeType());
        if (body != null) {
            request.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
        }
        return http.execute(request, response -> {
            Header retryAfter = response.getFirstHeader(HttpHeaders.RETRY_AFTER);
            byte[] content = response.getEntity() == null ? new byte[0] : EntityUtils.toByteArray(response.getEntity());
            return new RawResponse(response.getCode(), response.getReasonPhrase(),
                    retryAfter == null ? null : retryAfter.getValue(), content);
        });
    }

    private byte[] json(Object params) throws JsonProcessingException {
        if (params instanceof String text) {
            JsonNode parsed;
            try {
                parsed = mapper.readTree(text);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("The request body is a String but not JSON: "
                        + e.getOriginalMessage(), e);
            }
            if (parsed == null || !parsed.isObject()) {
                throw new IllegalArgumentException("The request body is a String but not a JSON object");
            }
            return mapper.writeValueAsBytes(parsed);
        }
        return mapper.writeValueAsBytes(params);
    }

    private <T> T decode(byte[] body, Class<T> type) throws IOException {
        if (type == Void.class || body.length == 0) {
            return null;
        }
        return mapper.readValue(body, type);
    }

    private List<FeltError> errors(byte[] body) {
        try {
            JsonNode errors = mapper.readTree(body).path("errors");
            if (errors.isArray()) {
                return List.of(mapper.treeToValue(errors, FeltError[].class));
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("Felt's error response has no readable errors[]: {}", e.getMessage());
        }
        return List.of();
    }

    private static String reason(RawResponse response) {
        String reason = response.reason();
        return reason == null || reason.isBlank()
                ? EnglishReasonPhraseCatalog.INSTANCE.getReason(response.status(), Locale.ENGLISH) : reason;
    }

    private void pause(Duration delay) throws InterruptedIOException {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting to retry a Felt call");
        }
    }

    private record RawResponse(int status, String reason, String retryAfter, byte[] body) {
    }
}
