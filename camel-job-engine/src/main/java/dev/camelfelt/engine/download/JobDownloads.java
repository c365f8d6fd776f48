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
     * Downloads {@code url} as {@code fileName}, a name unique to the job (such as one holding its id); when the URL
     * has expired, asks {@code freshUrl} once for a new one.
     *
     * @param what         what the file is, for messages (e.g. "Felt export X")
     * @param unzipPrefix  put before the name of an unpacked file, so that archives never overwrite each other's
     */
    public CompletableFuture<DownloadedFile> download(URI url, String fileName, String what, String unzipPrefix,
                                                      Supplier<CompletableFuture<URI>> freshUrl) {
        return download(url, fileName, false, what, unzipPrefix, freshUrl);
    }

    /**
     * Downloads {@code url} under {@code fileName} or, when another download has that name in the download
     * directory, {@code fileName} numbered ({@code name-2.ext}, {@code name-3.ext}...); an unpacked file is named
     * after the name chosen, followed by its entry's name.
     */
    public CompletableFuture<DownloadedFile> downloadUnderFreeName(URI url, String fileName, String what,
                                                                   Supplier<CompletableFuture<URI>> freshUrl) {
        return download(url, fileName, true, what, null, freshUrl);
    }

    private CompletableFuture<DownloadedFile> download(URI url, String fileName, boolean reserve, String what,
                                                       String unzipPrefix, Supplier<CompletableFuture<URI>> freshUrl) {
        Path target;
        Path temporary = null;
        try {
            if (directory == null) {
                temporary = Files.createTempDirectory("camel-job-");
                target = temporary.resolve(fileName);
            } else {
                target = directory.resolve(reserve ? reserveName(fileName) : fileName);
            }
        } catch (IOException e) {
            return CompletableFuture.failedFuture(new DownloadException("Cannot make room for " + what, e));
        }
        String prefix = unzipPrefix != null ? unzipPrefix : stem(target.getFileName().toString()) + "-";
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
                ? downloaded.thenApplyAsync(file -> unpack(file, what, prefix), fileWork) : downloaded;
        return result.whenComplete((file, error) -> {
            if (error != null && temporaryDirectory != null) {
                DownloadedFile.deleteTree(temporaryDirectory);
            } else if (error != null && reserve) {
                deleteReservation(target);
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

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static void deleteReservation(Path target) {
        try {
            // only the empty placeholder: a failed download never replaced it
            if (Files.size(target) == 0) {
                Files.delete(target);
            }
        } catch (IOException e) {
            LOG.debug("Could not remove the placeholder {}: {}", target, e.getMessage());
        }
    }

    /** Reserves a free name in the download directory by creating the empty file. */
    private String reserveName(String name) throws IOException {
        Files.createDirectories(directory);
        String stem = stem(name);
        String extension = name.substring(stem.length());
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
