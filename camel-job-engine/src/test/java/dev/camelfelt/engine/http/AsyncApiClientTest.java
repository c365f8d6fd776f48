package dev.camelfelt.engine.http;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.core5.io.CloseMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The client's retry rules and failures, against WireMock on loopback; retries run at once, recording their waits. */
class AsyncApiClientTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JavaType JSON = MAPPER.constructType(JsonNode.class);

    private static final Duration RESPONSE_TIMEOUT = Duration.ofMillis(500);
    private static final int SLOW_ANSWER = 2000;

    private static WireMockServer server;
    private static CloseableHttpAsyncClient http;

    private final List<Duration> retryWaits = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService retries = new ScheduledThreadPoolExecutor(1) {
        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            retryWaits.add(Duration.ofNanos(unit.toNanos(delay)));
            return super.schedule(command, 0, unit);
        }
    };
    private final ScheduledExecutorService budgetScheduler = Executors.newSingleThreadScheduledExecutor();
    private RequestBudget budget;

    @BeforeAll
    static void start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        http = AsyncHttpClients.create(1, 10, Duration.ofSeconds(2), null, "test", Executors.defaultThreadFactory());
    }

    @AfterAll
    static void stop() {
        http.close(CloseMode.IMMEDIATE);
        server.stop();
    }

    @BeforeEach
    void reset() {
        server.resetAll();
        budget = new RequestBudget(0, 0, Duration.ofSeconds(30), Clock.systemUTC(), budgetScheduler);
    }

    @AfterEach
    void stopSchedulers() {
        retries.shutdownNow();
        budgetScheduler.shutdownNow();
    }

    private AsyncApiClient client(int maxRetries) {
        return client(maxRetries, Duration.ofSeconds(10));
    }

    private AsyncApiClient client(int maxRetries, Duration responseTimeout) {
        return new AsyncApiClient(http, BaseUrl.apiRoot("http://127.0.0.1:" + server.port() + "/", "/api/v1", "baseUrl"),
                () -> "key s3cret", MAPPER,
                new RetryPolicy(maxRetries, Duration.ofMillis(100), Duration.ofSeconds(10), Clock.systemUTC(), () -> 0.5),
                retries, budget, FailureTranslator.NONE, responseTimeout);
    }

    @Test
    void sendsTheAuthorizationTheComponentGivesAndAnEncodedQuery() {
        server.stubFor(get(urlEqualTo("/api/v1/things/a%20b?name=x%26y&empty=")).willReturn(okJson("{\"ok\": true}")));
        Map<String, String> query = new LinkedHashMap<>();
        query.put("name", "x&y");
        query.put("empty", "");
        query.put("absent", null);

        ApiAnswer<JsonNode> answer = client(0).<JsonNode> send(new ApiRequest("GET",
                PathTemplate.of("/things/{id}").expand(Map.of("id", "a b")), query, null, Priority.USER), JSON).join();

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("ok").asBoolean()).isTrue();
        server.verify(getRequestedFor(urlEqualTo("/api/v1/things/a%20b?name=x%26y&empty="))
                .withHeader("Authorization", equalTo("key s3cret")).withHeader("Accept", equalTo("application/json")));
    }

    @Test
    void aGetIsRetriedAfterAReadTimeout() {
        inTurn(() -> get(urlEqualTo("/api/v1/things")), okJson("[]").withFixedDelay(SLOW_ANSWER), okJson("[1]"));

        ApiAnswer<JsonNode> answer = client(2, RESPONSE_TIMEOUT).<JsonNode> send(ApiRequest.of("GET", "/things", null), JSON).join();

        assertThat(answer.body().size()).isEqualTo(1);
        assertThat(retryWaits).containsExactly(Duration.ofMillis(75));
    }

    @Test
    void aPostIsNotRetriedAfterAReadTimeout() {
        server.stubFor(post(urlEqualTo("/api/v1/things")).willReturn(okJson("{}").withFixedDelay(SLOW_ANSWER)));

        HttpTransportException e = failure(client(2, RESPONSE_TIMEOUT).send(ApiRequest.of("POST", "/things", Map.of("a", 1)), JSON),
                HttpTransportException.class);

        assertThat(e).hasMessageStartingWith("POST /api/v1/things: no answer within the response timeout")
                .hasMessageEndingWith("(1 attempt; the request may have been applied)");
        assertThat(e.mayHaveBeenApplied()).isTrue();
        assertThat(retryWaits).isEmpty();
    }

    @Test
    void badGatewayIsRetriedForAGetButNotForAPost() {
        inTurn(() -> get(urlEqualTo("/api/v1/things")), aResponse().withStatus(502), okJson("{}"));
        server.stubFor(post(urlEqualTo("/api/v1/things")).willReturn(aResponse().withStatus(504)));

        assertThat(client(2).<JsonNode> send(ApiRequest.of("GET", "/things", null), JSON).join().status()).isEqualTo(200);
        HttpStatusException e = failure(client(2).send(ApiRequest.of("POST", "/things", "{}"), JSON),
                HttpStatusException.class);

        assertThat(e.getStatus()).isEqualTo(504);
        assertThat(e).hasMessage("POST /api/v1/things: 504 Gateway Timeout");
        assertThat(retryWaits).hasSize(1);
    }

    @Test
    void aServerErrorIsNotRetried() {
        server.stubFor(get(urlEqualTo("/api/v1/things")).willReturn(aResponse().withStatus(500).withBody("{\"e\":1}")));

        HttpStatusException e = failure(client(2).send(ApiRequest.of("GET", "/things", null), JSON),
                HttpStatusException.class);

        assertThat(e.getBodyText()).isEqualTo("{\"e\":1}");
        assertThat(retryWaits).isEmpty();
    }

    @Test
    void throttlingIsRetriedForAPostAndSlowsTheBudget() {
        budget = new RequestBudget(100, 0, Duration.ofSeconds(30), Clock.systemUTC(), budgetScheduler);
        inTurn(() -> post(urlEqualTo("/api/v1/things")), aResponse().withStatus(429).withHeader("Retry-After", "0"),
                okJson("{}"));

        assertThat(client(1).<JsonNode> send(ApiRequest.of("POST", "/things", "{}"), JSON).join().status())
                .isEqualTo(200);

        assertThat(retryWaits).containsExactly(Duration.ZERO);
        assertThat(budget.currentRate()).isEqualTo(50.0);
    }

    @Test
    void attemptsAreTheFirstTryPlusMaxRetries() {
        server.stubFor(get(urlEqualTo("/api/v1/things")).willReturn(aResponse().withStatus(503)));

        HttpStatusException e = failure(client(3).send(ApiRequest.of("GET", "/things", null), JSON),
                HttpStatusException.class);

        assertThat(e.getStatus()).isEqualTo(503);
        server.verify(4, getRequestedFor(urlEqualTo("/api/v1/things")));
        assertThat(retryWaits).containsExactly(Duration.ofMillis(75), Duration.ofMillis(150), Duration.ofMillis(300));
    }

    @Test
    void aMalformedAnswerIsTyped() {
        server.stubFor(get(urlEqualTo("/api/v1/things")).willReturn(okJson("{\"a\": [")));

        MalformedAnswerException e = failure(client(0).send(ApiRequest.of("GET", "/things", null), JSON),
                MalformedAnswerException.class);

        assertThat(e).hasMessageStartingWith("GET /api/v1/things: 200 with a body that is not a valid");
    }

    @Test
    void aBodyThatIsNotJsonFailsBeforeAnythingIsSent() {
        IllegalArgumentException e = failure(client(0).send(ApiRequest.of("POST", "/things", "{oops"), JSON),
                IllegalArgumentException.class);

        assertThat(e).hasMessageStartingWith("The request body is a String but not JSON");
        server.verify(0, postRequestedFor(urlEqualTo("/api/v1/things")));
    }

    @Test
    void theTranslatorNamesTheComponentsOwnException() {
        server.stubFor(get(urlEqualTo("/api/v1/things")).willReturn(aResponse().withStatus(404)));
        AsyncApiClient client = new AsyncApiClient(http, BaseUrl.apiRoot("http://127.0.0.1:" + server.port(), "",
                "baseUrl"), () -> "key s3cret", MAPPER, RetryPolicy.none(), retries, budget,
                failure -> new IllegalStateException("ours: " + failure.getMessage(), failure), Duration.ofSeconds(1));

        IllegalStateException e = failure(client.send(ApiRequest.of("GET", "/api/v1/things", null), JSON),
                IllegalStateException.class);

        assertThat(e).hasMessage("ours: GET /api/v1/things: 404 Not Found").hasCauseInstanceOf(HttpStatusException.class);
    }

    private static void inTurn(Supplier<MappingBuilder> request, ResponseDefinitionBuilder first,
                               ResponseDefinitionBuilder then) {
        server.stubFor(request.get().inScenario("turns").whenScenarioStateIs(STARTED).willReturn(first)
                .willSetStateTo("2"));
        server.stubFor(request.get().inScenario("turns").whenScenarioStateIs("2").willReturn(then));
    }

    private static <T extends Throwable> T failure(CompletableFuture<?> call, Class<T> type) {
        Throwable thrown = catchThrowable(call::join);
        assertThat(thrown).hasCauseInstanceOf(type);
        return type.cast(thrown.getCause());
    }
}
