package dev.camelfelt.koordinates;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.camelfelt.koordinates.simulator.KoordinatesSimulator;
import dev.camelfelt.koordinates.simulator.KoordinatesSimulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Runs routes against the Koordinates simulator, with a component pointed at it. */
abstract class KoordinatesTestSupport extends CamelTestSupport {

    static final String API = "/services/api/v1";

    @RegisterExtension
    static final KoordinatesSimulatorExtension KOORDINATES = new KoordinatesSimulatorExtension();

    static KoordinatesSimulator simulator() {
        return KOORDINATES.simulator();
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("koordinates", koordinatesComponent());
    }

    /** The koordinates component of the tests: pointed at the simulator, with its key. */
    protected KoordinatesComponent koordinatesComponent() {
        KoordinatesComponent component = new KoordinatesComponent();
        component.getConfiguration().setBaseUrl(simulator().baseUrl());
        component.getConfiguration().setApiKey(simulator().apiKey());
        return component;
    }

    /** Adds the route {@code direct:koordinates -> uri -> mock:result}. */
    protected void route(String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:koordinates").to(uri).to("mock:result");
            }
        });
    }

    protected Exchange send(Object body, Map<String, Object> headers) {
        return template.send("direct:koordinates", exchange -> {
            exchange.getMessage().setBody(body);
            exchange.getMessage().getHeaders().putAll(headers);
        });
    }

    protected Exchange call(String uri, Object body, Map<String, Object> headers) throws Exception {
        route(uri);
        return send(body, headers);
    }

    protected Exchange call(String uri) throws Exception {
        return call(uri, null, Map.of());
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

    /** A request with the simulator's key, to a URL under the API root given with its query. */
    static RequestPatternBuilder apiRequest(RequestMethod method, String url) {
        return new RequestPatternBuilder(method, urlEqualTo(API + url))
                .withHeader("Authorization", equalTo("key " + simulator().apiKey()))
                .withHeader("Accept", equalTo("application/json"));
    }

    /** A request with the simulator's key and exactly this JSON body. */
    static RequestPatternBuilder jsonRequest(RequestMethod method, String url, String json) {
        return apiRequest(method, url)
                .withHeader("Content-Type", equalTo("application/json; charset=UTF-8"))
                .withRequestBody(equalToJson(json));
    }

    /** The requests the API received, oldest first. */
    static List<LoggedRequest> apiRequests() {
        List<LoggedRequest> requests = new ArrayList<>(
                simulator().wireMock().getAllServeEvents().stream().map(ServeEvent::getRequest).toList());
        // WireMock lists the newest first
        Collections.reverse(requests);
        return requests;
    }

    /** Asserts that the API received exactly these requests, in this order. */
    static void assertRequests(RequestPatternBuilder... expected) {
        List<LoggedRequest> requests = apiRequests();
        assertThat(requests).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            LoggedRequest request = requests.get(i);
            assertThat(expected[i].build().match(request).isExactMatch())
                    .as("request %d, %s %s, matches %s", i, request.getMethod(), request.getUrl(), expected[i].build())
                    .isTrue();
        }
    }

    static String itemUrl(int layerId) {
        return simulator().apiUrl() + "layers/" + layerId + "/";
    }
}
