package dev.camelfelt.koordinates;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import dev.camelfelt.engine.http.ApiAnswer;
import dev.camelfelt.engine.http.ApiRequest;
import dev.camelfelt.engine.http.AsyncApiClient;
import dev.camelfelt.engine.http.Priority;
import dev.camelfelt.engine.http.RetryPolicy;
import dev.camelfelt.engine.job.JobWaiter;
import dev.camelfelt.koordinates.export.KoordinatesExportGoneException;
import dev.camelfelt.koordinates.model.Export;

/**
 * The Koordinates calls that take more than one request or read headers: every page of a list, the two shapes of a
 * create answer, an export's download redirect. Everything goes through the engine's client, which holds no thread.
 */
public final class KoordinatesClient {

    private static final Pattern NEXT_PAGE = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"?page-next\"?");
    private static final JavaType EXPORT = TypeFactory.defaultInstance().constructType(Export.class);
    private static final JavaType NONE = TypeFactory.defaultInstance().constructType(Void.class);
    /** Far more pages than any list has: a server whose next link loops must not keep us busy for ever. */
    private static final int MAX_PAGES = 10_000;

    private final AsyncApiClient api;
    private final ObjectMapper mapper;

    KoordinatesClient(AsyncApiClient api, ObjectMapper mapper) {
        this.api = api;
        this.mapper = mapper;
    }

    /** The same client without retries, for polls that are simply polled again later. */
    KoordinatesClient withoutRetries() {
        return new KoordinatesClient(api.withRetryPolicy(RetryPolicy.none()), mapper);
    }

    /** The API root, e.g. {@code https://data.linz.govt.nz/services/api/v1}. */
    public URI apiRoot() {
        return api.apiRoot();
    }

    <T> CompletableFuture<ApiAnswer<T>> send(ApiRequest request, JavaType answerType) {
        return api.send(request, answerType);
    }

    /** Every page of a list, following {@code Link} rel {@code page-next} until there is none. */
    <E> CompletableFuture<ApiAnswer<List<E>>> sendAllPages(ApiRequest first, JavaType pageType) {
        List<E> items = new ArrayList<>();
        return this.<List<E>> send(first, pageType).thenCompose(page -> nextPages(first, page, pageType, items, 1));
    }

    private <E> CompletableFuture<ApiAnswer<List<E>>> nextPages(ApiRequest first, ApiAnswer<List<E>> page,
                                                                 JavaType pageType, List<E> items, int pages) {
        if (page.body() != null) {
            items.addAll(page.body());
        }
        Optional<String> next = page.header("Link").flatMap(KoordinatesClient::nextPage);
        if (next.isEmpty()) {
            return CompletableFuture.completedFuture(new ApiAnswer<>(page.status(), items, page.headers()));
        }
        if (pages >= MAX_PAGES) {
            throw new KoordinatesException(first.method() + " " + first.path() + " still had a next page after "
                                           + MAX_PAGES + " pages");
        }
        ApiRequest request = ApiRequest.of("GET", relative(next.get(), first), null);
        return this.<List<E>> send(request, pageType)
                .thenCompose(following -> nextPages(first, following, pageType, items, pages + 1));
    }

    static Optional<String> nextPage(String link) {
        Matcher matcher = NEXT_PAGE.matcher(link);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /**
     * Creates an export. Koordinates answers with the export as the body or with only a {@code Location}; in the
     * second case the export is read from there.
     */
    CompletableFuture<ApiAnswer<Export>> create(ApiRequest request) {
        return this.<JsonNode> send(request, TypeFactory.defaultInstance().constructType(JsonNode.class))
                .thenCompose(answer -> {
                    JsonNode body = answer.body();
                    if (body != null && body.isObject() && body.hasNonNull("id")) {
                        return CompletableFuture.completedFuture(new ApiAnswer<>(answer.status(),
                                mapper.convertValue(body, Export.class), answer.headers()));
                    }
                    String location = answer.header("Location").orElseThrow(() -> new KoordinatesException(
                            request.method() + " " + request.path() + " answered " + answer.status()
                            + " with neither the new export nor its Location"));
                    return this.<Export> send(ApiRequest.of("GET", relative(location, request), null), EXPORT)
                            .thenApply(export -> new ApiAnswer<>(answer.status(), export.body(), answer.headers()));
                });
    }

    /**
     * OPTIONS exports/: the formats document. Also the health check's call: authenticated like every call, yet the
     * same small document whatever the account holds, and it neither lists nor creates anything.
     */
    CompletableFuture<ApiAnswer<JsonNode>> formats() {
        return send(KoordinatesOperation.EXPORTS_FORMATS.request(Map.of(), null),
                KoordinatesOperation.EXPORTS_FORMATS.answerType());
    }

    /** Polls an export. */
    CompletableFuture<ApiAnswer<Export>> export(long exportId, Priority priority) {
        return send(KoordinatesOperation.EXPORTS_GET.request(Map.of("exportId", String.valueOf(exportId)),
                null).withPriority(priority), EXPORT);
    }

    /** Cancels an export; a 409 becomes a {@link KoordinatesCancelConflictException}. */
    CompletableFuture<ApiAnswer<Export>> cancel(long exportId) {
        return send(KoordinatesOperation.EXPORTS_CANCEL.request(Map.of("exportId", String.valueOf(exportId)),
                null), EXPORT);
    }

    /**
     * Where a complete export's archive is stored: asks its {@code download_url}, with the key, and returns the
     * redirect's {@code Location}, which is fetched without the key. A 404 or 410 means the export is gone.
     */
    CompletableFuture<URI> downloadLocation(Export export) {
        if (export.downloadUrl() == null) {
            return CompletableFuture.failedFuture(new KoordinatesExportGoneException(export.id(), "Koordinates export "
                    + export.id() + " has no download_url (state " + export.state().value() + ")"));
        }
        URI downloadUrl = URI.create(export.downloadUrl());
        ApiRequest request = ApiRequest.of("GET", relative(export.downloadUrl(), null), null);
        return this.<Void> send(request, NONE).handle((answer, failure) -> {
            if (failure != null) {
                throw goneOr(export, JobWaiter.unwrap(failure));
            }
            String location = answer.header("Location").orElseThrow(() -> new KoordinatesException(
                    "GET " + downloadUrl.getPath() + " answered " + answer.status()
                    + " without redirecting to the archive"));
            return downloadUrl.resolve(location);
        });
    }

    private static RuntimeException goneOr(Export export, Throwable failure) {
        if (failure instanceof KoordinatesApiException api && (api.getStatusCode() == 404 || api.getStatusCode() == 410)) {
            return new KoordinatesExportGoneException(export.id(), "Koordinates export " + export.id()
                    + " cannot be downloaded any more: " + api.getMessage());
        }
        return failure instanceof RuntimeException runtime ? runtime : new CompletionException(failure);
    }

    /** The part of an API URL (absolute, or a path on the site) below the API root; any other URL is refused. */
    String relative(String url, ApiRequest from) {
        String root = api.apiRoot().toString();
        // a Location may also be a path on the site
        String absolute = api.apiRoot().resolve(url).toString();
        if (!absolute.startsWith(root + "/")) {
            throw new KoordinatesException("Koordinates" + (from == null ? "" : " (" + from.method() + " "
                                           + from.path() + ")") + " pointed to " + URI.create(absolute).getHost()
                                           + ", which is not the configured site " + api.apiRoot().getHost());
        }
        return absolute.substring(root.length());
    }
}
