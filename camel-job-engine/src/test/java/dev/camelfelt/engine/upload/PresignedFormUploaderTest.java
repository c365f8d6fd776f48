package dev.camelfelt.engine.upload;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.camelfelt.engine.testing.ManualScheduler;
import dev.camelfelt.engine.testing.MutableClock;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.core5.io.CloseMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** A file reaches storage whole, after the pre-signed fields, or the caller is told why not. */
@Timeout(30)
class PresignedFormUploaderTest {

    private static final String BUCKET = "/bucket";
    private static final String DATA = "{\"type\":\"FeatureCollection\",\"features\":[]}";

    @RegisterExtension
    static final WireMockExtension STORAGE = WireMockExtension.newInstance()
            .options(options().dynamicPort().bindAddress("127.0.0.1")).build();

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock();
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private CloseableHttpAsyncClient http;
    private PresignedFormUploader uploader;
    private UploadFile file;

    @BeforeEach
    void start() throws Exception {
        http = HttpAsyncClients.custom().disableAutomaticRetries().build();
        http.start();
        uploader = new PresignedFormUploader(http, scheduler, 3, Duration.ofSeconds(1));
        Path data = Files.writeString(dir.resolve("on-disk.tmp"), DATA);
        file = new UploadFile(data, "parks.geojson");
    }

    @AfterEach
    void close() {
        http.close(CloseMode.IMMEDIATE);
    }

    private static Map<String, String> presigned() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("key", "uploads/U1/${filename}");
        fields.put("policy", "eyJleHBpcmF0aW9uIjoiMjAyNi0xMi0wMSJ9");
        fields.put("x-amz-signature", "abc123");
        return fields;
    }

    private CompletableFuture<Integer> upload() {
        return uploader.upload(URI.create("http://127.0.0.1:" + STORAGE.getPort() + BUCKET), presigned(), "file", file);
    }

    /** The exact bytes of the form, given the boundary the request announced. */
    private static String expectedForm(String contentType) {
        String boundary = contentType.substring(contentType.indexOf("boundary=") + "boundary=".length());
        StringBuilder form = new StringBuilder();
        presigned().forEach((name, value) -> form.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        return form.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"file\"; filename=\"parks.geojson\"\r\n")
                .append("Content-Type: application/octet-stream\r\n\r\n")
                .append(DATA).append("\r\n--").append(boundary).append("--\r\n").toString();
    }

    private static void assertWholeForm(LoggedRequest request) {
        String contentType = request.getHeader("Content-Type");
        assertThat(contentType).startsWith("multipart/form-data; boundary=");
        String body = request.getBodyAsString();
        assertThat(body).isEqualTo(expectedForm(contentType));
        assertThat(request.getHeader("Content-Length")).isEqualTo(String.valueOf(body.getBytes(StandardCharsets.UTF_8).length));
        assertThat(request.containsHeader("Authorization")).isFalse();
        assertThat(request.containsHeader("Transfer-Encoding")).isFalse();
    }

    @Test
    void postsThePresignedFieldsInOrderThenTheFileWithItsNameAndNoAuthorization() throws Exception {
        STORAGE.stubFor(post(urlPathEqualTo(BUCKET)).willReturn(aResponse().withStatus(204)));

        assertThat(upload().get(10, TimeUnit.SECONDS)).isEqualTo(204);

        List<LoggedRequest> posts = STORAGE.findAll(postRequestedFor(urlPathEqualTo(BUCKET)));
        assertThat(posts).hasSize(1);
        assertWholeForm(posts.get(0));
    }

    @Test
    void aResetTransferIsSentAgainFromTheFirstByteAfterAPause() throws Exception {
        STORAGE.stubFor(post(urlPathEqualTo(BUCKET)).inScenario("reset").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("again"));
        STORAGE.stubFor(post(urlPathEqualTo(BUCKET)).inScenario("reset").whenScenarioStateIs("again")
                .willReturn(aResponse().withStatus(204)));

        CompletableFuture<Integer> upload = upload();
        await().until(() -> scheduler.pending() == 1);
        assertThat(upload).isNotDone();
        scheduler.advance(Duration.ofMillis(999));
        assertThat(STORAGE.findAll(postRequestedFor(urlPathEqualTo(BUCKET)))).hasSize(1);
        scheduler.advance(Duration.ofMillis(1));

        assertThat(upload.get(10, TimeUnit.SECONDS)).isEqualTo(204);
        List<LoggedRequest> posts = STORAGE.findAll(postRequestedFor(urlPathEqualTo(BUCKET)));
        assertThat(posts).hasSize(2);
        assertWholeForm(posts.get(1));
    }

    @Test
    void storageErrorsAreRetriedWithGrowingPausesUntilTheAttemptsRunOut() {
        STORAGE.stubFor(post(urlPathEqualTo(BUCKET)).willReturn(aResponse().withStatus(503)
                .withBody("<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>")));

        CompletableFuture<Integer> upload = upload();
        await().until(() -> scheduler.pending() == 1);
        scheduler.advance(Duration.ofSeconds(1));
        await().until(() -> scheduler.pending() == 1);
        scheduler.advance(Duration.ofMillis(1999));
        assertThat(STORAGE.findAll(postRequestedFor(urlPathEqualTo(BUCKET)))).hasSize(2);
        scheduler.advance(Duration.ofMillis(1));

        assertThatThrownBy(() -> upload.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isExactlyInstanceOf(UploadException.class)
                .hasMessage("The upload of parks.geojson to 127.0.0.1 failed after 3 attempts: The storage host 127.0.0.1"
                            + " answered 503 (<Error><Code>SlowDown</Code><Message>Please reduce your request rate."
                            + "</Message></Error>)");
        assertThat(STORAGE.findAll(postRequestedFor(urlPathEqualTo(BUCKET)))).hasSize(3);
        assertThat(scheduler.pending()).isZero();
    }

    @Test
    void aRefusedFormIsNotSentAgain() {
        STORAGE.stubFor(post(urlPathEqualTo(BUCKET)).willReturn(aResponse().withStatus(403)
                .withBody("<Error>\n  <Code>AccessDenied</Code>\n  <Message>Policy expired.</Message>\n</Error>")));

        assertThatThrownBy(() -> upload().get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(UploadRejectedException.class, rejected -> {
                    assertThat(rejected.getStatus()).isEqualTo(403);
                    assertThat(rejected.getAttempts()).isEqualTo(1);
                    assertThat(rejected).hasMessage("The storage host 127.0.0.1 refused the upload of parks.geojson: 403"
                                                    + " (<Error> <Code>AccessDenied</Code> <Message>Policy expired."
                                                    + "</Message> </Error>)");
                });
        assertThat(STORAGE.findAll(postRequestedFor(urlPathEqualTo(BUCKET)))).hasSize(1);
        assertThat(scheduler.pending()).isZero();
    }

    @Test
    void aMissingFileFailsBeforeAnythingIsSent() throws Exception {
        Files.delete(file.path());

        assertThatThrownBy(() -> upload().get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isExactlyInstanceOf(UploadException.class)
                .hasMessageStartingWith("Cannot read " + file.path() + " to upload it");
        assertThat(STORAGE.getAllServeEvents()).isEmpty();
    }

    @Test
    void quotesAndLineBreaksInAFileNameCannotEndItsParameter() throws Exception {
        STORAGE.stubFor(post(urlPathEqualTo(BUCKET)).willReturn(aResponse().withStatus(204)));
        file = new UploadFile(file.path(), "a\"b\r\nc.geojson");

        upload().get(10, TimeUnit.SECONDS);

        assertThat(STORAGE.findAll(postRequestedFor(urlPathEqualTo(BUCKET))).get(0).getBodyAsString())
                .contains("name=\"file\"; filename=\"a%22b%0D%0Ac.geojson\"\r\n");
    }

    @Test
    void anEmptyFileIsAnEmptyFilePart() throws Exception {
        STORAGE.stubFor(post(urlPathEqualTo(BUCKET)).willReturn(aResponse().withStatus(204)));
        Files.write(file.path(), new byte[0]);

        upload().get(10, TimeUnit.SECONDS);

        String body = STORAGE.findAll(postRequestedFor(urlPathEqualTo(BUCKET))).get(0).getBodyAsString();
        assertThat(body).contains("Content-Type: application/octet-stream\r\n\r\n\r\n--camel-felt-");
    }
}
