package dev.camelfelt.felt.export;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.camelfelt.felt.client.DownloadUrlExpiredException;
import dev.camelfelt.felt.client.FeltDownloader;
import dev.camelfelt.felt.simulator.FeltApiContract;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Downloads are whole or absent: a broken one is started again, and a final failure leaves nothing behind. */
class FeltDownloaderTest {

    private static final String PATH = "/downloads/FZWQjWZJSZWvW3yn9BeV9AyA/Felt-Export.zip";
    private static final byte[] FILE = "a whole export, byte for byte".getBytes(StandardCharsets.UTF_8);
    private static final FeltApiContract.Listener CONTRACT = new FeltApiContract.Listener();

    @RegisterExtension
    static final WireMockExtension STORAGE = WireMockExtension.newInstance()
            .options(options().dynamicPort().bindAddress("127.0.0.1").extensions(CONTRACT)).build();

    @TempDir
    Path downloads;

    // the component's clients do not retry on their own either: retrying is the downloader's business
    private final CloseableHttpClient http = HttpClients.custom().disableAutomaticRetries().build();
    private final FeltDownloader downloader = new FeltDownloader(http, 3);

    @AfterEach
    void close() throws IOException {
        http.close();
        CONTRACT.assertNoViolations();
        CONTRACT.clear();
    }

    private URI url() {
        return URI.create("http://127.0.0.1:" + STORAGE.getPort() + PATH);
    }

    private Path target() {
        return downloads.resolve("felt-export.zip");
    }

    private static ResponseDefinitionBuilder whole() {
        return aResponse().withBody(FILE);
    }

    private static ResponseDefinitionBuilder shortOfItsContentLength() {
        return aResponse().withHeader("Content-Length", String.valueOf(FILE.length * 2)).withBody(FILE);
    }

    @Test
    void writesTheWholeFileWithoutCredentials() throws IOException {
        STORAGE.stubFor(get(urlPathEqualTo(PATH)).willReturn(whole()));

        assertThat(downloader.download(url(), target())).isEqualTo(target());

        assertThat(target()).hasBinaryContent(FILE);
        assertThat(STORAGE.findAll(getRequestedFor(urlPathEqualTo(PATH)))).singleElement()
                .satisfies(request -> assertThat(request.containsHeader("Authorization")).isFalse());
    }

    static Stream<Arguments> brokenResponses() {
        return Stream.of(
                Arguments.of("short of its Content-Length", shortOfItsContentLength()),
                Arguments.of("reset", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
                Arguments.of("a server error", aResponse().withStatus(500)));
    }

    @ParameterizedTest(name = "a download that is {0} is started again")
    @MethodSource("brokenResponses")
    void brokenDownloadIsStartedAgainFromTheStart(String broken, ResponseDefinitionBuilder response)
            throws IOException {
        STORAGE.stubFor(get(urlPathEqualTo(PATH)).inScenario("download").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(response).willSetStateTo("recovered"));
        STORAGE.stubFor(get(urlPathEqualTo(PATH)).inScenario("download").whenScenarioStateIs("recovered")
                .willReturn(whole()));

        downloader.download(url(), target());

        assertThat(target()).hasBinaryContent(FILE);
        assertThat(STORAGE.findAll(getRequestedFor(urlPathEqualTo(PATH)))).hasSize(2)
                .allSatisfy(request -> assertThat(request.containsHeader("Range")).isFalse());
        assertThat(downloads.toFile().list()).containsExactly("felt-export.zip");
    }

    @Test
    void downloadThatNeverCompletesFailsAndLeavesNothing() {
        STORAGE.stubFor(get(urlPathEqualTo(PATH)).willReturn(shortOfItsContentLength()));

        assertThatExceptionOfType(IOException.class).isThrownBy(() -> downloader.download(url(), target()))
                .withMessageStartingWith("Download from 127.0.0.1 failed after 3 attempts");

        assertThat(STORAGE.findAll(getRequestedFor(urlPathEqualTo(PATH)))).hasSize(3);
        assertThat(downloads).isEmptyDirectory();
    }

    @Test
    void failedDownloadLeavesAnEarlierFileUntouched() throws IOException {
        byte[] earlier = "yesterday's export".getBytes(StandardCharsets.UTF_8);
        Files.write(target(), earlier);
        STORAGE.stubFor(get(urlPathEqualTo(PATH)).willReturn(shortOfItsContentLength()));

        assertThatExceptionOfType(IOException.class).isThrownBy(() -> downloader.download(url(), target()));

        assertThat(target()).hasBinaryContent(earlier);
        assertThat(downloads.toFile().list()).containsExactly("felt-export.zip");
    }

    @ParameterizedTest
    @ValueSource(ints = { 403, 404 })
    void refusedUrlHasExpiredAndIsNotTriedAgain(int status) {
        STORAGE.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(status)));

        assertThatExceptionOfType(DownloadUrlExpiredException.class)
                .isThrownBy(() -> downloader.download(url(), target()))
                .withMessage("The download host 127.0.0.1 answered " + status
                             + "; the pre-signed URL has probably expired");

        assertThat(STORAGE.findAll(getRequestedFor(urlPathEqualTo(PATH)))).hasSize(1);
        assertThat(downloads).isEmptyDirectory();
    }

    @Test
    void needsAtLeastOneAttempt() {
        assertThatIllegalArgumentException().isThrownBy(() -> new FeltDownloader(http, 0))
                .withMessage("downloadAttempts must be at least 1: 0");
    }
}
