package dev.camelfelt.felt;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.camelfelt.felt.model.FeltMap;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static dev.camelfelt.felt.FeltJson.MAP_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** maxConnections bounds the requests on the wire when the request budget does not; the others wait their turn. */
@Timeout(30)
class MaxConnectionsTest {

    private final AtomicInteger arrived = new AtomicInteger();
    private final CountDownLatch release = new CountDownLatch(1);
    private HttpServer felt;
    private CamelContext camel;

    @AfterEach
    void stop() throws Exception {
        release.countDown();
        if (camel != null) {
            camel.close();
        }
        if (felt != null) {
            felt.stop(0);
        }
    }

    /** A Felt that holds every request until released, each on a thread of its own. */
    private String holdingFelt() throws IOException {
        felt = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        felt.setExecutor(Executors.newCachedThreadPool());
        felt.createContext("/", this::answerWhenReleased);
        felt.start();
        return "http://127.0.0.1:" + felt.getAddress().getPort();
    }

    private void answerWhenReleased(HttpExchange exchange) throws IOException {
        arrived.incrementAndGet();
        try {
            release.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] body = FeltJson.map(MAP_ID, "Wildfires").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private CamelContext camel(int maxConnections) throws Exception {
        camel = new DefaultCamelContext();
        FeltComponent component = new FeltComponent();
        component.getConfiguration().setBaseUrl(holdingFelt());
        component.getConfiguration().setApiToken("felt_pat_test");
        component.setMaxRequestsPerSecond(0);
        component.setMaxConcurrentRequests(0);
        component.setMaxConnections(maxConnections);
        camel.addComponent("felt", component);
        return camel;
    }

    @Test
    void requestsBeyondTheConnectionsWaitForOneAndAllComplete() throws Exception {
        camel(2).start();
        ProducerTemplate template = camel.createProducerTemplate();
        List<CompletableFuture<Object>> calls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            calls.add(template.asyncRequestBody("felt:maps/get?mapId=" + MAP_ID, null));
        }

        while (arrived.get() < 2) {
            Thread.sleep(10);
        }
        // time enough for the other two to arrive, were they not waiting for a connection
        Thread.sleep(300);
        assertThat(arrived).hasValue(2);

        release.countDown();
        for (CompletableFuture<Object> call : calls) {
            assertThat(call.get(20, TimeUnit.SECONDS)).isInstanceOf(FeltMap.class);
        }
        assertThat(arrived).hasValue(4);
    }

    @Test
    void noConnectionAtAllIsRefusedNamingTheOption() {
        // the component is initialised as it is added to a CamelContext
        assertThatThrownBy(() -> camel(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The maxConnections option of the felt component must be at least 1, not 0");
    }
}
