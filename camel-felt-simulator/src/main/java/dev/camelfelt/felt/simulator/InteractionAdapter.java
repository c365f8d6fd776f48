package dev.camelfelt.felt.simulator;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;

/** Converts WireMock's recorded requests and responses into the validator's model. */
final class InteractionAdapter {

    private static final String JSON = "application/json";
    private static final String AUTHORIZATION = "Authorization";
    private static final String BEARER = "Bearer";

    private InteractionAdapter() {
    }

    /** Returns the path of a request, without its query. */
    static String path(LoggedRequest request) {
        String url = request.getUrl();
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    /** Returns the validator's method for a request. */
    static Request.Method method(LoggedRequest request) {
        return Request.Method.valueOf(request.getMethod().getName());
    }

    /** Converts a request as it was sent. */
    static SimpleRequest request(LoggedRequest request) {
        SimpleRequest.Builder builder = builder(request, true);
        if (request.getBody() != null && request.getBody().length > 0) {
            builder.withBody(request.getBody());
        }
        return builder.build();
    }

    /** Converts a request as Felt reads it: a body-taking operation reads JSON, and a missing body as {@code {}}. */
    static SimpleRequest requestAsFeltReadsIt(LoggedRequest request, SpecOperation operation) {
        if (!operation.takesBody()) {
            return request(request);
        }
        SimpleRequest.Builder builder = builder(request, false).withContentType(JSON);
        // an absent body still has to satisfy the schema's required fields
        String body = request.getBodyAsString();
        return builder.withBody(body == null || body.isBlank() ? "{}" : body).build();
    }

    /** Converts a response as it was sent. */
    static SimpleResponse response(LoggedResponse response) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.getStatus());
        if (response.getHeaders() != null) {
            for (HttpHeader header : response.getHeaders().all()) {
                builder.withHeader(header.key(), header.values());
            }
        }
        byte[] body = response.getBody();
        if (body != null && body.length > 0) {
            builder.withBody(new String(body, StandardCharsets.UTF_8));
        }
        return builder.build();
    }

    private static SimpleRequest.Builder builder(LoggedRequest request, boolean withContentType) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(request.getMethod().getName(), path(request));
        for (HttpHeader header : request.getHeaders().all()) {
            if (header.key().equalsIgnoreCase(AUTHORIZATION)) {
                builder.withHeader(header.key(), header.values().stream().map(InteractionAdapter::canonicalScheme).toList());
            } else if (withContentType || !header.key().equalsIgnoreCase("Content-Type")) {
                builder.withHeader(header.key(), header.values());
            }
        }
        for (QueryParameter parameter : request.getQueryParams().values()) {
            builder.withQueryParam(parameter.key(), parameter.values());
        }
        return builder;
    }

    /** The validator compares the scheme case-sensitively, but HTTP schemes are case-insensitive: spell it as the spec does. */
    private static String canonicalScheme(String authorization) {
        boolean bearer = authorization.length() > BEARER.length() && authorization.charAt(BEARER.length()) == ' '
                && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length());
        return bearer ? BEARER + authorization.substring(BEARER.length()) : authorization;
    }
}
