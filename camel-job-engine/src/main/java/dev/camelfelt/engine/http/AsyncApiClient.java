package dev.camelfelt.engine.http;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.async.methods.SimpleResponseConsumer;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.impl.EnglishReasonPhraseCatalog;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends JSON API calls through Apache HttpClient 5's async client without holding a thread: not while a request is
 * on the wire, not while it waits for the {@link RequestBudget}, not while a retry waits (the retry is scheduled).
 * The returned future completes on an I/O or scheduler thread; callers move on to their own threads.
 * <p>
 * Retries, up to {@code maxRetries} after the first attempt:
 * <ul>
 * <li>429 and 503, for every method: the server answered, so nothing was applied. The wait is the
 * {@code Retry-After} (seconds or HTTP date); one longer than the policy's longest wait fails at once. A 429 also
 * slows the whole budget down.</li>
 * <li>502 and 504 (a gateway got no answer), for idempotent methods only: the request may have been applied.</li>
 * <li>A connection that could not be made, for every method: the request was never sent.</li>
 * <li>Any other transport failure, a read timeout included, for idempotent methods only.</li>
 * </ul>
 * An unknown host is not retried. Every failure reaches the caller through the {@link FailureTranslator}.
 */
public final class AsyncApiClient {

    private static final Logger LOG = LoggerFactory.getLogger(AsyncApiClient.class);

    private final CloseableHttpAsyncClient http;
    private final URI apiRoot;
    private final String apiRootText;
    private final Supplier<String> authorization;
    private final ObjectMapper mapper;
    private final RetryPolicy retryPolicy;
    private final ScheduledExecutorService scheduler;
    private final RequestBudget budget;
    private final FailureTranslator translator;
    private final RequestConfig requestConfig;

    /**
     * @param http            the shared async client; it must be started, and this class never closes it
     * @param apiRoot         the root every request path is appended to (see {@link BaseUrl})
     * @param authorization   the value of the Authorization header, e.g. {@code Bearer <token>}; never logged
     * @param scheduler       where retries wait
     * @param responseTimeout how long to wait for an answer once the request is sent
     */
    public AsyncApiClient(CloseableHttpAsyncClient http, URI apiRoot, Supplier<String> authorization,
                          ObjectMapper mapper, RetryPolicy retryPolicy, ScheduledExecutorService scheduler,
                          RequestBudget budget, FailureTranslator translator, Duration responseTimeout) {
        this.http = Objects.requireNonNull(http, "http");
        this.apiRoot = Objects.requireNonNull(apiRoot, "apiRoot");
        this.apiRootText = apiRoot.toString();
        this.authorization = Objects.requireNonNull(authorization, "authorization");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.budget = Objects.requireNonNull(budget, "budget");
        this.translator = Objects.requireNonNull(translator, "translator");
        this.requestConfig = RequestConfig.custom().setResponseTimeout(Timeout.of(responseTimeout)).build();
    }

    /** The same client with another retry policy, e.g. none for polls that are simply polled again later. */
    public AsyncApiClient withRetryPolicy(RetryPolicy policy) {
        return new AsyncApiClient(http, apiRoot, authorization, mapper, policy, scheduler, budget, translator,
                requestConfig.getResponseTimeout().toDuration());
    }

    public URI apiRoot() {
        return apiRoot;
    }

    /**
     * Sends the request and decodes a successful answer as {@code answerType} (a {@code Void} type or an empty body
     * gives {@code null}, a {@code String} type the raw text). A body that cannot be encoded fails the future with an
     * {@link IllegalArgumentException} before anything is sent.
     */
    public <T> CompletableFuture<ApiAnswer<T>> send(ApiRequest request, JavaType answerType) {
        CompletableFuture<ApiAnswer<T>> result = new CompletableFuture<>();
        byte[] body;
        try {
            body = request.body() == null ? null : encode(request.body());
        } catch (IllegalArgumentException e) {
            result.completeExceptionally(e);
            return result;
        }
        new Call<>(request, target(request), body, answerType, result).attempt();
        return result;
    }

    private URI target(ApiRequest request) {
        StringBuilder target = new StringBuilder(apiRootText).append(request.path());
        char separator = '?';
        for (Map.Entry<String, String> parameter : request.query().entrySet()) {
            if (parameter.getValue() != null) {
                target.append(separator).append(encodeQuery(parameter.getKey())).append('=')
                        .append(encodeQuery(parameter.getValue()));
                separator = '&';
            }
        }
        return URI.create(target.toString());
    }

    private static String encodeQuery(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private byte[] encode(Object body) {
        try {
            if (body instanceof byte[] bytes) {
                return bytes;
            }
            if (body instanceof String text) {
                JsonNode parsed;
                try {
                    parsed = mapper.readTree(text);
                } catch (JsonProcessingException e) {
                    throw new IllegalArgumentException("The request body is a String but not JSON: "
                                                       + e.getOriginalMessage(), e);
                }
                if (parsed == null || parsed.isMissingNode()) {
                    throw new IllegalArgumentException("The request body is a String but not JSON");
                }
                return mapper.writeValueAsBytes(parsed);
            }
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The request body cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** One call through all its attempts. */
    private final class Call<T> {
        private final ApiRequest request;
        private final URI uri;
        private final String path;
        private final byte[] body;
        private final JavaType answerType;
        private final CompletableFuture<ApiAnswer<T>> result;
        private int attempts;

        Call(ApiRequest request, URI uri, byte[] body, JavaType answerType, CompletableFuture<ApiAnswer<T>> result) {
            this.request = request;
            this.uri = uri;
            this.path = uri.getRawPath();
            this.body = body;
            this.answerType = answerType;
            this.result = result;
        }

        void attempt() {
            budget.acquire(request.priority()).whenComplete((permit, failure) -> {
                if (failure != null) {
                    fail(new HttpTransportException(request.method(), path, false, attempts, failure));
                } else {
                    execute(permit);
                }
            });
        }

        private void execute(RequestBudget.Permit permit) {
            attempts++;
            SimpleRequestBuilder builder = SimpleRequestBuilder.create(request.method()).setUri(uri)
                    .setHeader(HttpHeaders.AUTHORIZATION, authorization.get())
                    .setHeader(HttpHeaders.ACCEPT, ContentType.APPLICATION_JSON.getMimeType());
            if (body != null) {
                builder.setBody(body, ContentType.APPLICATION_JSON);
            }
            SimpleHttpRequest httpRequest = builder.build();
            HttpClientContext context = HttpClientContext.create();
            context.setRequestConfig(requestConfig);
            try {
                http.execute(SimpleRequestProducer.create(httpRequest), SimpleResponseConsumer.create(), null, context,
                        new FutureCallback<>() {
                            @Override
                            public void completed(SimpleHttpResponse response) {
                                permit.close();
                                onAnswer(response);
                            }

                            @Override
                            public void failed(Exception e) {
                                permit.close();
                                onTransportFailure(e);
                            }

                            @Override
                            public void cancelled() {
                                permit.close();
                                fail(new HttpTransportException(request.method(), path, true, attempts, null));
                            }
                        });
            } catch (RuntimeException e) {
                // e.g. the client was closed: nothing was sent
                permit.close();
                fail(new HttpTransportException(request.method(), path, false, attempts, e));
            }
        }

        private void onAnswer(SimpleHttpResponse response) {
            int status = response.getCode();
            LOG.debug("{} {} answered {}", request.method(), path, status);
            if (status < 400) {
                decode(status, response.getBodyBytes(), headers(response));
                return;
            }
            Header retryAfter = response.getFirstHeader(HttpHeaders.RETRY_AFTER);
            String retryAfterValue = retryAfter == null ? null : retryAfter.getValue();
            boolean throttled = status == 429;
            if (throttled) {
                budget.throttled(retryPolicy.retryAfter(retryAfterValue).orElse(null));
            }
            boolean retriable = throttled || status == 503
                                || (request.idempotent() && (status == 502 || status == 504));
            if (retriable && retryPolicy.allowsRetry(attempts - 1)) {
                Optional<Duration> delay = retryPolicy.delayBeforeRetry(attempts - 1, retryAfterValue);
                if (delay.isPresent()) {
                    retryAfter(delay.get(), "answered " + status, () -> statusFailure(response));
                    return;
                }
            }
            fail(statusFailure(response));
        }

        private static Map<String, String> headers(SimpleHttpResponse response) {
            Map<String, String> headers = new LinkedHashMap<>();
            for (Header header : response.getHeaders()) {
                headers.merge(header.getName().toLowerCase(Locale.ROOT), header.getValue(), (a, b) -> a + ", " + b);
            }
            return headers;
        }

        private HttpStatusException statusFailure(SimpleHttpResponse response) {
            String reason = response.getReasonPhrase();
            if (reason == null || reason.isBlank()) {
                reason = EnglishReasonPhraseCatalog.INSTANCE.getReason(response.getCode(), Locale.ENGLISH);
            }
            return new HttpStatusException(request.method(), path, response.getCode(), reason, response.getBodyBytes());
        }

        private void onTransportFailure(Exception e) {
            boolean neverSent = TransportFailures.neverSent(e);
            boolean retriable = !TransportFailures.isUnknownHost(e) && (neverSent || request.idempotent());
            if (retriable && retryPolicy.allowsRetry(attempts - 1)) {
                Optional<Duration> delay = retryPolicy.delayBeforeRetry(attempts - 1, null);
                if (delay.isPresent()) {
                    retryAfter(delay.get(), "failed (" + TransportFailures.describe(e) + ")",
                            () -> new HttpTransportException(request.method(), path, !neverSent, attempts, e));
                    return;
                }
            }
            fail(new HttpTransportException(request.method(), path, !neverSent, attempts, e));
        }

        private void decode(int status, byte[] content, Map<String, String> headers) {
            T value;
            try {
                value = content == null || content.length == 0 || answerType.getRawClass() == Void.class
                        ? null : read(content);
            } catch (IOException | RuntimeException e) {
                fail(new MalformedAnswerException(request.method(), path, status, answerType.toCanonical(), e));
                return;
            }
            result.complete(new ApiAnswer<>(status, value, headers));
        }

        @SuppressWarnings("unchecked")
        private T read(byte[] content) throws IOException {
            if (answerType.getRawClass() == String.class) {
                return (T) new String(content, StandardCharsets.UTF_8);
            }
            return mapper.readValue(content, answerType);
        }

        private void retryAfter(Duration delay, String what, Supplier<HttpCallException> failureIfRejected) {
            LOG.warn("{} {} {}; retry {} of {} in {} ms", request.method(), path, what, attempts,
                    retryPolicy.maxRetries(), delay.toMillis());
            try {
                scheduler.schedule(this::attempt, delay.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                fail(failureIfRejected.get());
            }
        }

        private void fail(HttpCallException failure) {
            RuntimeException translated;
            try {
                translated = translator.translate(failure);
            } catch (RuntimeException e) {
                e.addSuppressed(failure);
                translated = e;
            }
            result.completeExceptionally(translated);
        }
    }
}
