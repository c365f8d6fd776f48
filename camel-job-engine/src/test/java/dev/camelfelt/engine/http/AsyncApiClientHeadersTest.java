package dev.camelfelt.engine.http;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/** An answer carries its response headers, for the calls that read Location or Link; a redirect is not followed. */
class AsyncApiClientHeadersTest {

    private static WireMockServer server;
    private static CloseableHttpAsyncClient http;
    private static ScheduledExecutorService scheduler;
    private static AsyncApiClient client;

    @BeforeAll
    static void start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        http = AsyncHttpClients.create(1, 10, Duration.ofSeconds(5), null, "test", Executors.defaultThreadFactory());
        scheduler = Executors.newSingleThreadScheduledExecutor();
        client = new AsyncApiClient(http, URI.create("http://127.0.0.1:" + server.port() + "/api"), () -> "key k",
                new ObjectMapper(), RetryPolicy.none(), scheduler, RequestBudget.unlimited(scheduler),
                FailureTranslator.NONE, Duration.ofSeconds(5));
    }

    @AfterAll
    static void stop() throws Exception {
        http.close();
        scheduler.shutdownNow();
        scheduler.awaitTermination(5, TimeUnit.SECONDS);
        server.stop();
    }

    @Test
    void headersAreReadByAnyCaseOfTheirNameAndRepeatedOnesJoined() throws Exception {
        server.stubFor(get(urlEqualTo("/api/items/")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("[]")
                .withHeader("Link", "<http://x/items/?page=2>; rel=\"page-next\"")
                .withHeader("Link", "<http://x/items/?page=3>; rel=\"page-last\"")));

        ApiAnswer<Object> answer = client.send(ApiRequest.of("GET", "/items/", null),
                TypeFactory.defaultInstance().constructType(Object.class)).get(5, TimeUnit.SECONDS);

        assertThat(answer.header("link")).hasValue("<http://x/items/?page=2>; rel=\"page-next\", "
                                                   + "<http://x/items/?page=3>; rel=\"page-last\"");
        assertThat(answer.header("LINK")).isEqualTo(answer.header("Link"));
        assertThat(answer.header("Location")).isEmpty();
    }

    @Test
    void aRedirectIsAnAnswerWithItsLocationNotFollowed() throws Exception {
        server.stubFor(post(urlEqualTo("/api/items/")).willReturn(aResponse().withStatus(202)
                .withHeader("Location", "http://127.0.0.1:" + server.port() + "/api/items/7/")));
        server.stubFor(get(urlEqualTo("/api/items/7/download/")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "http://127.0.0.2:9/archive.zip")));

        ApiAnswer<Void> created = client.<Void> send(ApiRequest.of("POST", "/items/", "{}"),
                TypeFactory.defaultInstance().constructType(Void.class)).get(5, TimeUnit.SECONDS);
        ApiAnswer<Void> redirect = client.<Void> send(ApiRequest.of("GET", "/items/7/download/", null),
                TypeFactory.defaultInstance().constructType(Void.class)).get(5, TimeUnit.SECONDS);

        assertThat(created.status()).isEqualTo(202);
        assertThat(created.body()).isNull();
        assertThat(created.header("Location")).hasValue("http://127.0.0.1:" + server.port() + "/api/items/7/");
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.header("location")).hasValue("http://127.0.0.2:9/archive.zip");
    }
}
