package dev.camelfelt.felt;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.camelfelt.felt.simulator.FeltApiContract;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.Registry;
import org.apache.camel.support.LifecycleStrategySupport;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs routes against a fake Felt on loopback. Every request and response the fake serves is checked against Felt's
 * OpenAPI spec, and retries record the waits they ask for and run at once.
 */
abstract class FeltTestSupport extends CamelTestSupport {

    static final String TOKEN = "felt_pat_7Yh2kQ9mXc4RtB8vLw3NpZs";

    static WireMockServer felt;
    private static FeltApiContract.Listener contract;

    /** Runs retries at once, recording the waits they asked for. */
    private final RecordingScheduler retryScheduler = new RecordingScheduler();

    /** The waits that retries asked for, in order. */
    protected final List<Duration> retryWaits = retryScheduler.delays();

    /** The clock that felt endpoints created from now on compare Retry-After dates with. */
    protected Clock clock = Clock.systemUTC();

    @BeforeAll
    static void startFelt() {
        contract = new FeltApiContract.Listener();
        felt = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").extensions(contract));
        felt.start();
    }

    @AfterAll
    static void stopFelt() {
        felt.stop();
    }

    @BeforeEach
    void resetFelt() {
        felt.resetAll();
        contract.clear();
    }

    @AfterEach
    void stopRetryScheduler() {
        retryScheduler.shutdownNow();
    }

    @AfterEach
    void checkContract() {
        contract.assertNoViolations();
    }

    static String baseUrl() {
        return "http://127.0.0.1:" + felt.port();
    }

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties properties = new Properties();
        properties.setProperty("felt.baseUrl", baseUrl());
        properties.setProperty("felt.apiToken", TOKEN);
        return properties;
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camel = super.createCamelContext();
        // before the endpoint starts, since it builds its Felt client when it starts
        camel.addLifecycleStrategy(new LifecycleStrategySupport() {
            @Override
            public void onEndpointAdd(Endpoint endpoint) {
                if (endpoint instanceof FeltEndpoint feltEndpoint) {
                    feltEndpoint.setRetryScheduler(retryScheduler);
                    feltEndpoint.setClock(clock);
                }
            }
        });
        return camel;
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("felt", feltComponent());
    }

    /** The felt component of the tests: pointed at the fake Felt, with the test token. */
    protected FeltComponent feltComponent() {
        FeltComponent component = new FeltComponent();
        component.getConfiguration().setBaseUrl(baseUrl());
        component.getConfiguration().setApiToken(TOKEN);
        return component;
    }

    /** Adds the route {@code direct:felt -> feltUri -> mock:result}. */
    protected void route(String feltUri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:felt").to(feltUri).to("mock:result");
            }
        });
    }

    /** Sends a message to the route of {@link #route(String)}. */
    protected Exchange send(Object body, Map<String, Object> headers) {
        return template.send("direct:felt", exchange -> {
            exchange.getMessage().setBody(body);
            exchange.getMessage().getHeaders().putAll(headers);
        });
    }

    protected Exchange call(String feltUri, Object body, Map<String, Object> headers) throws Exception {
        route(feltUri);
        return send(body, headers);
    }

    protected Exchange call(String feltUri) throws Exception {
        return call(feltUri, null, Map.of());
    }

    /** The one message that made it through the route to mock:result. */
    protected Message reply(Exchange exchange) {
        assertThat(exchange.getException()).isNull();
        MockEndpoint result = getMockEndpoint("mock:result");
        assertThat(result.getReceivedExchanges()).hasSize(1);
        return result.getReceivedExchanges().get(0).getMessage();
    }

    /** The exception the route failed with, which kept the message from mock:result. */
    protected <T extends Throwable> T failure(Exchange exchange, Class<T> type) {
        assertThat(getMockEndpoint("mock:result").getReceivedExchanges()).isEmpty();
        assertThat(exchange.getException()).isInstanceOf(type);
        return type.cast(exchange.getException());
    }

    /** A request with the test token, to a URL given with its query. */
    static RequestPatternBuilder feltRequest(RequestMethod method, String url) {
        return new RequestPatternBuilder(method, urlEqualTo(url))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("Accept", equalTo("application/json"));
    }

    /** A request with the test token and exactly this JSON body. */
    static RequestPatternBuilder jsonRequest(RequestMethod method, String url, String json) {
        return feltRequest(method, url)
                .withHeader("Content-Type", equalTo("application/json; charset=UTF-8"))
                .withRequestBody(equalToJson(json));
    }

    /** Asserts that Felt received one request, matching {@code expected}, and returns it. */
    static LoggedRequest assertOnlyRequest(RequestPatternBuilder expected) {
        List<ServeEvent> served = felt.getAllServeEvents();
        assertThat(served).hasSize(1);
        felt.verify(1, expected);
        return served.get(0).getRequest();
    }

    /** Asserts that Felt received one request, matching {@code expected}, without a body. */
    static void assertOnlyBodilessRequest(RequestPatternBuilder expected) {
        LoggedRequest request = assertOnlyRequest(expected);
        assertThat(request.containsHeader("Content-Type")).isFalse();
        assertThat(request.getBody()).isEmpty();
    }

    /**
     * The contract violations so far, which this test caused on purpose (e.g. an answer that is not JSON); they are
     * returned and forgotten, so that the check after the test passes.
     */
    static List<String> takeContractViolations() {
        List<String> violations = List.copyOf(contract.violations());
        contract.clear();
        return violations;
    }

    static void assertNoRequests() {
        assertThat(felt.getAllServeEvents()).isEmpty();
    }
}
