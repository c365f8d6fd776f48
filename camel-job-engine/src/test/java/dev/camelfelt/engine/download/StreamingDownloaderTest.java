package dev.camelfelt.engine.download;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.camelfelt.engine.testing.NamedThread;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.core5.io.CloseMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
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
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Downloads are whole or absent: a broken one is started again, and a final failure leaves nothing behind. */
@Timeout(30)
class StreamingDownloaderTest {

    private static final String PATH = "/downloads/E1/export.zip";
    private static final byte[] FILE = "a whole export, byte for byte".getBytes(StandardCharsets.UTF_8);

    @RegisterExtension
    static final WireMockExtension STORAGE = WireMockExtension.newInstance()
            .options(options().dynamicPort().bindAddress("127.0.0.1")).build();

    @TempDir
    Path downloads;

    private CloseableHttpAsyncClient http;
    private StreamingDownloader downloader;

    @BeforeEach
    void start() {
        // no automatic retries: retrying is the downloader's business
        http = HttpAsyncClients.custom().disableAutomaticRetries().disableRedirectHandling().build();
        http.start();
        // the file work runs on the I/O thread that finished the transfer, as good as any thread for these tests
        downloader = new StreamingDownloader(http, 3, Runnable::run);
    }

    @AfterEach
    void close() {
        http.close(CloseMode.IMMEDIATE);
    }

    private static URI url(String path) {
        return URI.create("http://127.0.0.1:" + STORAGE.getPort() + path);
    }

    private Path target() {
        return downloads.resolve("export.zip");
    }

    private Path download() throws Exception {
        return downloader.download(url(PATH), target(), true).get(20, TimeUnit.SECONDS);
    }

    private static ResponseDefinitionBuilder whole() {
        return aResponse().withBody(FILE);
    }

    private static ResponseDefinitionBuilder shortOfItsContentLength() {
        return aResponse().withHeader("Content-Length", String.valueOf(FILE.length * 2)).withBody(FILE);
    }

    @Test
    void writesTheWholeFileWithoutCredentials() throws Exception {
        STORAGE.stubFor(get(urlPathEqualTo(PATH)).willReturn(whole()));

        assertThat(download()).isEqualTo(target());

        assertThat(target()).hasBinaryContent(FILE);
        assertThat(STORAGE.findAll(getRequestedFor(urlPathEqualTo(PATH)))).singleElement()
                .satisfies(request -> assertThat(request.containsHeader("Authorization")).isFalse());
    }

    @Test
    void touchesTheDiskOnlyOnTheFileWorkExecutorNeverOnTheIoThread() throws Exception {
        STORAGE.stubFor(get(urlPathEqualTo(PATH)).willReturn(whole()));
        BlockingQueue<Runnable> fileWork = new LinkedBlockingQueue<>();
        List<String> openedOn = new CopyOnWriteArrayList<>();
        StreamingDownloader heldBack = new StreamingDownloader(http, 3, fileWork::add, part -> {
            openedOn.add(Thread.currentThread().getName());
            return FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        });

        CompletableFuture<Path> download = heldBack.download(url(PATH), target(), true);

        // until the file work runs, there is neither a part file nor a request
        Runnable prepare = fileWork.poll(20, TimeUnit.SECONDS);
        assertThat(prepare).isNotNull();
        assertThat(downloads).isEmptyDirectory();
        assertThat(STORAGE.findAll(getRequestedFor(urlPathEqualTo(PATH)))).isEmpty();
        NamedThread.run("file-work", prepare);
        assertThat(openedOn).containsExactly("file-work");

        // the transfer is over; until the file work runs again, nothing is in place
        Runnable finish = fileWork.poll(20, TimeUnit.SECONDS);
        assertThat(finish).isNotNull();
        assertThat(download).isNotDone();
        assertThat(target()).doesNotExist();
        NamedThread.run("file-work", finish);
        assertThat(download.get(20, TimeUnit.SECONDS)).isEqualTo(target());
        assertThat(target()).hasBinaryContent(FILE);
        assertThat(downloads.toFile().list()).containsExactly("export.zip");
    }

    @ParameterizedTest
    @ValueSource(booleans = { true, false })
    void flushesTheFileToTheDiskOnlyWhenItIsToLast(boolean durable) throws Exception {
        STORAGE.stubFor(get(urlPathEqualTo(PATH)).willReturn(whole()));
        AtomicInteger flushes = new AtomicInteger();
        StreamingDownloader counting = new StreamingDownloader(http, 3, Runnable::run, new StreamingDownloader.PartFiles() {
            @Override
            public FileChannel open(Path part) throws IOException {
                return FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }

            @Override
            public void flush(FileChannel channel) throws IOException {
                flushes.incrementAndGet();
                channel.force(false);
            }
        });

        counting.download(url(PATH), target(), durable).get(20, TimeUnit.SECONDS);

        assertThat(target()).hasBinaryContent(FILE);
        assertThat(flushes).hasValue(durable ? 1 : 0);
    }

    @Test
    void aPartFileNameAnotherDownloadHoldsIsLeftAloneAndThisDownloadFails() throws Exception {
        STORAGE.stubFor(get(urlPathEqualTo(PATH)).willReturn(whole()));
        AtomicReference<Path> taken = new AtomicReference<>();
        StreamingDownloader clashing = new StreamingDownloader(http, 3, Runnable::run, part -> {
            // another download got there first
            taken.set(Files.writeString(part, "another download's part"));
            return FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        });

        assertThatThrownBy(() -> clashing.download(url(PATH), target(), true).get(20, TimeUnit.SECONDS)).cause()
                .isInstanceOf(DownloadException.class).hasMessageStartingWith("Could not write the download");

        assertThat(taken.get()).hasContent("another download's part");
        assertThat(STORAGE.findAll(getRequestedFor(urlPathEqualTo(PATH)))).isEmpty();
    }

    @Test
    void streamsALargeFileInBoundedMemory() throws Exception {
        byte[] large = new byte[8 * 1024 * 1024];
        for (int i = 0; i < large.length; i++) {
            large[i] = (byte) i;
        }
        STORAGE.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withBody(large)));

        download();

        assertThat(Files.size(target())).isEqualTo(large.length);
        assertThat(target()).hasBinaryContent(large);
    }

    @Test
    void followsARedirectToAnotherPathWithoutCredentials() throws Exception {
        STORAGE.stubFor(get(urlPathEqualTo("/redirect")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", url(PATH).toString())));
        STORAGE.stubFor(get(urlPathEqualTo(PATH)).willReturn(whole()));

        downloader.download(url("/redirect"), target(), true).get(20, TimeUnit.SECONDS);

        assertThat(target()).hasBinaryContent(FILE);
        assertThat(STORAGE.findAll(getRequestedFor(urlPathEqualTo(PATH)))).singleElement()
                .satisfies(request -> assertThat(request.containsHeader("Authorization")).isFalse());
    }

    static Stream<Arguments> brokenResponses() {
        return Stream.of(
                Arguments.of("short of its Content-Length", shortOfItsContentLength()),
                Arguments.of("reset", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
                Arguments.of("garbage", aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)),
                Arguments.of("a server error", aResponse().withStatus(500)));
    }

    @ParameterizedTest(name = "a download that is {0} is started again")
    @MethodSource("brokenResponses")
    void brokenDownloadIsStartedAgainFromTheStart(String broken, ResponseDefinitionBuilder response) throws Exception {
        STORAGE.stubFor(get(urlPathEqualTo(PATH)).inScenario("download").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(response).willSetStateTo("recovered"));
        STORAGE.stubFor(get(urlPathEqualTo(PATH)).inScenario("download").whenScenarioStateIs("recovered")
                .willReturn(whole()));

        download();

        assertThat(target()).hasBinaryContent(FILE);
        assertThat(STORAGE.findAll(getRequestedFor(urlPathEqualTo(PATH)))).hasSize(2)
                .allSatisfy(request -> assertThat(request.containsHeader("Range")).isFalse());
        assertThat(downloads.toFile().list()).containsExactly("export.zip");
    }

    @Test
    void downloadThatNeverCompletesFailsAndLeavesNothing() {
        STORAGE.stubFor(get(urlPathEqualTo(PATH)).willReturn(shortOfItsContentLength()));

        assertThatThrownBy(this::download).cause().isInstanceOf(DownloadException.class)
                .hasMessageStartingWith("Download from 127.0.0.1 failed after 3 attempts");

        assertThat(STORAGE.findAll(getRequestedFor(urlPathEqualTo(PATH)))).hasSize(3);
        assertThat(downloads).isEmptyDirectory();
    }

    @Test
    void unwritableTargetFailsBeforeAnyRequest() throws Exception {
        STORAGE.stubFor(get(urlPathEqualTo(PATH)).willReturn(whole()));
        Path notADirectory = Files.writeString(downloads.resolve("file"), "x");

        assertThatThrownBy(() -> downloader.download(url(PATH), notADirectory.resolve("export.zip"), true)
                .get(20, TimeUnit.SECONDS)).cause().isInstanceOf(DownloadException.class);

        assertThat(STORAGE.findAll(getRequestedFor(urlPathEqualTo(PATH)))).isEmpty();
    }

    @Test
    void failedDownloadLeavesAnEarlierFileUntouched() throws Exception {
        byte[] earlier = "yesterday's export".getBytes(StandardCharsets.UTF_8);
        Files.write(target(), earlier);
        STORAGE.stubFor(get(urlPathEqualTo(PATH)).willReturn(shortOfItsContentLength()));

        assertThatThrownBy(this::download).cause().isInstanceOf(DownloadException.class);

        assertThat(target()).hasBinaryContent(earlier);
        assertThat(downloads.toFile().list()).containsExactly("export.zip");
    }

    @ParameterizedTest
    @ValueSource(ints = { 403, 404 })
    void refusedUrlHasExpiredAndIsNotTriedAgain(int status) {
        STORAGE.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(status)));

        assertThatThrownBy(this::download).cause().isInstanceOf(DownloadUrlExpiredException.class)
                .hasMessage("The download host 127.0.0.1 answered " + status
                            + "; the pre-signed URL has probably expired");

        assertThat(STORAGE.findAll(getRequestedFor(urlPathEqualTo(PATH)))).hasSize(1);
        assertThat(downloads).isEmptyDirectory();
    }

    @Test
    void fullDiskAbortsTheDownloadAtOnceWithoutReadingTheRestOfTheBody() throws Exception {
        Path fullDisk = Path.of("/dev/full");
        assumeTrue(Files.isWritable(fullDisk), "a device whose every write fails with 'No space left on device'");
        StreamingDownloader onAFullDisk = new StreamingDownloader(http, 3, Runnable::run,
                part -> FileChannel.open(fullDisk, StandardOpenOption.WRITE));

        try (LargeBodyServer storage = new LargeBodyServer()) {
            assertThatThrownBy(() -> onAFullDisk.download(storage.url(), target(), true).get(20, TimeUnit.SECONDS)).cause()
                    .isInstanceOf(DownloadException.class)
                    .hasMessage("Could not write the download from 127.0.0.1 to " + target()
                                + ": No space left on device")
                    .cause().isInstanceOf(IOException.class);

            assertThat(storage.hungUp.get(20, TimeUnit.SECONDS)).as("the client closed the connection").isNotNull();
            assertThat(storage.sent.get()).isLessThan(LargeBodyServer.LENGTH);
            assertThat(storage.connections).as("a full disk is not tried again").hasValue(1);
        }
        assertThat(downloads).isEmptyDirectory();
    }

    /**
     * A storage host that serves a body far larger than the sockets' buffers, and tells how much of it it could
     * send before the client hung up (null when the client took all of it).
     */
    private static final class LargeBodyServer implements AutoCloseable {
        static final long LENGTH = 256L * 1024 * 1024;

        final AtomicInteger connections = new AtomicInteger();
        final AtomicLong sent = new AtomicLong();
        final CompletableFuture<IOException> hungUp = new CompletableFuture<>();
        private final ServerSocket server;

        LargeBodyServer() throws IOException {
            server = new ServerSocket(0, 5, InetAddress.getByName("127.0.0.1"));
            Thread serving = new Thread(this::serve, "large-body-server");
            serving.setDaemon(true);
            serving.start();
        }

        URI url() {
            return URI.create("http://127.0.0.1:" + server.getLocalPort() + PATH);
        }

        private void serve() {
            try (Socket client = server.accept()) {
                connections.incrementAndGet();
                BufferedReader request = new BufferedReader(new InputStreamReader(client.getInputStream(),
                        StandardCharsets.US_ASCII));
                String line;
                do {
                    line = request.readLine();
                } while (line != null && !line.isEmpty());
                OutputStream body = client.getOutputStream();
                body.write(("HTTP/1.1 200 OK\r\nContent-Type: application/zip\r\nContent-Length: " + LENGTH
                            + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                byte[] chunk = new byte[64 * 1024];
                while (sent.get() < LENGTH) {
                    body.write(chunk);
                    sent.addAndGet(chunk.length);
                }
                hungUp.complete(null);
            } catch (IOException e) {
                hungUp.complete(e);
            }
            try (Socket another = server.accept()) {
                connections.incrementAndGet();
            } catch (IOException closed) {
                // the test is over
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }

    @Test
    void needsAtLeastOneAttempt() {
        assertThatIllegalArgumentException().isThrownBy(() -> new StreamingDownloader(http, 0, Runnable::run))
                .withMessage("downloadAttempts must be at least 1: 0");
    }
}
