package dev.camelfelt.engine.download;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import dev.camelfelt.engine.job.JobWaiter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads the file a job produced: into the download directory, or into a temporary directory of its own;
 * renews an expired URL once; unpacks a single-file ZIP on request. The transfer holds no thread; the file work
 * after it (unpacking) runs on the given executor, never on an I/O thread.
 */
public final class JobDownloads {

    private static final Logger LOG = LoggerFactory.getLogger(JobDownloads.class);

    private final StreamingDownloader downloader;
    private final Executor fileWork;
    private final Path directory;
    private final boolean unzip;
    private final ZipExtractor zipExtractor = new ZipExtractor();

    /** @param directory where files land; null for a temporary directory per download */
    public JobDownloads(StreamingDownloader downloader, Executor fileWork, Path directory, boolean unzip) {
        this.downloader = downloader;
        this.fileWork = fileWork;
        this.directory = directory;
        this.unzip = unzip;
    }

    /**
     * Downloads {@code url} as {@code fileName}; when the URL has expired, asks {@code freshUrl} once for a new one.
     *
     * @param what         what the file is, for messages (e.g. "Felt export X")
     * @param unzipPrefix  put before the name of an unpacked file, so that archives never overwrite each other's
     */
    public CompletableFuture<DownloadedFile> download(URI url, String fileName, String what, String unzipPrefix,
                                                      Supplier<CompletableFuture<URI>> freshUrl) {
        Path target;
        Path temporary = null;
        try {
            if (directory == null) {
                temporary = Files.createTempDirectory("camel-job-");
                target = temporary.resolve(fileName);
            } else {
                target = directory.resolve(fileName);
            }
        } catch (IOException e) {
            return CompletableFuture.failedFuture(new DownloadException("Cannot create a temporary directory", e));
        }
        Path temporaryDirectory = temporary;
        CompletableFuture<DownloadedFile> downloaded = downloader.download(url, target)
                .thenApply(file -> new DownloadedFile(file, temporaryDirectory, url))
                .exceptionallyCompose(error -> {
                    if (JobWaiter.unwrap(error) instanceof DownloadUrlExpiredException) {
                        LOG.info("The download URL of {} has expired; asking for a fresh one", what);
                        return freshUrl.get().thenCompose(fresh -> downloader.download(fresh, target)
                                .thenApply(file -> new DownloadedFile(file, temporaryDirectory, fresh)));
                    }
                    return CompletableFuture.failedFuture(JobWaiter.unwrap(error));
                });
        CompletableFuture<DownloadedFile> result = unzip
                ? downloaded.thenApplyAsync(file -> unpack(file, what, unzipPrefix), fileWork) : downloaded;
        return result.whenComplete((file, error) -> {
            if (error != null && temporaryDirectory != null) {
                DownloadedFile.deleteTree(temporaryDirectory);
            }
        });
    }

    private DownloadedFile unpack(DownloadedFile zip, String what, String prefix) {
        try {
            return zipExtractor.extractSingleDataFile(zip.file(), prefix, what)
                    .map(file -> new DownloadedFile(file, zip.temporary(), zip.url())).orElse(zip);
        } catch (IOException e) {
            throw new CompletionException(e);
        }
    }

    /**
     * A name in the download directory that no other download has: {@code name}, or {@code name-2}, {@code name-3}
     * and so on before the extension, reserved by creating the empty file. Without a download directory, {@code name}
     * itself, since each download then has a directory of its own.
     */
    public String reserveName(String name) throws IOException {
        if (directory == null) {
            return name;
        }
        Files.createDirectories(directory);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 1;; n++) {
            String candidate = n == 1 ? name : stem + "-" + n + extension;
            try {
                Files.createFile(directory.resolve(candidate));
                return candidate;
            } catch (FileAlreadyExistsException e) {
                // taken: try the next one
            }
        }
    }
}
