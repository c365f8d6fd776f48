package dev.camelfelt.felt;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.camelfelt.felt.client.FeltException;
import dev.camelfelt.felt.client.FeltMalformedResponseException;
import dev.camelfelt.felt.client.FeltTransportException;
import dev.camelfelt.felt.model.FeltMap;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.camelfelt.felt.FeltJson.COPY_ID;
import static dev.camelfelt.felt.FeltJson.MAP_ID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What fails on the wire reaches the route as a FeltException that names the call and says whether Felt may have
 * applied it; a GET is repeated after a read timeout, a POST only when it was surely not sent.
 */
class TransportFailuresTest extends FeltTestSupport {

    private static final String MAP = "/api/v2/maps/" + MAP_ID;

    @Test
    void aGetIsRetriedAfterAReadTimeout() throws Exception {
        felt.stubFor(get(urlEqualTo(MAP)).inScenario("slow").whenScenarioStateIs(STARTED)
                .willReturn(slow(okJson(FeltJson.map(MAP_ID, "Wildfires")))).willSetStateTo("fast"));
        felt.stubFor(get(urlEqualTo(MAP)).inScenario("slow").whenScenarioStateIs("fast")
                .willReturn(okJson(FeltJson.map(MAP_ID, "Wildfires"))));

        FeltMap map = reply(call("felt:maps/get?mapId=" + MAP_ID + "&responseTimeout=500ms")).getBody(FeltMap.class);

        assertThat(map.id()).isEqualTo(MAP_ID);
        assertThat(felt.getAllServeEvents()).hasSize(2);
        assertThat(retryWaits).hasSize(1);
    }

    @Test
    void aPostIsNotRetriedAfterAReadTimeoutAndSaysItMayHaveBeenApplied() throws Exception {
        felt.stubFor(post(urlEqualTo(MAP + "/duplicate")).willReturn(slow(okJson(FeltJson.map(COPY_ID, "Copy")))));

        FeltTransportException e = failure(call("felt:maps/duplicate?mapId=" + MAP_ID + "&responseTimeout=500ms"),
                FeltTransportException.class);

        assertThat(e).hasMessageStartingWith("POST " + MAP + "/duplicate: no answer within the response timeout")
                .hasMessageEndingWith("(1 attempt; the request may have been applied)")
                .hasCauseInstanceOf(SocketTimeoutException.class);
        assertThat(e.getMethod()).isEqualTo("POST");
        assertThat(e.getPath()).isEqualTo(MAP + "/duplicate");
        assertThat(e.mayHaveBeenApplied()).isTrue();
        assertThat(felt.getAllServeEvents()).hasSize(1);
        assertThat(retryWaits).isEmpty();
    }

    @Test
    void aPostIsRetriedWhenNoConnectionCouldBeMade() throws Exception {
        FeltTransportException e = failure(call("felt:maps/duplicate?mapId=" + MAP_ID + "&maxRetries=1&baseUrl="
                                                + "http://127.0.0.1:" + closedPort()),
                FeltTransportException.class);

        assertThat(e).hasMessageStartingWith("POST " + MAP + "/duplicate: ")
                .hasMessageEndingWith("(2 attempts; the request was not sent)")
                .hasCauseInstanceOf(ConnectException.class);
        assertThat(e.mayHaveBeenApplied()).isFalse();
        assertThat(retryWaits).hasSize(1);
    }

    @Test
    void anUnknownHostIsATransportFailureAndNotRetried() throws Exception {
        FeltTransportException e = failure(call("felt:maps/get?mapId=" + MAP_ID + "&baseUrl=https://felt.invalid"),
                FeltTransportException.class);

        // the text after the host name is the platform's resolver's
        assertThat(e).hasMessageStartingWith("GET " + MAP + ": unknown host felt.invalid")
                .hasMessageEndingWith("(1 attempt; the request was not sent)")
                .hasCauseInstanceOf(UnknownHostException.class);
        assertThat(retryWaits).isEmpty();
    }

    @Test
    void aMalformedJsonAnswerIsTyped() throws Exception {
        felt.stubFor(get(urlEqualTo(MAP)).willReturn(okJson("{\"id\": \"" + MAP_ID + "\", \"title\": ")));

        FeltMalformedResponseException e = failure(call("felt:maps/get?mapId=" + MAP_ID),
                FeltMalformedResponseException.class);

        assertThat(e).isInstanceOf(FeltException.class)
                .hasMessageStartingWith("GET " + MAP + ": 200 with a body that is not a valid "
                                        + FeltMap.class.getName() + ": ");
        assertThat(e.getStatus()).isEqualTo(200);
        assertThat(e.getCause()).isInstanceOf(IOException.class);
        assertThat(felt.getAllServeEvents()).hasSize(1);
        assertThat(takeContractViolations()).singleElement().asString().contains("Unable to parse JSON");
    }

    @Test
    void theRouteContinuesOnACamelCallbackThread() throws Exception {
        felt.stubFor(get(urlEqualTo(MAP)).willReturn(okJson(FeltJson.map(MAP_ID, "Wildfires"))));
        AtomicReference<String> thread = routeNotingItsThread("felt:maps/get?mapId=" + MAP_ID);

        reply(send(null, Map.of()));

        // Camel names its threads "Camel (context) thread #n - FeltCallback"; HttpClient's I/O threads are FeltHttpIO
        assertThat(thread.get()).startsWith("Camel (").endsWith(" - FeltCallback");
    }

    @Test
    void aSynchronousEndpointGoesOnWithTheRouteOnTheCallersThread() throws Exception {
        felt.stubFor(get(urlEqualTo(MAP)).willReturn(okJson(FeltJson.map(MAP_ID, "Wildfires"))));
        AtomicReference<String> thread = routeNotingItsThread("felt:maps/get?synchronous=true&mapId=" + MAP_ID);

        FeltMap map = reply(send(null, Map.of())).getBody(FeltMap.class);

        assertThat(map.id()).isEqualTo(MAP_ID);
        assertThat(thread.get()).isEqualTo(Thread.currentThread().getName());
    }

    @Test
    void aSynchronousEndpointFailsTheExchangeOnTheCallersThreadWithTheTypedFailure() throws Exception {
        AtomicReference<String> thread = new AtomicReference<>();
        int closedPort = closedPort();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(FeltTransportException.class).handled(false)
                        .process(exchange -> thread.set(Thread.currentThread().getName()));
                from("direct:felt").to("felt:maps/get?synchronous=true&mapId=" + MAP_ID + "&maxRetries=0&baseUrl="
                                       + "http://127.0.0.1:" + closedPort);
            }
        });

        FeltTransportException e = failure(send(null, Map.of()), FeltTransportException.class);

        assertThat(e).hasMessageStartingWith("GET " + MAP + ": ").hasCauseInstanceOf(ConnectException.class);
        assertThat(thread.get()).isEqualTo(Thread.currentThread().getName());
    }

    /** Adds direct:felt -> feltUri -> mock:result, noting the thread the route went on on after the call. */
    private AtomicReference<String> routeNotingItsThread(String feltUri) throws Exception {
        AtomicReference<String> thread = new AtomicReference<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:felt").to(feltUri).process(exchange -> thread.set(Thread.currentThread().getName()))
                        .to("mock:result");
            }
        });
        return thread;
    }

    /** An answer that comes later than any responseTimeout a test sets. */
    private static ResponseDefinitionBuilder slow(ResponseDefinitionBuilder answer) {
        return answer.withFixedDelay(2000);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
