package dev.camelfelt.engine.download;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.camelfelt.engine.testing.NamedThread;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.core5.io.CloseMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

class JobDownloadsTest {

    private static final String PATH = "/exports/e1.zip";
    private static final byte[] FILE = "the export".getBytes(StandardCharsets.UTF_8);

    @RegisterExtension
    static final WireMockExtension STORAGE = WireMockExtension.newInstance()
            .options(options().dynamicPort().bindAddress("127.0.0.1")).build();

    @TempDir
    Path directory;

    private CloseableHttpAsyncClient http;
    private final BlockingQueue<Runnable> fileWork = new LinkedBlockingQueue<>();
    private final List<String> fileWorkThreads = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        http = HttpAsyncClients.custom().disableAutomaticRetries().disableRedirectHandling().build();
        http.start();
        STORAGE.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withBody(FILE)));
    }

    @AfterEach
    void close() {
        http.close(CloseMode.IMMEDIATE);
    }

    private JobDownloads downloads(Path downloadDirectory) {
        Executor held = fileWork::add;
        return new JobDownloads(new StreamingDownloader(http, 1, held), held, downloadDirectory, false);
    }

    /** Runs the queued file work on a thread named "file-work" until the download has ended. */
    private DownloadedFile runFileWorkUntilDone(CompletableFuture<DownloadedFile> download) throws Exception {
        while (!download.isDone()) {
            Runnable work = fileWork.poll(100, TimeUnit.MILLISECONDS);
            if (work != null) {
                NamedThread.run("file-work", () -> {
                    fileWorkThreads.add(Thread.currentThread().getName());
                    work.run();
                });
            }
        }
        return download.get(20, TimeUnit.SECONDS);
    }

    @Test
    void reservesTheFreeNameOnTheFileWorkExecutorBeforeAnyRequest() throws Exception {
        Files.writeString(directory.resolve("layer.zip"), "another download's file");

        CompletableFuture<DownloadedFile> download = downloads(directory).downloadUnderFreeName(
                URI.create("http://127.0.0.1:" + STORAGE.getPort() + PATH), "layer.zip", "the layer", null);

        // the caller (an I/O thread, in use) touched nothing: no name reserved, no request sent
        assertThat(directory.toFile().list()).containsExactly("layer.zip");
        assertThat(STORAGE.findAll(getRequestedFor(urlPathEqualTo(PATH)))).isEmpty();

        DownloadedFile file = runFileWorkUntilDone(download);
        assertThat(file.file()).isEqualTo(directory.resolve("layer-2.zip")).hasBinaryContent(FILE);
        assertThat(file.temporary()).isFalse();
        assertThat(directory.resolve("layer.zip")).hasContent("another download's file");
        // one turn to make room and start the transfer, one to move the file into place
        assertThat(fileWorkThreads).containsExactly("file-work", "file-work");
    }

    @Test
    void temporaryDownloadsShareOneDirectoryMadeOnTheFileWorkExecutor() throws Exception {
        Set<Path> before = temporaryDirectories();
        JobDownloads temporary = downloads(null);
        URI url = URI.create("http://127.0.0.1:" + STORAGE.getPort() + PATH);

        CompletableFuture<DownloadedFile> first = temporary.download(url, "export-e1.zip", "export e1", "e1-", null);
        assertThat(temporaryDirectories()).isEqualTo(before);
        assertThat(STORAGE.findAll(getRequestedFor(urlPathEqualTo(PATH)))).isEmpty();
        DownloadedFile e1 = runFileWorkUntilDone(first);
        DownloadedFile link = runFileWorkUntilDone(temporary.downloadUnderFreeName(url, "export-e1.zip", "a link", null));

        Path directory = e1.file().getParent();
        assertThat(directory.getFileName().toString()).startsWith("camel-job-");
        assertThat(temporaryDirectories()).hasSize(before.size() + 1).contains(directory);
        assertThat(e1.temporary()).isTrue();
        assertThat(e1.file()).hasFileName("export-e1.zip").hasBinaryContent(FILE);
        // a name taken in the shared directory gets a number, as in a download directory
        assertThat(link.file()).isEqualTo(directory.resolve("export-e1-2.zip")).hasBinaryContent(FILE);
        e1.delete();
        link.delete();
        assertThat(directory).isEmptyDirectory();
        Files.delete(directory);
    }

    @Test
    void theTransferStartsOnTheFileWorkThreadEvenWhenTheRoomIsMadeBeforeTheCallerMovesOn() throws Exception {
        List<String> openedOn = new CopyOnWriteArrayList<>();
        // the file work is done, on its own thread, before execute returns to the caller
        Executor finishesAtOnce = work -> NamedThread.run("file-work", work);
        StreamingDownloader downloader = new StreamingDownloader(http, 1, finishesAtOnce, part -> {
            openedOn.add(Thread.currentThread().getName());
            return FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        });
        JobDownloads downloads = new JobDownloads(downloader, finishesAtOnce, directory, false);

        DownloadedFile file = downloads.download(URI.create("http://127.0.0.1:" + STORAGE.getPort() + PATH),
                "export-e1.zip", "export e1", "e1-", null).get(20, TimeUnit.SECONDS);

        assertThat(file.file()).hasBinaryContent(FILE);
        assertThat(openedOn).containsExactly("file-work");
    }

    private static Set<Path> temporaryDirectories() throws IOException {
        try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return entries.filter(path -> path.getFileName().toString().startsWith("camel-job-"))
                    .collect(Collectors.toSet());
        }
    }
}
